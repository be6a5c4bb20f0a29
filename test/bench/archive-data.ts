// Generated archives for the benchmark: the Zhambyl sample under varied partners, years and
// directions, written straight into a data folder as the app would have written them.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { shiftVisitDates } from '../../shared/domain/templates'
import type { Visit } from '../../shared/domain/visit'

const REGIONS: [string, string][] = [
  ['Казахстан', 'Жамбылская область'],
  ['Казахстан', 'область Жетысу'],
  ['Беларусь', 'Витебская область'],
  ['Китай', 'провинция Хэйлунцзян'],
  ['Узбекистан', 'Самаркандская область'],
  ['Киргизия', 'Иссык-Кульская область'],
]

/** Writes `count` visit files (varied partners, years, titles) straight into a data folder. */
export async function writeArchive(dataDir: string, count: number, sample: Visit): Promise<void> {
  await mkdir(join(dataDir, 'visits'), { recursive: true })
  for (let n = 0; n < count; n++) {
    const [country, region] = REGIONS[n % REGIONS.length]!
    const year = 2010 + (n % 16)
    const start = `${year}-${String(1 + (n % 12)).padStart(2, '0')}-10`
    const visit: Visit = {
      ...shiftVisitDates(sample, start),
      id: `bench${String(n).padStart(6, '0')}`,
      title: `Визит делегации: ${region} (${country}), №${n}`,
      partnerCountry: country,
      partnerRegion: region,
      direction: n % 3 === 0 ? 'outgoing' : 'incoming',
    }
    const file = { schemaVersion: 1, revision: 1, updatedAt: '2026-01-01T00:00:00.000Z', visit }
    await writeFile(join(dataDir, 'visits', `${visit.id}.json`), JSON.stringify(file))
  }
}
