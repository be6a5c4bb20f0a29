import { z } from 'zod'
import { DepartmentKeyInfoSchema } from '../department-key'
import { CostNormsSchema, SAMPLE_COST_NORMS } from '../../../shared/domain/cost-norms'
import { UI_LANGUAGES } from '../../../shared/api/contract'
import { DirectorySchema } from '../../../shared/domain/directory'
import { PersonSchema } from '../../../shared/domain/people'
import { PlanningSettingsSchema, defaultPlanningSettings } from '../../../shared/domain/planning'
import { TemplateSchema } from '../../../shared/domain/templates'
import { VisitSchema } from '../../../shared/domain/visit'

/** The schema version this build writes. Every file on disk carries its own. */
export const CURRENT_SCHEMA_VERSION = 1

const version = z.literal(CURRENT_SCHEMA_VERSION)

/** One save of a visit: which revision, on which computer, by whom, when. */
export const LineageEntrySchema = z.object({
  revision: z.number().int().min(1),
  machine: z.string().max(64),
  name: z.string().max(200).default(''),
  author: z.string().max(200).default(''),
  at: z.iso.datetime(),
})
export type LineageEntry = z.infer<typeof LineageEntrySchema>

/** Saves remembered in the file: enough to find the version two computers last shared. */
export const LINEAGE_DEPTH = 100

export const VisitFileSchema = z.object({
  schemaVersion: version,
  revision: z.number().int().min(1),
  updatedAt: z.iso.datetime(),
  visit: VisitSchema,
  lineage: z.array(LineageEntrySchema).max(LINEAGE_DEPTH).default([]),
})
export type VisitFile = z.infer<typeof VisitFileSchema>

export const DirectoryFileSchema = z.object({
  schemaVersion: version,
  revision: z.number().int().min(1),
  updatedAt: z.iso.datetime(),
  directory: DirectorySchema,
})
export type DirectoryFile = z.infer<typeof DirectoryFileSchema>

/** A person as stored: passport data sealed (older files may still hold it in the clear). */
export const StoredPersonSchema = PersonSchema.extend({
  passportSealed: z.string().max(20_000).optional(),
})
export type StoredPerson = z.infer<typeof StoredPersonSchema>

export const StoredDirectoryFileSchema = DirectoryFileSchema.extend({
  directory: DirectorySchema.extend({
    people: z.array(StoredPersonSchema).max(50_000).default([]),
  }),
  /** The department key the archive's passport data is sealed with (none: each computer's own). */
  departmentKey: DepartmentKeyInfoSchema.optional(),
})
export type StoredDirectoryFile = z.infer<typeof StoredDirectoryFileSchema>

/**
 * The department's settings. Fields this build does not know (written by a later one of the same
 * schema version) are kept as they are, never dropped by a save.
 */
export const SettingsFileSchema = z.looseObject({
  schemaVersion: version,
  /** Each save makes a new revision, kept in the history (files from before revisions: 1). */
  revision: z.number().int().min(1).default(1),
  updatedAt: z.iso.datetime().optional(),
  language: z.enum(UI_LANGUAGES).default('ru'),
  planning: PlanningSettingsSchema.default(defaultPlanningSettings),
  costNorms: CostNormsSchema.default(SAMPLE_COST_NORMS),
  /** Shipped templates already copied in, so that a template the officer deleted stays deleted. */
  seededTemplates: z.array(z.string()).default([]),
})
export type SettingsFile = z.infer<typeof SettingsFileSchema>

export const TemplateFileSchema = TemplateSchema.extend({ schemaVersion: version })
export type TemplateFile = z.infer<typeof TemplateFileSchema>
