// What one revision of a visit changed from the one before, in Russian sentences for the history.
import type { Directory } from './directory'
import { diffProgrammes } from './editions'
import type { Visit } from './visit'

const FIELD_NAMES: Partial<Record<keyof Visit, string>> = {
  title: 'название',
  startDate: 'дата начала',
  endDate: 'дата окончания',
  status: 'статус',
  partnerCountry: 'страна партнёра',
  partnerRegion: 'регион партнёра',
  objectives: 'цели визита',
  background: 'справка о партнёре',
  notes: 'заметки',
}

const LISTS: { key: keyof Visit; name: string }[] = [
  { key: 'participantIds', name: 'состав участников' },
  { key: 'agreements', name: 'документы' },
  { key: 'tasks', name: 'задачи подготовки' },
  { key: 'gifts', name: 'подарки' },
  { key: 'vehicles', name: 'транспорт' },
  { key: 'stays', name: 'размещение' },
]

export function describeRevision(before: Visit, after: Visit, directory: Directory): string[] {
  const out: string[] = []
  const changed = (Object.keys(FIELD_NAMES) as (keyof Visit)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  )
  if (changed.length) out.push(`Изменено: ${changed.map((k) => FIELD_NAMES[k]).join(', ')}.`)
  out.push(...diffProgrammes(before.items, after.items, directory, 'ru').map((c) => c.text))
  const lists = LISTS.filter((l) => JSON.stringify(before[l.key]) !== JSON.stringify(after[l.key]))
  if (lists.length) out.push(`Изменены: ${lists.map((l) => l.name).join(', ')}.`)
  return out
}
