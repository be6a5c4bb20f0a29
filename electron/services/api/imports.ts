import type { ImportsApi } from '../../../shared/api/contract'
import { toLocalDate } from '../../../shared/time/local-date'
import { readBundle } from '../bundles'
import { readImportIsolated } from '../import-runner'
import { acceptedVisit } from '../import-service'
import type { AppDeps } from './deps'

/** Files brought in: read apart into a draft, reviewed, accepted. */
export const importsApi = ({ visits, directory, clock, newId, settings }: AppDeps): ImportsApi => ({
  readImport: async (fileName, base64, opts) => {
    const today = toLocalDate(clock.now())
    // No year by default: the text's own (its dateline, a written year) comes first, then today's.
    return readImportIsolated(fileName, Buffer.from(base64, 'base64'), {
      ...(opts.year !== undefined ? { year: opts.year } : {}),
      ...(opts.publishedOn ? { publishedOn: opts.publishedOn } : {}),
      hostRegion: settings.get().planning.hostRegion,
      today,
      timeZone: 'Europe/Moscow',
    })
  },
  acceptImport: async (draft, accepted) => {
    const { visit, additions } = acceptedVisit(draft, accepted, directory.get().directory, {
      newId,
      createdAt: clock.now().toISOString(),
    })
    await directory.addMissing(additions)
    return visits.insert(visit)
  },
  importBundle: async (content, mode) => {
    const bundle = readBundle(content)
    await directory.addMissing(bundle.directory)
    if (mode === 'copy')
      return visits.insert({ ...bundle.visit, id: newId(), createdAt: clock.now().toISOString() })
    const existing = await visits.find(bundle.visit.id)
    if (!existing) return visits.insert(bundle.visit)
    return visits.save(bundle.visit, existing.revision)
  },
})
