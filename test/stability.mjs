/* global console, process */
// `npm run test:stability [-- --runs N]`: the whole `npm test`, N times in a row (10 by default),
// while another CPU-heavy process loads the machine (`stress-ng --cpu 2`, from apt, when present).
// A suite that waits on state and never on time passes every run. Not part of CI: it takes hours.
// `--ledger FILE` keeps one line per run with the commit it ran on and carries on from there, so
// the ten runs of one commit may be spread over several sittings (a session is shorter than ten).
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { spawn, spawnSync } from 'node:child_process'

const option = (name) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const runs = Number(option('--runs') ?? 10)
const ledger = option('--ledger')
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
  encoding: 'utf8',
}).stdout.trim()
const earlier = (ledger && existsSync(ledger) ? readFileSync(ledger, 'utf8') : '')
  .split('\n')
  .filter((line) => line.startsWith(`${commit} `))
for (const line of earlier) console.log(`(ledger) ${line}`)
const load = spawnSync('sh', ['-c', 'command -v stress-ng']).status === 0
const stress = load ? spawn('stress-ng', ['--cpu', '2', '--quiet'], { stdio: 'ignore' }) : null
if (!load)
  console.log('stress-ng not found (apt-get install stress-ng): running without extra load.')

const results = earlier.map((line) => /: passed in /.test(line))
try {
  for (let n = earlier.length + 1; n <= runs; n++) {
    const started = Date.now()
    const run = spawnSync('npm', ['test'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
    const minutes = ((Date.now() - started) / 60_000).toFixed(1)
    const summary = /tests: \d+ passed, \d+ failed(, \d+ skipped)?/.exec(run.stdout)?.[0] ?? ''
    const ok = run.status === 0
    results.push(ok)
    const report = `run ${n}/${runs}: ${ok ? 'passed' : 'FAILED'} in ${minutes} min ${summary}`
    console.log(report)
    if (ledger) appendFileSync(ledger, `${commit} ${new Date().toISOString()} ${report}\n`)
    if (!ok && ledger) {
      // Everything a failed run said, and Playwright's traces and screenshots, kept beside the
      // ledger: the next run starts by clearing test-results.
      const kept = `${ledger}.${commit}.run${n}`
      writeFileSync(`${kept}.log`, `${run.stdout}\n${run.stderr}`)
      if (existsSync('test-results')) cpSync('test-results', `${kept}-results`, { recursive: true })
      console.log(`kept: ${kept}.log`)
    }
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
  `stability: ${passed} of ${results.length} runs of npm test passed on ${commit}${load ? ' under stress-ng --cpu 2' : ''}`,
)
if (passed !== results.length || results.length < runs) process.exitCode = 1
