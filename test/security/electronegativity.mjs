/* global console, process */
// Runs Doyensec's Electronegativity on the built app (out/) and fails on any HIGH or MEDIUM
// finding that test/security/electronegativity-explained.json does not explain. Offline: the
// Electron version is given, so the tool does not look it up.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const electron = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version
const report = 'reports/electronegativity.csv'
if (!existsSync('out/main/index.js')) {
  console.error('Build first: npm run build')
  process.exit(2)
}
mkdirSync('reports', { recursive: true })
const run = spawnSync(
  process.execPath,
  [
    'node_modules/@doyensec/electronegativity/dist/index.js',
    '-i',
    'out',
    '-e',
    electron,
    '-r',
    '-o',
    report,
  ],
  { encoding: 'utf8' },
)
if (!existsSync(report)) {
  console.error(run.stdout, run.stderr)
  process.exit(2)
}

/** RFC 4180 fields: quoted with doubled quotes inside. */
function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field.trim())
    field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (quoted && c === '"') quoted = false
    else if (quoted) field += c
    else if (c === '"') quoted = true
    else if (c === ',') endField()
    else if (c === '\n') {
      endField()
      rows.push(row)
      row = []
    } else if (c !== '\r') field += c
  }
  if (field || row.length) {
    endField()
    rows.push(row)
  }
  return rows
}

const [, ...findings] = parseCsv(readFileSync(report, 'utf8'))
const explained = JSON.parse(readFileSync('test/security/electronegativity-explained.json', 'utf8'))
let unexplained = 0
for (const [check, severity, confidence, file, location] of findings) {
  const why = explained.find((e) => e.check === check && e.file === file)?.why
  const serious = severity === 'HIGH' || severity === 'MEDIUM'
  if (serious && !why) unexplained++
  console.log(
    `${serious && !why ? 'UNEXPLAINED' : 'ok'}  ${severity}/${confidence}  ${check}  ${file}:${location}${why ? `\n      ${why}` : ''}`,
  )
}
console.log(
  `Electronegativity (Electron ${electron}): ${findings.length} findings, ${unexplained} HIGH or MEDIUM unexplained.`,
)
if (unexplained) process.exit(1)
