// The child of the crash loop: opens the data folder and saves visits as fast as it can, printing
// `ack <id> <revision> <notes>` after each save has been acknowledged. It is killed with SIGKILL
// at a random moment; the parent then checks that every acknowledged save is on disk.
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'

const dataDir = process.argv[2]
if (!dataDir) throw new Error('usage: saver DATA_DIR')
const api = await createAppApi({ dataDir, bundledDir: repoBundledDir })
let list = await api.listVisits()
if (list.length === 0) {
  for (let n = 0; n < 3; n++)
    await api.createVisit({
      title: `Визит ${n}`,
      direction: 'incoming',
      partnerCountry: 'Казахстан',
      partnerRegion: 'Жамбылская область',
      startDate: '2026-12-07',
      endDate: '2026-12-11',
      timeZone: 'Europe/Moscow',
      status: 'draft',
      objectives: '',
      background: '',
      notes: '',
    })
  list = await api.listVisits()
}
process.stdout.write('ready\n')
for (let n = 0; ; n++) {
  const summary = list[n % list.length]!
  const { visit, revision } = await api.getVisit(summary.id)
  const notes = `сохранение ${revision + 1} ${'ж'.repeat(n % 300)}`
  const saved = await api.saveVisit({ ...visit, notes }, revision)
  // A pipe is written synchronously on Linux: once this returns, the parent will see the line.
  process.stdout.write(`ack ${summary.id} ${saved.revision} ${notes.length}\n`)
}
