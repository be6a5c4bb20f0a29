// The briefing as data: every string already translated and formatted, so the HTML, the preview
// and the tests see the same document.
import { z } from 'zod'
import { SECOND_LANGS, shortText, type SecondLang } from '../domain/common'

export const BRIEFING_SECTIONS = [
  'cover',
  'changes',
  'openQuestions',
  'summary',
  'programme',
  'delegation',
  'hosts',
  'venues',
  'memos',
  'documents',
  'background',
  'talkingPoints',
  'bios',
  'contacts',
  'checklist',
] as const
export type BriefingSectionId = (typeof BRIEFING_SECTIONS)[number]

/**
 * full: the officer's sections; programme: for drivers and escorts; pocket: a day per page;
 * guest: the programme handed to the delegation; working: the organisers' scenario.
 */
export const BRIEFING_VARIANTS = ['full', 'programme', 'pocket', 'guest', 'working'] as const
export type BriefingVariant = (typeof BRIEFING_VARIANTS)[number]

export const BriefingOptionsSchema = z.object({
  lang: z.enum(['ru', 'en']).default('ru'),
  variant: z.enum(BRIEFING_VARIANTS).default('full'),
  /** Sections in the order printed; absent ones follow in the default order, switched on. */
  sections: z
    .array(z.object({ id: z.enum(BRIEFING_SECTIONS), on: z.boolean() }))
    .max(BRIEFING_SECTIONS.length * 2)
    .optional(),
  /** The guest programme and the participant lists with a second column in this language. */
  second: z.enum(SECOND_LANGS).optional(),
  /** The guest programme with the approval block (УТВЕРЖДАЮ) at the top right. */
  approval: z.boolean().default(false),
  /** Passport data is printed only when the officer asks; the document then says so. */
  includeSensitive: z.boolean().default(false),
  /** The distribution mark on every page; absent: 'Для служебного пользования', empty: none. */
  classification: shortText(200).optional(),
})
export type BriefingOptions = z.input<typeof BriefingOptionsSchema>
export type ResolvedBriefingOptions = z.output<typeof BriefingOptionsSchema>

export interface LabelValue {
  label: string
  value: string
}

export interface ProgrammeRow {
  itemId: string
  time: string
  /** 'время условное' for times not yet agreed; empty otherwise. */
  tentative: string
  /** '1 ч 30 мин' in the working programme; empty elsewhere. */
  duration: string
  kind: string
  event: string
  venue: string
  address: string
  guests: string
  hosts: string
  responsible: string
  notes: string[]
}

export interface ProgrammeDay {
  date: string
  heading: string
  rows: ProgrammeRow[]
}

export interface PersonRow {
  rank: string
  name: string
  latin: string
  position: string
  languages: string
  passport?: string
}

