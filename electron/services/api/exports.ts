import type { ExportFormat, ExportsApi } from '../../../shared/api/contract'
import type { EditionsApi } from '../../../shared/api/contract'
import { AppError } from '../../../shared/api/errors'
import type { AppDeps } from './deps'

/** Exports that carry the programme: each is an edition. */
const PROGRAMME_FORMATS = new Set<ExportFormat>(['pdf', 'docx', 'ics'])

/** The papers of a visit: previews and files. */
export const exportsApi = (
  { briefing, options, visits, clock }: AppDeps,
  editions: Pick<EditionsApi, 'issueEdition'>,
): ExportsApi => {
  // Only files this app saved are shown in a folder: the window cannot name any other path.
  const saved = new Set<string>()
  /** The papers that went out with open questions, kept in the visit for whoever asks later. */
  const recordWaiver = async (visitId: string, document: string, open: { text: string }[]) => {
    const record = await visits.get(visitId)
    const waiver = {
      at: clock.now().toISOString(),
      document: document.slice(0, 200),
      issues: open.slice(0, 300).map((q) => q.text.slice(0, 2000)),
    }
    await visits.save(
      { ...record.visit, waivers: [...record.visit.waivers, waiver].slice(-500) },
      record.revision,
    )
  }
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
    // A site's letter (venueId given) has its own questions: names to sign, data, the deadline.
    getOpenQuestions: async (visitId, opts) =>
      opts.venueId
        ? briefing.letterQuestions(visitId, opts.venueId)
        : briefing.openQuestions(visitId, opts),
    exportVisit: async (visitId, format, opts) => {
      // What goes out (the guests' copy, a letter) goes only with nothing open, or with the
      // officer's waiver.
      const guestCopy = (format === 'pdf' || format === 'docx') && opts.variant === 'guest'
      const letter = (format === 'access-pdf' || format === 'access-docx') && opts.venueId
      const open = guestCopy
        ? await briefing.openQuestions(visitId, opts)
        : letter
          ? await briefing.letterQuestions(visitId, letter)
          : []
      if (open.length > 0 && !opts.waive)
        throw new AppError(
          'invalid',
          `open questions before ${letter ? 'a letter' : 'a guest copy'}`,
          {
            key: letter ? 'preflight.letterBlocked' : 'preflight.blocked',
            count: open.length,
            first: open[0]!.text,
          },
        )
      if (PROGRAMME_FORMATS.has(format)) await editions.issueEdition(visitId)
      const file = await briefing.export(visitId, format, opts)
      if (open.length > 0) await recordWaiver(visitId, file.fileName, open)
      return file
    },
  }
}
