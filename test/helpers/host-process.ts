import { spawn, type ChildProcess } from 'node:child_process'
import { buildIsStale, root } from '../../electron/launch/build-state.mjs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Envelope } from '../../shared/api/errors'

/** The browser-mode node host in its own process, over a temporary data folder. */
export class HostProcess {
  url = ''
  private child: ChildProcess | null = null

  constructor(
    readonly dataDir: string,
    /** This host's computer: its own key and preferences (two hosts are two laptops). */
    private readonly env: Record<string, string> = {
      // Passport data in test runs is sealed with a test key, never the officer's.
      DELEGATION_PLANNER_KEY_FILE: join(tmpdir(), 'dp-test-keys', 'personal-data.key'),
      // Each test's officer has their own interface language.
      DELEGATION_PLANNER_PREFERENCES_FILE: `${dataDir}.preferences.json`,
    },
  ) {}

  async start(): Promise<void> {
    // The compiled host when the build is current (it starts at once); else the sources via tsx.
    const entry = buildIsStale()
      ? ['--import', 'tsx', join(root, 'electron/node-host/main.ts')]
      : [join(root, 'out/node-host/index.js')]
    const child = spawn(
      process.execPath,
      [
        ...entry,
        '--port',
        '0',
        // No folder named: the one chosen in the officer's preferences, else the default.
        ...(this.dataDir ? ['--data-dir', this.dataDir] : []),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          NODE_NO_WARNINGS: '1',
          ...this.env,
        },
      },
    )
    this.child = child
    this.url = await new Promise<string>((resolve, reject) => {
      let out = ''
      // Ready is when it prints its address (or it exits): no fixed allowance, which a loaded
      // machine would overrun. The cap only stops a wedged host from hanging the run for ever.
      const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 300_000)
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = /Delegation Planner at (http:\/\/\S+)/.exec(out)
        if (match) {
          clearTimeout(timer)
          resolve(match[1]!)
        }
      })
      child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
      child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${out}`)))
    })
  }

  async stop(): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null) return
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
    this.child = null
  }

  async restart(): Promise<void> {
    await this.stop()
    await this.start()
  }

  /** This launch's secret, from the address the host printed. */
  get token(): string {
    return new URL(this.url).searchParams.get('token') ?? ''
  }

  /** Seeds data through the API, as the architecture asks of e2e tests. */
  async call<T>(method: string, args: unknown[] = []): Promise<T> {
    const response = await fetch(new URL('/api/call', this.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ method, args }),
    })
    const envelope = (await response.json()) as Envelope<T>
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`)
    return envelope.value
  }
}