export type BriefingSection =
  | {
      kind: 'cover'
      id: 'cover'
      heading: string
      title: string
      lines: LabelValue[]
      /** A title block at the head of the first page, not a page of its own (the report). */
      compact?: boolean
    }
  | {
      kind: 'summary'
      id: 'summary'
      heading: string
      objectives: string
      facts: LabelValue[]
      signing: string[]
      signingLabel: string
    }
  | {
      kind: 'programme'
      id: 'programme'
      heading: string
      columns: { time: string; event: string; venue: string; participants: string; notes: string }
      guestsLabel: string
      hostsLabel: string
      days: ProgrammeDay[]
    }
  | {
      kind: 'people'
      id: 'delegation' | 'hosts'
      heading: string
      columns: {
        rank: string
        name: string
        position: string
        languages: string
        passport?: string
      }
      rows: PersonRow[]
    }
  | {
      kind: 'venues'
      id: 'venues'
      heading: string
      venues: { name: string; lines: LabelValue[]; access: string[] }[]
    }
  | {
      kind: 'documents'
      id: 'documents'
      heading: string
      documents: { title: string; meta: string; lines: LabelValue[] }[]
    }
  | {
      kind: 'background'
      id: 'background'
      heading: string
      paragraphs: string[]
      historyHeading: string
      history: LabelValue[]
    }
  | {
      kind: 'bios'
      id: 'bios'
      heading: string
      bios: {
        name: string
        /** The name as in passports (given, else ICAO transliteration). */
        latin: string
        position: string
        photo?: string
        text: string[]
        contactsLabel: string
        /** Earlier visits and documents with the region this person took part in. */
        contacts: string[]
      }[]
    }
  | {
      kind: 'points'
      id: 'talkingPoints'
      heading: string
      raiseLabel: string
      avoidLabel: string
      meetings: {
        title: string
        when: string
        who: string
        raise: string[]
        avoid: string[]
      }[]
    }
  | {
      kind: 'text'
      id: 'results' | 'changes' | 'openQuestions'
      heading: string
      paragraphs: string[]
    }
  | {
      kind: 'changes'
      id: 'changes'
      heading: string
      /** The changes as sentences, in programme order. */
      paragraphs: string[]
      /** The same as a marked-up table: one row per change, marked by its kind. */
      columns: string[]
      rows: { cells: string[]; mark: string }[]
    }
  | {
      kind: 'table'
      id:
        | 'contacts'
        | 'checklist'
        | 'followUps'
        | 'gifts'
        | 'tasks'
        | 'accessList'
        | 'journal'
        | 'estimate'
      heading: string
      /** A line above the heading, at the right: 'Приложение к письму от … № …'. */
      caption?: string
      columns: string[]
      rows: { cells: string[]; alert?: boolean; total?: boolean }[]
      /** The table starts on a new page. */
      breakBefore?: boolean
      /** Wide tables print on a landscape page. */
      landscape?: boolean
      /** A signature under the table (a visitor list is signed off as its letter is). */
      signOff?: { position: string; name: string }
    }
  | {
      /** 'УТВЕРЖДАЮ' at the top right of a paper the head approves (the estimate). */
      kind: 'approval'
      id: 'approval'
      label: string
      position: string
      signature: string
      date: string
    }
  | {
      kind: 'letter'
      id: 'letter'
      /** The subject line: 'О посещении объекта «Ленинградская АЭС»'. */
      heading: string
      /** The letterhead: organisation, address, contacts. */
      sender: string[]
      ref: string
      addressee: string[]
      salutation: string
      paragraphs: string[]
      attachment: string
      signature: { position: string; name: string }
      executor: string
    }
  | {
      kind: 'memo'
      id: 'memos'
      heading: string
      sites: { name: string; lines: LabelValue[] }[]
    }
  | {
      kind: 'guest'
      id: 'guest'
      heading: string
      /** 'пребывания делегации Жамбылской области' */
      title: string
      /** 'Ленинградская область, 7–11 декабря 2026 г.' */
      subtitle: string
      approval?: { label: string; position: string; signature: string; date: string }
      columns: { time: string; event: string; place: string; participants: string }
      days: {
        heading: string
        rows: { time: string; event: string; place: string; participants: string }[]
      }[]
      /** The same programme in the partner's language, day by day and row by row. */
      second?: {
        lang: SecondLang
        heading: string
        title: string
        subtitle: string
        columns: { event: string; place: string; participants: string }
        days: {
          heading: string
          rows: { time: string; event: string; place: string; participants: string }[]
        }[]
      }
    }
  | {
      kind: 'roster'
      id: 'delegation' | 'hosts'
      heading: string
      secondHeading: string
      lang: SecondLang
      columns: { name: string; position: string; secondName: string; secondPosition: string }
      rows: {
        n: string
        name: string
        position: string
        secondName: string
        secondPosition: string
      }[]
    }
  | {
      kind: 'seating'
      id: 'seating'
      heading: string
      /** The item: day, time, title and place. */
      event: string
      /** Top of the page first (the guests, facing the entrance), then the hosts. */
      sides: {
        label: string
        /**
         * Left to right as drawn; `n` is the seat's rank on its side (1 is the head), `x` its
         * place from the table's centre (0), so both heads sit face to face.
         */
        seats: { n: string; name: string; position: string; x: number }[]
      }[]
      tableLabel: string
      entrance: string
      note: string
    }
  | {
      kind: 'pocket'
      id: 'pocket'
      heading: string
      day: ProgrammeDay
      columns: { time: string; event: string; venue: string }
      /** Who to call that day: the responsible officers and the cars, with phones. */
      contacts: string[]
      contactsLabel: string
    }

export interface BriefingDocument {
  lang: 'ru' | 'en'
  variant: BriefingVariant
  title: string
  subtitle: string
  /** Printed at the top of every page; empty for none. */
  classification: string
  /** 'Подготовлено 29.11.2026 10:40' */
  prepared: string
  /** 'Редакция 3 от 15.11.2025 18:40', or 'Проект (после редакции 3)'; empty before any edition. */
  edition: string
  /** Present when passport data is printed. */
  sensitiveNotice?: string
  pageLabel: { page: string; of: string }
  sections: BriefingSection[]
  emptyText: string
}
