import { z } from 'zod'
import { IdSchema } from '../../domain/common'
import { InstantiateOptionsSchema, type InstantiateOptions } from '../../domain/instantiate'
import { RescheduleOptionsSchema, type RescheduleOptions } from '../../domain/reschedule'
import {
  VisitDraftSchema,
  VisitSchema,
  type Visit,
  type VisitDraft,
  type VisitStatus,
} from '../../domain/visit'
import { read, write, type AreaMethods } from './method'

export interface VisitRecord {
  visit: Visit
  /** Increases by one on every save; a save based on an older revision is a conflict. */
  revision: number
  updatedAt: string
}

export interface VisitSummary {
  id: string
  title: string
  partnerCountry: string
  partnerRegion: string
  startDate: string
  endDate: string
  status: VisitStatus
  itemCount: number
  revision: number
  updatedAt: string
}

export interface TemplateSummary {
  id: string
  title: string
  summary: string
  partnerCountry: string
  partnerRegion: string
  startDate: string
  endDate: string
  dayCount: number
  itemCount: number
}

/** Where a new visit is copied from: a template or any visit of the archive. */
export const VisitSourceSchema = z.object({ kind: z.enum(['template', 'visit']), id: IdSchema })
export type VisitSource = z.infer<typeof VisitSourceSchema>
export const NewTemplateSchema = z.object({
  title: z.string().trim().min(1).max(500),
  summary: z.string().max(5000).optional(),
})

/** Visits and the templates new ones start from. */
export interface VisitsApi {
  /** The visits of the archive, newest first. */
  listVisits(): Promise<VisitSummary[]>
  /** One visit with its revision. */
  getVisit(id: string): Promise<VisitRecord>
  /** Creates an empty visit from the header fields. */
  createVisit(draft: VisitDraft): Promise<VisitRecord>
  /** Saves a visit; answers `conflict` when the stored revision is not `baseRevision`. */
  saveVisit(visit: Visit, baseRevision: number): Promise<VisitRecord>
  /** Moves a visit to the trash. */
  deleteVisit(id: string): Promise<void>
  /**
   * Moves a visit to new dates in place: its programme, tasks, stays and follow-ups by whole days
   * (weekends and holidays skipped when asked); answers `conflict` when the stored revision is not
   * `baseRevision` (the latest when absent).
   */
  rescheduleVisit(
    visitId: string,
    options: RescheduleOptions,
    baseRevision?: number,
  ): Promise<VisitRecord>
  /** Templates (past visits kept for reuse). */
  listTemplates(): Promise<TemplateSummary[]>
  /** Creates a new visit as a copy of a template, adding its people and venues to the directory. */
  createVisitFromTemplate(templateId: string, options?: InstantiateOptions): Promise<VisitRecord>
  /** The visit a template or a past visit would become with these options, without saving it. */
  previewNewVisit(source: VisitSource, options: InstantiateOptions): Promise<Visit>
  /** Creates a visit from a template or a past visit (new start date, what to carry over). */
  createVisitFrom(source: VisitSource, options: InstantiateOptions): Promise<VisitRecord>
  /** Keeps a visit, with the directory entries it refers to, as a template. */
  saveVisitAsTemplate(
    visitId: string,
    template: z.input<typeof NewTemplateSchema>,
  ): Promise<TemplateSummary>
}

export const visitsMethods = {
  listVisits: read(z.tuple([])),
  getVisit: read(z.tuple([IdSchema])),
  createVisit: write(z.tuple([VisitDraftSchema])),
  saveVisit: write(z.tuple([VisitSchema, z.number().int().min(0)])),
  deleteVisit: write(z.tuple([IdSchema])),
  rescheduleVisit: write(
    z.union([
      z.tuple([IdSchema, RescheduleOptionsSchema]),
      z.tuple([IdSchema, RescheduleOptionsSchema, z.number().int().min(0)]),
    ]),
  ),
  listTemplates: read(z.tuple([])),
  createVisitFromTemplate: write(
    z.union([z.tuple([IdSchema]), z.tuple([IdSchema, InstantiateOptionsSchema])]),
  ),
  previewNewVisit: read(z.tuple([VisitSourceSchema, InstantiateOptionsSchema])),
  createVisitFrom: write(z.tuple([VisitSourceSchema, InstantiateOptionsSchema])),
  saveVisitAsTemplate: write(z.tuple([IdSchema, NewTemplateSchema])),
} satisfies AreaMethods<VisitsApi>
