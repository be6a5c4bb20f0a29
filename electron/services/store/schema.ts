import { z } from 'zod'
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

export const VisitFileSchema = z.object({
  schemaVersion: version,
  revision: z.number().int().min(1),
  updatedAt: z.iso.datetime(),
  visit: VisitSchema,
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
})
export type StoredDirectoryFile = z.infer<typeof StoredDirectoryFileSchema>

export const SettingsFileSchema = z.object({
  schemaVersion: version,
  language: z.enum(UI_LANGUAGES).default('ru'),
  planning: PlanningSettingsSchema.default(defaultPlanningSettings),
  costNorms: CostNormsSchema.default(SAMPLE_COST_NORMS),
  /** Shipped templates already copied in, so that a template the officer deleted stays deleted. */
  seededTemplates: z.array(z.string()).default([]),
})
export type SettingsFile = z.infer<typeof SettingsFileSchema>

export const TemplateFileSchema = TemplateSchema.extend({ schemaVersion: version })
export type TemplateFile = z.infer<typeof TemplateFileSchema>
