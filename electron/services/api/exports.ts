import type { ExportFormat, ExportsApi } from '../../../shared/api/contract'
import type { EditionsApi } from '../../../shared/api/contract'
import { AppError } from '../../../shared/api/errors'
import type { AppDeps } from './deps'

/** Exports that carry the programme: each is an edition. */
const PROGRAMME_FORMATS = new Set<ExportFormat>(['pdf', 'docx', 'ics'])

/** The papers of a visit: previews and files. */
export const exportsApi = (
  { briefing, options }: AppDeps,
  editions: Pick<EditionsApi, 'issueEdition'>,
): ExportsApi => {
  // Only files this app saved are shown in a folder: the window cannot name any other path.
  const saved = new Set<string>()
  return {
    saveFile: async (fileName, base64) => {
      if (!options.files) return { outcome: 'download' }
      const path = await options.files.saveAs(fileName, Buffer.from(base64, 'base64'))
      if (!path) return { outcome: 'cancelled' }
      saved.add(path)
      return { outcome: 'saved', path }
    },
    showSavedFile: async (path) => {
      if (!options.files || !saved.has(path))
        throw new AppError('invalid', 'not a file saved here', { key: 'files.notSavedHere' })
      options.files.showInFolder(path)
    },
    renderBriefing: async (visitId, opts) => ({ html: await briefing.html(visitId, opts) }),
    renderReport: async (visitId, opts) => ({ html: await briefing.reportHtml(visitId, opts) }),
    draftPressRelease: async (visitId) => briefing.pressRelease(visitId),
    getEstimate: async (visitId) => briefing.estimate(visitId),
    // Whatever is issued is an edition: a programme export first makes sure one exists for it.
    exportVisit: async (visitId, format, opts) => {
      if (PROGRAMME_FORMATS.has(format)) await editions.issueEdition(visitId)
      return briefing.export(visitId, format, opts)
    },
  }
}
