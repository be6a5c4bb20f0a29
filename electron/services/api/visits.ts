import { rescheduleVisit } from '../../../shared/domain/reschedule'
import type { VisitsApi, VisitSource } from '../../../shared/api/contract'
import type { Directory } from '../../../shared/domain/directory'
import { instantiateVisit } from '../../../shared/domain/instantiate'
import { withoutSensitive } from '../../../shared/domain/people'
import { referencedDirectory } from '../templates-service'
import type { AppDeps } from './deps'

const withoutSensitiveData = (d: Directory): Directory => ({
  ...d,
  people: d.people.map(withoutSensitive),
})

/** Visits, and new ones made from templates or past visits. */
export function visitsApi(d: AppDeps): VisitsApi {
  const { visits, templates, directory, clock, newId } = d
  const sourceOf = async (source: VisitSource) =>
    source.kind === 'template'
      ? templates.get(source.id)
      : { visit: (await visits.get(source.id)).visit, directory: directory.get().directory }
  const api: VisitsApi = {
    listVisits: async () => visits.list(),
    getVisit: async (id) => visits.get(id),
    createVisit: (draft) => visits.create(draft),
    saveVisit: (visit, baseRevision) => visits.save(visit, baseRevision),
    deleteVisit: (id) => visits.delete(id),
    rescheduleVisit: async (visitId, options, baseRevision) => {
      const { visit, revision } = await visits.get(visitId)
      return visits.save(rescheduleVisit(visit, options), baseRevision ?? revision)
    },
    listTemplates: async () => templates.list(),
    createVisitFromTemplate: (templateId, options) =>
      api.createVisitFrom({ kind: 'template', id: templateId }, options ?? {}),
    previewNewVisit: async (source, options) => {
      const { visit, directory: dir } = await sourceOf(source)
      return instantiateVisit(visit, dir, options, {
        id: 'preview',
        createdAt: clock.now().toISOString(),
      })
    },
    createVisitFrom: async (source, options) => {
      const { visit, directory: dir } = await sourceOf(source)
      if (source.kind === 'template') await directory.addMissing(dir)
      const identity = { id: newId(), createdAt: clock.now().toISOString() }
      return visits.insert(instantiateVisit(visit, dir, options, identity))
    },
    saveVisitAsTemplate: async (visitId, input) => {
      const visit = (await visits.get(visitId)).visit
      const summary = await templates.save({
        id: `tpl-${newId()}`,
        title: input.title.trim(),
        summary: input.summary ?? '',
        visit,
        // A template is a pattern to share and reuse: it never carries passport data.
        directory: withoutSensitiveData(referencedDirectory(visit, directory.get().directory)),
      })
      d.events.emit({ type: 'templates', outside: false })
      return summary
    },
  }
  return api
}
