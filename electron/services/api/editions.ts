import type { EditionsApi, EditionSummary } from '../../../shared/api/contract'
import type { Directory } from '../../../shared/domain/directory'
import { freezeItems, sameProgramme, type Edition } from '../../../shared/domain/editions'
import { diffProgrammes } from '../../../shared/wording/programme-changes'
import type { AppDeps } from './deps'

/** An edition with the changes since the one before it. */
function summariseEdition(e: Edition, before: Edition | undefined, dir: Directory): EditionSummary {
  return {
    number: e.number,
    issuedAt: e.issuedAt,
    ...(e.note ? { note: e.note } : {}),
    changes: before ? diffProgrammes(before.items, e.items, dir) : [],
  }
}

/** Numbered, frozen editions of a visit's programme. */
export const editionsApi = ({ visits, editions, directory, clock }: AppDeps): EditionsApi => ({
  issueEdition: async (visitId, note) => {
    const { visit } = await visits.get(visitId)
    const issued = await editions.list(visitId)
    const last = issued.at(-1)
    const { directory: dir } = directory.get()
    if (last && sameProgramme(last.items, visit.items))
      return { ...summariseEdition(last, issued.at(-2), dir), unchanged: true }
    const edition = {
      number: (last?.number ?? 0) + 1,
      issuedAt: clock.now().toISOString(),
      items: freezeItems(visit.items),
      ...(note?.trim() ? { note: note.trim() } : {}),
    }
    await editions.append(visitId, edition)
    return summariseEdition(edition, last, dir)
  },
  listEditions: async (visitId) => {
    const { visit } = await visits.get(visitId)
    const issued = await editions.list(visitId)
    const { directory: dir } = directory.get()
    const last = issued.at(-1)
    return {
      editions: issued.map((e, n) => summariseEdition(e, issued[n - 1], dir)),
      pending: last ? diffProgrammes(last.items, visit.items, dir) : [],
    }
  },
})
