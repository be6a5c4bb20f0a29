// `npx tsx test/press/inspect.ts [name-filter]`: what the reader made of each development text
// beside its annotation. Never run on the part kept aside.
import { loadMorphology } from '../../electron/services/morphology'
import { parsePressRelease } from '../../shared/import/parse-press-release'
import { loadCorpus, readerOptions, scoreText, summarise } from './corpus'

const filter = process.argv[2] ?? ''
const morph = await loadMorphology()
for (const { file, text, a } of loadCorpus('dev').filter((c) => c.file.includes(filter))) {
  const d = parsePressRelease(text, { ...readerOptions(a), morph })
  const s = scoreText(d, a)
  const v = d.visit
  const mark = (ok: boolean | undefined) => (ok === false ? '✗' : ' ')
  console.log(`\n=== ${file}`)
  console.log(`${mark(s.direction)} direction ${v.direction} (want ${a.direction})`)
  console.log(
    `${mark(s.partner)} partner ${v.partnerCountry} / ${v.partnerRegion} (want ${a.partnerCountry} / ${a.partnerRegion})`,
  )
  const heads = d.people.filter((p) => p.head).map((p) => p.fullName)
  console.log(`${mark(s.head)} head ${heads.join('; ')} (want ${a.head})`)
  console.log(
    `${mark(s.dates)} dates ${v.startDate}…${v.endDate} (want ${a.startDate}…${a.endDate})`,
  )
  console.log(
    `  people: ${d.people.map((p) => `${p.fullName} [${p.side}${p.head ? ',head' : ''}] ${p.position}`).join(' | ')}`,
  )
  console.log(`  events ${s.eventsFound}/${s.events}; want:`)
  for (const e of a.events) console.log(`     - ${e.date ?? '—'} ${e.kind}: ${e.mustContain}`)
  console.log('  got:')
  for (const i of d.items) console.log(`     + ${i.date ?? '—'} ${i.kind}: ${i.title}`)
  console.log(
    `  documents ${s.documentsFound}/${s.documents}; want: ${a.documents.map((x) => `${x.type} ${x.signedOn ?? 'planned'} «${x.mustContain}»`).join('; ')}`,
  )
  console.log(
    `  got: ${d.documents.map((x) => `${x.type} ${x.signedOn ?? 'planned'} «${x.title}»`).join('; ')}`,
  )
  if (s.furniture) console.log(`  FURNITURE ${s.furniture}`)
}

const all = loadCorpus('dev').map(({ text, a }) =>
  scoreText(parsePressRelease(text, { ...readerOptions(a), morph }), a),
)
console.log(
  '\nDEVELOPMENT:',
  JSON.stringify(summarise(all), (_, v: unknown) =>
    typeof v === 'number' ? Math.round(v * 100) / 100 : v,
  ),
)
