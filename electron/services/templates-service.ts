import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import type { TemplateSummary } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import type { Directory } from '../../shared/domain/directory'
import type { Template } from '../../shared/domain/templates'
import { visitDates, type Visit } from '../../shared/domain/visit'
import { TEMP_PREFIX } from './store/atomic-write'
import type { Store } from './store/open-store'
import { CURRENT_SCHEMA_VERSION, TemplateFileSchema, type TemplateFile } from './store/schema'

/** Past visits kept for reuse, one file each in `templates/`. */
export class TemplatesService {
  /** Each template file as last read or written: the template's id and the file's stamp. */
  private readonly files = new Map<string, { id: string; stamp: string }>()

  private constructor(
    private readonly store: Store,
    private readonly templates: Map<string, Template>,
  ) {}

  static async open(store: Store): Promise<TemplatesService> {
    const service = new TemplatesService(store, new Map())
    for (const name of await store.listJson('templates')) await service.refreshFile(name)
    return service
  }

  /**
   * Reads one template file again when another program (a sync engine) changed, added or removed
   * it; answers whether the templates changed. A damaged file is quarantined by the store.
   */
  async refreshFile(name: string): Promise<boolean> {
    if (!name.endsWith('.json') || name.startsWith(TEMP_PREFIX) || /[/\\]/.test(name)) return false
    const rel = `templates/${name}`
    const stat = await nodeFs.stat(this.store.path(rel)).catch(() => undefined)
    const known = this.files.get(name)
    if (!stat) {
      if (!known) return false
      this.files.delete(name)
      this.templates.delete(known.id)
      return true
    }
    const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`
    if (known?.stamp === stamp) return false
    const loaded = await this.store.load(rel, TemplateFileSchema)
    if (loaded.status !== 'ok') {
      if (known) this.templates.delete(known.id)
      this.files.delete(name)
      return Boolean(known)
    }
    const { schemaVersion: _version, ...template } = loaded.doc.data
    if (known && known.id !== template.id) this.templates.delete(known.id)
    this.templates.set(template.id, template)
    this.files.set(name, { id: template.id, stamp })
    return true
  }

  /** Compares every template file with what is loaded; answers whether anything changed. */
  async rescan(): Promise<boolean> {
    const names = new Set([...(await this.store.listJson('templates')), ...this.files.keys()])
    let changed = false
    for (const name of names) if (await this.refreshFile(name)) changed = true
    return changed
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
    const rel = `templates/${template.id}.json`
    const doc = this.store.create<TemplateFile>(rel, {
      ...template,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    })
    await this.store.write(doc, 'save template')
    this.templates.set(template.id, template)
    const stat = await nodeFs.stat(this.store.path(rel)).catch(() => undefined)
    if (stat)
      this.files.set(`${template.id}.json`, {
        id: template.id,
        stamp: `${stat.ino}:${stat.size}:${stat.mtimeMs}`,
      })
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
