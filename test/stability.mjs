/* global console, process */
// `npm run test:stability [-- --runs N]`: the whole `npm test`, N times in a row (10 by default),
// while another CPU-heavy process loads the machine (`stress-ng --cpu 2`, from apt, when present).
// A suite that waits on state and never on time passes every run. Not part of CI: it takes hours.
import { spawn, spawnSync } from 'node:child_process'

const at = process.argv.indexOf('--runs')
const runs = at > 0 ? Number(process.argv[at + 1]) : 10
const load = spawnSync('sh', ['-c', 'command -v stress-ng']).status === 0
const stress = load ? spawn('stress-ng', ['--cpu', '2', '--quiet'], { stdio: 'ignore' }) : null
if (!load)
  console.log('stress-ng not found (apt-get install stress-ng): running without extra load.')

const results = []
try {
  for (let n = 1; n <= runs; n++) {
    const started = Date.now()
    const run = spawnSync('npm', ['test'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
    const minutes = ((Date.now() - started) / 60_000).toFixed(1)
    const summary = /tests: \d+ passed, \d+ failed(, \d+ skipped)?/.exec(run.stdout)?.[0] ?? ''
    const ok = run.status === 0
    results.push(ok)
    console.log(`run ${n}/${runs}: ${ok ? 'passed' : 'FAILED'} in ${minutes} min ${summary}`)
    if (!ok) {
      const failing = run.stdout.split('\n').filter((l) => /✘|×|FAIL|failed/.test(l))
      console.log(failing.slice(0, 20).join('\n'))
    }
  }
} finally {
  stress?.kill('SIGTERM')
}
const passed = results.filter(Boolean).length
console.log(
  `stability: ${passed} of ${runs} runs of npm test passed${load ? ' under stress-ng --cpu 2' : ''}`,
)
if (passed !== runs) process.exitCode = 1
