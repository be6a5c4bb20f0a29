import type { ExportFormat, ExportsApi } from '../../../shared/api/contract'
import type { EditionsApi } from '../../../shared/api/contract'
import type { AppDeps } from './deps'

/** Exports that carry the programme: each is an edition. */
const PROGRAMME_FORMATS = new Set<ExportFormat>(['pdf', 'docx', 'ics'])

/** The papers of a visit: previews and files. */
export const exportsApi = (
  { briefing }: AppDeps,
  editions: Pick<EditionsApi, 'issueEdition'>,
): ExportsApi => ({
  renderBriefing: async (visitId, opts) => ({ html: await briefing.html(visitId, opts) }),
  renderReport: async (visitId, opts) => ({ html: await briefing.reportHtml(visitId, opts) }),
  draftPressRelease: async (visitId) => briefing.pressRelease(visitId),
  getEstimate: async (visitId) => briefing.estimate(visitId),
  // Whatever is issued is an edition: a programme export first makes sure one exists for it.
  exportVisit: async (visitId, format, opts) => {
    if (PROGRAMME_FORMATS.has(format)) await editions.issueEdition(visitId)
    return briefing.export(visitId, format, opts)
  },
})
