import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import type { TemplateSummary } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import type { Directory } from '../../shared/domain/directory'
import type { Template } from '../../shared/domain/templates'
import { visitDates, type Visit } from '../../shared/domain/visit'
import type { Store } from './store/open-store'
import { CURRENT_SCHEMA_VERSION, TemplateFileSchema, type TemplateFile } from './store/schema'

/** Past visits kept for reuse, one file each in `templates/`. */
export class TemplatesService {
  private constructor(
    private readonly store: Store,
    private readonly templates: Map<string, Template>,
  ) {}

  static async open(store: Store): Promise<TemplatesService> {
    const templates = new Map<string, Template>()
    for (const name of await store.listJson('templates')) {
      const loaded = await store.load(`templates/${name}`, TemplateFileSchema)
      if (loaded.status === 'ok') {
        const { schemaVersion: _version, ...template } = loaded.doc.data
        templates.set(template.id, template)
      }
    }
    return new TemplatesService(store, templates)
  }

  list(): TemplateSummary[] {
    return [...this.templates.values()]
      .map((t) => ({
        id: t.id,
        title: t.title,
        summary: t.summary,
        partnerCountry: t.visit.partnerCountry,
        partnerRegion: t.visit.partnerRegion,
        startDate: t.visit.startDate,
        endDate: t.visit.endDate,
        dayCount: visitDates(t.visit).length,
        itemCount: t.visit.items.length,
      }))
      .sort((a, b) => a.title.localeCompare(b.title, 'ru'))
  }

  /** Keeps a template in `templates/<id>.json` (atomic write, like every file). */
  async save(template: Template): Promise<TemplateSummary> {
    const doc = this.store.create<TemplateFile>(`templates/${template.id}.json`, {
      ...template,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    })
    await this.store.write(doc, 'save template')
    this.templates.set(template.id, template)
    return this.list().find((t) => t.id === template.id)!
  }

  get(id: string): Template {
    const template = this.templates.get(id)
    if (!template)
      throw new AppError('not-found', `template ${id} not found`, { key: 'error.templateNotFound' })
    return template
  }
}

/** The directory entries a visit refers to: its people, their organisations, its venues. */
export function referencedDirectory(visit: Visit, directory: Directory): Directory {
  const people = new Set([
    ...visit.participantIds,
    ...visit.items.flatMap((i) => [...i.participantIds, i.responsibleId ?? '']),
    ...visit.agreements.flatMap((a) => a.signatoryIds),
  ])
  const venues = new Set([
    ...visit.items.flatMap((i) => [
      i.venueId ?? '',
      i.kind === 'transfer' ? (i.fromVenueId ?? '') : '',
    ]),
    ...visit.stays.map((s) => s.venueId ?? ''),
  ])
  const chosen = directory.people.filter((p) => people.has(p.id))
  const orgs = new Set([
    ...chosen.map((p) => p.organisationId ?? ''),
    visit.hostOrganisationId ?? '',
  ])
  return {
    people: chosen,
    organisations: directory.organisations.filter((o) => orgs.has(o.id)),
    venues: directory.venues.filter((v) => venues.has(v.id)),
  }
}

/** Copies shipped templates into the data folder once; ids already seeded are never re-added. */
export async function seedTemplates(
  store: Store,
  bundledDir: string,
  alreadySeeded: readonly string[],
): Promise<string[]> {
  const folder = join(bundledDir, 'templates')
  let names: string[]
  try {
    names = (await nodeFs.readdir(folder)).filter((n) => n.endsWith('.json')).sort()
  } catch {
    return []
  }
  const seeded: string[] = []
  for (const name of names) {
    const parsed = TemplateFileSchema.safeParse(
      JSON.parse(await nodeFs.readFile(join(folder, name), 'utf8')),
    )
    if (!parsed.success || alreadySeeded.includes(parsed.data.id)) continue
    const doc = store.create<TemplateFile>(`templates/${parsed.data.id}.json`, {
      ...parsed.data,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    })
    await store.write(doc, 'seed template')
    seeded.push(parsed.data.id)
  }
  return seeded
}
