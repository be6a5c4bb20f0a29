import { readdirSync, readFileSync } from 'node:fs'
import { TemplateSchema } from '../../shared/domain/templates'
import { VenueSchema, type Venue } from '../../shared/domain/venues'

/** The shipped Zhambyl template, parsed as the app parses it. */
export const zhambyl = TemplateSchema.parse(
  JSON.parse(readFileSync('data/templates/zhambyl-delegation-2025.json', 'utf8')),
)

/** The shipped venues (the plant's access rules and layout among them). */
export const shippedVenues: Venue[] = readdirSync('data/venues').map((f) =>
  VenueSchema.parse(
    (JSON.parse(readFileSync(`data/venues/${f}`, 'utf8')) as { venue: unknown }).venue,
  ),
)
