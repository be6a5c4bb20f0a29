import type { SyncApi, VisitRecord } from '../../../shared/api/contract'
import { AppError } from '../../../shared/api/errors'
import { mergeVisits } from '../../../shared/domain/merge'
import { revisionFacts, type RevisionFacts } from '../../../shared/domain/revisions'
import { translate, type Lang } from '../../../shared/i18n/translate'
import { diffProgrammes, type ProgrammeChange } from '../../../shared/wording/programme-changes'
import { VisitSchema } from '../../../shared/domain/visit'
import type { VisitFile } from '../store/schema'
import type { AppDeps } from './deps'

/** Who saved a version of a visit, where and when (its last lineage entry). */
function savedBy(file: VisitFile) {
  const last = file.lineage.at(-1)
  return last
    ? { revision: file.revision, name: last.name, author: last.author, at: last.at }
    : null
}

/** One archive on several computers: two versions merged, presence, the history of a visit. */
export function syncApi({ visits, presence, directory, settings }: AppDeps): SyncApi {
  /** Ours, the sync engine's copy, and the version both last shared. */
  const versions = async (visitId: string, file: string) => {
    const ours = await visits.currentFile(visitId)
    const theirs = await visits.readCopy(visitId, file)
    return { ours, theirs, base: await visits.sharedVersion(ours, theirs) }
  }
  return {
    getSyncMerge: async (visitId, file) => {
      const { ours, theirs, base } = await versions(visitId, file)
      const result = mergeVisits(base, ours.visit, theirs.visit)
      return {
        file,
        engine: visits.syncConflicts().find((c) => c.file === file)?.engine ?? 'unknown',
        revision: ours.revision,
        ours: savedBy(ours),
        theirs: savedBy(theirs),
        hasBase: base !== undefined,
        conflicts: result.conflicts,
        taken: result.taken,
      }
    },
    resolveSyncMerge: async (visitId, file, picks, baseRevision): Promise<VisitRecord> => {
      const { ours, theirs, base } = await versions(visitId, file)
      const { merged } = mergeVisits(base, ours.visit, theirs.visit, picks)
      return visits.resolveCopy(VisitSchema.parse(merged), baseRevision, file, theirs.lineage)
    },
    holdVisit: async (visitId) => {
      await visits.get(visitId)
      await presence.hold(visitId)
      const others = await presence.others(visitId)
      return {
        others: others.map((l) => ({
          name: l.name,
          author: l.author,
          since: l.since,
          renewed: l.renewed,
        })),
      }
    },
    releaseVisit: async (visitId) => presence.release(visitId),
    listRevisions: async (visitId) => {
      const files = await visits.revisions(visitId)
      const dir = directory.get().directory
      const lang = settings.get().language
      return files
        .map((file, n) => {
          const saved = file.lineage.at(-1)
          const before = files[n - 1]
          return {
            revision: file.revision,
            at: saved?.at ?? file.updatedAt,
            name: saved?.name ?? '',
            author: saved?.author ?? '',
            current: n === files.length - 1,
            changes: before
              ? revisionSentences(
                  revisionFacts(before.visit, file.visit),
                  diffProgrammes(before.visit.items, file.visit.items, dir, lang),
                  lang,
                )
              : [],
          }
        })
        .reverse()
    },
    restoreRevision: async (visitId, revision, baseRevision) => {
      const file = (await visits.revisions(visitId)).find((f) => f.revision === revision)
      if (!file)
        throw new AppError('not-found', `revision ${revision} not kept`, {
          key: 'revisions.notKept',
        })
      return visits.save(file.visit, baseRevision)
    },
  }
}

/** A revision's changes as sentences in the officer's language. */
function revisionSentences(
  facts: RevisionFacts,
  programme: ProgrammeChange[],
  lang: Lang,
): string[] {
  const out: string[] = []
  const list = (names: string[]) => names.join(', ')
  if (facts.fields.length)
    out.push(
      translate(lang, 'revisions.changedFields', {
        list: list(facts.fields.map((f) => translate(lang, `revisions.fields.${f}`))),
      }),
    )
  out.push(...programme.map((c) => c.text))
  if (facts.lists.length)
    out.push(
      translate(lang, 'revisions.changedLists', {
        list: list(facts.lists.map((l) => translate(lang, `revisions.lists.${l}`))),
      }),
    )
  return out
}
