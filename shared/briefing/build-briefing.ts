// Builds the briefing from a visit: pure, so the preview, the PDF, the CLI and the snapshot agree.
import { buildChecklist, isOpenTask } from '../domain/checklist'
import { describeTask } from '../domain/describe'
import type { Directory } from '../domain/directory'
import { itemsByDay, type ItineraryItem } from '../domain/itinerary-item'
import { byPrecedence, type Organisation, type Person } from '../domain/people'
import type { PlanningSettings } from '../domain/planning'
import { travelMinutes } from '../domain/travel'
import type { Venue } from '../domain/venues'
import { diffProgrammes, sameProgramme, type Edition } from '../domain/editions'
import type { HistoryEntry } from '../domain/history'
import { visitDates, type Visit } from '../domain/visit'
import { translate, type Lang, type MessageParams } from '../i18n/translate'
import {
  formatDateRange,
  formatDayHeading,
  formatGuestDay,
  formatPartnerDay,
  formatPartnerRange,
  formatShortDate,
} from '../time/local-date'
import { initialsName, placeIn } from '../report/decline'
import {
  PARTNER_WORDS,
  itemTitleIn,
  nameIn,
  passportName,
  personNameIn,
  positionIn,
  venueNameIn,
} from '../i18n/second-language'
import { formatOffset, wallTimeIn, zoneCity, zoneDifferenceMinutes } from '../time/zones'
import {
  BRIEFING_SECTIONS,
  BriefingOptionsSchema,
  type BriefingDocument,
  type BriefingOptions,
  type BriefingSection,
  type BriefingSectionId,
  type LabelValue,
  type PersonRow,
  type ProgrammeDay,
} from './briefing-document'

export interface BriefingContext {
  /** When the document is made; printed on it. */
  generatedAt: Date
  /** Today where the officer is, for the checklist's overdue marks. */
  today: string
  settings: PlanningSettings
  /** The partner's history (visits both ways, documents signed), oldest first. */
  history: HistoryEntry[]
  /** The editions of the programme issued so far, oldest first. */
  editions?: Edition[]
  /** Each person's earlier visits and documents, from the archive, by person id. */
  personHistory?: Record<string, HistoryEntry[]>
}

const PROGRAMME_SECTIONS: BriefingSectionId[] = ['cover', 'changes', 'programme', 'contacts']
const WORKING_SECTIONS: BriefingSectionId[] = [
  'cover',
  'changes',
  'programme',
  'delegation',
  'hosts',
  'memos',
  'contacts',
]

/** The sections to print, in order, from the officer's choice and the variant. */
export function chosenSections(options: BriefingOptions): BriefingSectionId[] {
  const o = BriefingOptionsSchema.parse(options)
  if (o.variant === 'programme') return PROGRAMME_SECTIONS
  if (o.variant === 'working') return WORKING_SECTIONS
  if (o.variant === 'pocket' || o.variant === 'guest') return []
  const listed = o.sections ?? []
  const seen = new Set<BriefingSectionId>()
  const order: BriefingSectionId[] = []
  for (const s of listed) {
    if (seen.has(s.id)) continue
    seen.add(s.id)
    if (s.on) order.push(s.id)
  }
  for (const id of BRIEFING_SECTIONS) if (!seen.has(id)) order.push(id)
  return order
}

/** The briefing document of a visit. */
export function buildBriefing(
  visit: Visit,
  directory: Directory,
  options: BriefingOptions,
  context: BriefingContext,
): BriefingDocument {
  const o = BriefingOptionsSchema.parse(options)
  const lang: Lang = o.lang
  const t = (key: string, params?: MessageParams) => translate(lang, key, params)
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const venues = new Map(directory.venues.map((v) => [v.id, v]))
  const orgs = new Map(directory.organisations.map((x) => [x.id, x]))
  const participants = visit.participantIds
    .map((id) => people.get(id))
    .filter((p): p is Person => Boolean(p))
    .sort(byPrecedence)
  const guests = participants.filter((p) => p.side === 'guest')
  const hosts = participants.filter((p) => p.side === 'host')
  const head = guests[0]
  const hostHead = hosts[0]
  const position = (p: Person) =>
    [p.position, orgName(orgs.get(p.organisationId ?? ''))].filter(Boolean).join(', ')
  const dates = visitDates(visit)
  const sensitive = o.includeSensitive

  const responsibleLine = (p: Person | undefined) =>
    p
      ? `${t('briefing.responsibleShort')}: ${p.fullName}${o.variant === 'working' && p.phone ? `, ${p.phone}` : ''}`
      : ''
  const checklist = o.variant === 'working' ? buildChecklist(visit, directory, context.today) : []

  /** What the organisers provide at an event: interpreter, protocol items, gifts, press, the way on. */
  const provisions = (
    item: ItineraryItem,
    next: ItineraryItem | undefined,
    who: Person[],
    firstAtVenue: boolean,
  ) => {
    const out: string[] = []
    const langs = (side: string) =>
      new Set(
        who.filter((p) => p.side === side).flatMap((p) => p.languages.map((l) => l.toLowerCase())),
      )
    const g = langs('guest')
    const h = langs('host')
    if (g.size && h.size && ![...g].some((l) => h.has(l)))
      out.push(
        t('briefing.working.interpreter', { pair: `${[...g].join('/')}–${[...h].join('/')}` }),
      )
    if (item.kind === 'talks' || item.kind === 'signing') out.push(t('briefing.working.protocol'))
    if (item.kind === 'memorial') out.push(t('briefing.working.flowers'))
    if (item.kind === 'press' || item.kind === 'signing') out.push(t('briefing.working.press'))
    for (const gift of visit.gifts.filter((x) => x.itemId === item.id))
      out.push(
        t('briefing.working.gift', {
          what: gift.description,
          count: gift.quantity,
          to: people.get(gift.toPersonId ?? '')?.fullName ?? '',
        }).replace(/ → $/, ''),
      )
    // The access documents of a venue, once a day: at the first event there.
    const access = firstAtVenue ? checklist : []
    for (const task of access.filter((x) => x.rule === 'access' && x.itemIds.includes(item.id)))
      out.push(
        task.status === 'done'
          ? t('briefing.working.accessDone', { task: describeTask(task, t) })
          : t('briefing.working.accessOpen', {
              task: describeTask(task, t),
              due: formatShortDate(task.due, lang),
            }),
      )
    const here = venues.get(item.venueId ?? '')
    const there = next && next.kind !== 'transfer' ? venues.get(next.venueId ?? '') : undefined
    if (here && there && here.id !== there.id) {
      const est = travelMinutes(here, there, context.settings)
      if (est && est.minutes > 0)
        out.push(t('briefing.working.onward', { place: there.name, count: est.minutes }))
    }
    return out
  }

  const days: ProgrammeDay[] = itemsByDay(visit.items, dates)
    .filter((d) => d.items.length > 0)
    .map(({ date, items }) => ({
      date,
      heading: capitalise(formatDayHeading(date, lang)),
      rows: items.map((item, index) => {
        const who = item.participantIds
          .map((id) => people.get(id))
          .filter((p): p is Person => Boolean(p))
          .sort(byPrecedence)
        const venue = venues.get(item.venueId ?? '')
        const from = item.kind === 'transfer' ? venues.get(item.fromVenueId ?? '') : undefined
        const notes: string[] = []
        if (item.dressCode)
          notes.push(`${t('briefing.dressCode')}: ${t(`dressCode.${item.dressCode}`)}`)
        if (item.kind === 'transfer') {
          if (item.vehicle) notes.push(item.vehicle)
          const est = from && venue ? travelMinutes(from, venue, context.settings) : null
          if (est && est.minutes > 0) notes.push(t('briefing.onTheRoad', { count: est.minutes }))
        }
        if (venue && index === items.findIndex((i) => i.venueId === venue.id))
          for (const r of venue.accessRequirements) if (!r.leadDays && r.note) notes.push(r.note)
        if (item.notes) notes.push(item.notes)
        if (o.variant === 'working')
          notes.push(
            ...provisions(
              item,
              items[index + 1],
              who,
              index === items.findIndex((i) => i.kind !== 'transfer' && i.venueId === item.venueId),
            ),
          )
        const previous = items[index - 1]
        const sameVenue =
          item.kind !== 'transfer' &&
          previous !== undefined &&
          previous.kind !== 'transfer' &&
          Boolean(venue) &&
          previous.venueId === item.venueId
        return {
          itemId: item.id,
          time: timeRange(item, t),
          tentative: item.tentative ? t('briefing.tentative') : '',
          duration: o.variant === 'working' ? durationOf(item, t) : '',
          kind: t(`itemKind.${item.kind}`),
          event: item.title,
          venue: sameVenue
            ? t('briefing.sameVenue')
            : [from?.name, venue?.name].filter(Boolean).join(' – '),
          address: sameVenue ? '' : (venue?.address ?? ''),
          guests: peopleLine(
            who.filter((p) => p.side === 'guest'),
            guests,
            t,
          ),
          hosts: peopleLine(
            who.filter((p) => p.side === 'host'),
            hosts,
            t,
          ),
          responsible: responsibleLine(people.get(item.responsibleId ?? '')),
          notes,
        }
      }),
    }))

  // The edition this document is: the last one issued if the programme is still as issued,
  // otherwise a draft after it. The changes section compares with the edition before.
  const editions = context.editions ?? []
  const last = editions.at(-1)
  const current = last !== undefined && sameProgramme(last.items, visit.items)
  const issuedLabel = (e: Edition) => {
    const w = wallTimeIn(new Date(e.issuedAt), visit.timeZone)
    return t('editions.label', {
      number: e.number,
      date: `${formatShortDate(w.date, lang)} ${w.time}`,
    })
  }
  const edition = !last
    ? ''
    : current
      ? issuedLabel(last)
      : t('editions.draftLabel', { number: last.number })
  const compareWith = current ? editions.at(-2) : last

  const build: Record<BriefingSectionId, () => BriefingSection | null> = {
    changes: () => {
      if (!last) return null
      if (!compareWith)
        return {
          kind: 'text',
          id: 'changes',
          heading: t('briefing.sections.changes'),
          paragraphs: [t('editions.first')],
        }
      const changes = diffProgrammes(compareWith.items, visit.items, directory, lang)
      const now = new Map(visit.items.map((i) => [i.id, i]))
      const was = new Map(compareWith.items.map((i) => [i.id, i]))
      return {
        kind: 'changes',
        id: 'changes',
        heading: t('editions.changesHeading', { number: compareWith.number }),
        paragraphs: changes.length ? changes.map((c) => c.text) : [t('editions.noChanges')],
        columns: [
          t('briefing.columns.date'),
          t('briefing.columns.time'),
          t('briefing.columns.event'),
          t('editions.change'),
        ],
        rows: changes.map((c) => {
          const item = now.get(c.itemId) ?? was.get(c.itemId)
          const before = was.get(c.itemId)
          const time = item ? timeRange(item, t) : ''
          return {
            cells: [
              formatShortDate(c.date, lang),
              c.kind === 'retimed' && before ? `${timeRange(before, t)} → ${time}` : time,
              item?.title || (item ? t(`itemKind.${item.kind}`) : ''),
              t(`editions.kinds.${c.kind}`),
            ],
            mark: c.kind,
          }
        }),
      }
    },
    cover: () => ({
      kind: 'cover',
      id: 'cover',
      heading: t('briefing.sections.cover'),
      title: visit.title,
      lines: compact([
        {
          label: t('briefing.cover.dates'),
          value: formatDateRange(visit.startDate, visit.endDate, lang),
        },
        {
          label: t('briefing.cover.partner'),
          value: [visit.partnerRegion, visit.partnerCountry].filter(Boolean).join(', '),
        },
        {
          label: t('briefing.cover.head'),
          value: head ? `${head.fullName}, ${position(head)}` : '',
        },
        {
          label: t('briefing.cover.host'),
          value: hostHead ? `${hostHead.fullName}, ${position(hostHead)}` : '',
        },
        { label: t('briefing.cover.places'), value: placesOf(visit, venues) },
        { label: t('briefing.cover.status'), value: t(`visit.status.${visit.status}`) },
      ]),
    }),
    summary: () => {
      const checklist = buildChecklist(visit, directory, context.today)
      const open = checklist.filter(isOpenTask)
      const home = visit.homeTimeZone
      const diff =
        home && home !== visit.timeZone
          ? zoneDifferenceMinutes(visit.startDate, '12:00', visit.timeZone, home)
          : 0
      return {
        kind: 'summary',
        id: 'summary',
        heading: t('briefing.sections.summary'),
        objectives: visit.objectives,
        facts: compact([
          { label: t('briefing.summary.days'), value: String(dates.length) },
          { label: t('briefing.summary.items'), value: String(visit.items.length) },
          { label: t('briefing.summary.guests'), value: String(guests.length) },
          { label: t('briefing.summary.hosts'), value: String(hosts.length) },
          {
            label: t('briefing.summary.timeDifference'),
            value: diff && home ? `${formatOffset(diff, lang)} (${zoneName(home, t)})` : '',
          },
          { label: t('briefing.summary.openTasks'), value: String(open.length) },
        ]),
        signingLabel: t('briefing.summary.signing'),
        signing:
          visit.agreements.length > 0
            ? visit.agreements.map((a) => `${a.title} (${t(`documents.status.${a.status}`)})`)
            : [t('briefing.summary.nothingToSign')],
      }
    },
    programme: () => ({
      kind: 'programme',
      id: 'programme',
      heading:
        o.variant === 'working' ? t('briefing.working.heading') : t('briefing.sections.programme'),
      columns: {
        time: t('briefing.columns.time'),
        event: t('briefing.columns.event'),
        venue: t('briefing.columns.venue'),
        participants: t('briefing.columns.participants'),
        notes: t('briefing.columns.notes'),
      },
      guestsLabel: t('briefing.guestsShort'),
      hostsLabel: t('briefing.hostsShort'),
      days,
    }),
    delegation: () => peopleSection('delegation', guests),
    hosts: () => peopleSection('hosts', hosts),
    venues: () => ({
      kind: 'venues',
      id: 'venues',
      heading: t('briefing.sections.venues'),
      venues: usedVenues(visit, venues).map((v) => ({
        name: v.name,
        lines: compact([
          { label: t('briefing.address'), value: addressOf(v) },
          { label: t('briefing.contact'), value: v.contact ?? '' },
        ]),
        access: v.accessRequirements.map((r) => {
          const lead = r.leadDays ? ` (${t('directory.leadDays', { count: r.leadDays })})` : ''
          if (r.kind === 'other' && r.note) return `${r.note}${lead}`
          return `${t(`accessKind.${r.kind}`)}${lead}${r.note ? ` — ${r.note}` : ''}`
        }),
      })),
    }),
    memos: () => {
      const sites = usedVenues(visit, venues).filter((v) => v.memo)
      if (sites.length === 0) return null
      return {
        kind: 'memo',
        id: 'memos',
        heading: t('briefing.sections.memos'),
        sites: sites.map((v) => ({
          name: v.name,
          lines: compact([
            { label: t('briefing.memo.documents'), value: v.memo?.documents ?? '' },
            { label: t('briefing.memo.photo'), value: v.memo?.photo ?? '' },
            { label: t('briefing.memo.dress'), value: v.memo?.dress ?? '' },
            { label: t('briefing.memo.other'), value: v.memo?.other ?? '' },
          ]),
        })),
      }
    },
    documents: () => ({
      kind: 'documents',
      id: 'documents',
      heading: t('briefing.sections.documents'),
      documents: visit.agreements.map((a) => {
        const signing = visit.items.find(
          (i) => i.kind === 'signing' && i.agreementIds.includes(a.id),
        )
        const signers = a.signatoryIds
          .map((id) => people.get(id))
          .filter((p): p is Person => Boolean(p))
          .sort((x, y) => x.side.localeCompare(y.side) || byPrecedence(x, y))
        return {
          title: a.title,
          meta: `${t(`documents.type.${a.type}`)} · ${t(`documents.status.${a.status}`)}`,
          lines: compact([
            { label: t('briefing.parties'), value: a.parties.join('; ') },
            {
              label: t('briefing.signatories'),
              value: signers.map((p) => `${p.fullName} (${p.position})`).join('; '),
            },
            {
              label: t('briefing.signingAt'),
              value: signing
                ? `${formatShortDate(signing.date, lang)} ${signing.start ?? ''} — ${signing.title}`
                : '',
            },
          ]),
        }
      }),
    }),
    background: () => ({
      kind: 'background',
      id: 'background',
      heading: t('briefing.sections.background'),
      paragraphs: visit.background.trim()
        ? visit.background
            .split(/\n+/)
            .map((p) => p.trim())
            .filter(Boolean)
        : [t('briefing.noBackground')],
      historyHeading: t('briefing.history'),
      history: context.history
        .filter((h) => h.date < visit.startDate && h.visitId !== visit.id)
        .map((h) => ({
          label: h.endDate
            ? formatDateRange(h.date, h.endDate, lang)
            : formatShortDate(h.date, lang),
          value: `${h.kind === 'agreement' ? t('history.agreement') : t(`history.${h.direction}`)}: ${h.title}`,
        })),
    }),
    bios: () => ({
      kind: 'bios',
      id: 'bios',
      heading: t('briefing.sections.bios'),
      bios: keyCounterparts(visit, guests, hosts).map((p) => ({
        name: p.fullName,
        latin: passportName(p),
        position: position(p),
        ...(p.photo ? { photo: p.photo } : {}),
        text: (p.bio ?? '')
          .split(/\n+/)
          .map((x) => x.trim())
          .filter(Boolean),
        contactsLabel: t('briefing.bioContacts'),
        contacts: (context.personHistory?.[p.id] ?? [])
          .filter((h) => h.visitId !== visit.id && h.date < visit.startDate)
          .map(
            (h) =>
              `${h.endDate ? formatDateRange(h.date, h.endDate, lang) : formatShortDate(h.date, lang)} — ${h.kind === 'agreement' ? `${t('history.agreement')}: ` : ''}${h.title}`,
          ),
      })),
    }),
    talkingPoints: () => {
      const meetings = visit.items
        .filter(
          (i) => i.talkingPoints && (i.talkingPoints.raise.trim() || i.talkingPoints.avoid.trim()),
        )
        .sort(
          (a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''),
        )
      if (meetings.length === 0) return null
      const points = (text: string) =>
        text
          .split(/\n+/)
          .map((x) => x.replace(/^\s*[-–—•*\d.)]+\s*/, '').trim())
          .filter(Boolean)
      return {
        kind: 'points',
        id: 'talkingPoints',
        heading: t('briefing.sections.talkingPoints'),
        raiseLabel: t('briefing.points.raise'),
        avoidLabel: t('briefing.points.avoid'),
        meetings: meetings.map((item) => {
          const who = item.participantIds
            .map((id) => people.get(id))
            .filter((p): p is Person => Boolean(p))
            .sort(byPrecedence)
          return {
            title: item.title || t(`itemKind.${item.kind}`),
            when: `${capitalise(formatDayHeading(item.date, lang))}${item.start ? `, ${timeRange(item, t)}` : ''}${venues.get(item.venueId ?? '') ? ` · ${venues.get(item.venueId ?? '')!.name}` : ''}`,
            who: who.map((p) => p.fullName).join(', '),
            raise: points(item.talkingPoints!.raise),
            avoid: points(item.talkingPoints!.avoid),
          }
        }),
      }
    },
    contacts: () => ({
      kind: 'table',
      id: 'contacts',
      heading: t('briefing.sections.contacts'),
      columns: [
        t('briefing.columns.name'),
        t('briefing.columns.role'),
        t('briefing.columns.phone'),
        t('briefing.columns.email'),
      ],
      rows: [
        ...participants
          .filter((p) => p.phone || p.email)
          .map((p) => ({ cells: [p.fullName, p.position, p.phone ?? '', p.email ?? ''] })),
        ...visit.vehicles
          .filter((v) => v.driver || v.driverPhone)
          .map((v) => ({
            cells: [v.driver ?? '', `${t('briefing.driver')}: ${v.label}`, v.driverPhone ?? '', ''],
          })),
        ...visit.stays.map((s) => ({
          cells: [s.hotel, t('briefing.hotel'), venues.get(s.venueId ?? '')?.contact ?? '', ''],
        })),
      ],
    }),
    checklist: () => ({
      kind: 'table',
      id: 'checklist',
      heading: t('briefing.sections.checklist'),
      columns: [
        t('briefing.columns.due'),
        t('briefing.columns.task'),
        t('briefing.columns.owner'),
        t('briefing.columns.status'),
      ],
      rows: buildChecklist(visit, directory, context.today).map((task) => ({
        cells: [
          formatShortDate(task.due, lang),
          describeTask(task, t),
          task.owner ?? '',
          t(`checklist.statuses.${task.status}`),
        ],
        alert: task.overdue,
      })),
    }),
  }

  function peopleSection(id: 'delegation' | 'hosts', list: Person[]): BriefingSection {
    return {
      kind: 'people',
      id,
      heading: t(`briefing.sections.${id}`),
      columns: {
        rank: t('briefing.columns.rank'),
        name: t('briefing.columns.name'),
        position: t('briefing.columns.position'),
        languages: t('briefing.columns.languages'),
        ...(sensitive ? { passport: t('briefing.columns.passport') } : {}),
      },
      rows: list.map((p, i): PersonRow => ({
        rank: String(i + 1),
        name: p.fullName,
        latin: p.fullNameLatin ?? '',
        position: position(p),
        languages: p.languages.join(', '),
        ...(sensitive ? { passport: passportLine(p, t, lang) } : {}),
      })),
    }
  }

  const guestProgramme = (): BriefingSection => {
    const partner = visit.direction === 'incoming'
    const host = context.settings.hostRegion
    const whose = partner
      ? [
          placeIn(visit.partnerRegion, 'genitive') ?? visit.partnerRegion,
          visit.partnerCountry ? `(${visit.partnerCountry})` : '',
        ]
          .filter(Boolean)
          .join(' ')
      : (placeIn(host, 'genitive') ?? host)
    const where = partner
      ? host
      : [visit.partnerRegion, visit.partnerCountry].filter(Boolean).join(', ')
    const approver = hostHead
    return {
      kind: 'guest',
      id: 'guest',
      heading: t('briefing.guest.heading'),
      title: t('briefing.guest.title', { whose }),
      subtitle: [where, formatDateRange(visit.startDate, visit.endDate, lang)]
        .filter(Boolean)
        .join(', '),
      ...(o.approval
        ? {
            approval: {
              label: t('briefing.guest.approve'),
              position: approver?.position ?? '',
              signature: `______________ ${approver ? initialsName(approver.fullName) : ''}`.trim(),
              date: t('briefing.guest.approvalDate', { year: visit.startDate.slice(0, 4) }),
            },
          }
        : {}),
      columns: {
        time: t('briefing.columns.time'),
        event: t('briefing.columns.event'),
        place: t('briefing.guest.place'),
        participants: t('briefing.guest.participants'),
      },
      days: guestDays.map(({ date, items }) => ({
        heading: formatGuestDay(date, lang),
        rows: items.map((item) => {
          const who = receivers(item)
          const venue = venues.get(item.venueId ?? '')
          return {
            time: item.start ? timeRange(item, t) : t('editions.untimed'),
            event: item.title || t(`itemKind.${item.kind}`),
            place: venue ? [venue.name, venue.city].filter(Boolean).join(', ') : '',
            participants: [
              ...who.slice(0, GUEST_NAMES).map((p) => p.fullName),
              ...(who.length > GUEST_NAMES ? [t('briefing.guest.andOthers')] : []),
            ].join(', '),
          }
        }),
      })),
      ...(second ? { second: secondProgramme(second, partner) } : {}),
    }
  }

  // The guests know they take part: the programme names who receives them.
  const receivers = (item: ItineraryItem) =>
    item.participantIds
      .map((id) => people.get(id))
      .filter((p): p is Person => p?.side === 'host')
      .sort(byPrecedence)
  const guestDays = itemsByDay(visit.items, dates).filter((d) => d.items.length > 0)
  const second = o.second

  /** The guest programme in the partner's language, row for row with the Russian one. */
  const secondProgramme = (lang2: NonNullable<typeof second>, incoming: boolean) => {
    const words = PARTNER_WORDS[lang2]
    const sep = lang2 === 'zh' ? '，' : ', '
    const hostName = nameIn(lang2, context.settings.hostRegion, context.settings.hostRegionI18n)
    const partnerName = nameIn(lang2, visit.partnerRegion, visit.partnerRegionI18n)
    return {
      lang: lang2,
      heading: words.heading,
      title: words.title.replace('{{partner}}', incoming ? partnerName : hostName),
      subtitle: [
        incoming ? hostName : partnerName,
        formatPartnerRange(visit.startDate, visit.endDate, lang2),
      ]
        .filter(Boolean)
        .join(', '),
      columns: {
        event: words.columns.event,
        place: words.columns.place,
        participants: words.columns.participants,
      },
      days: guestDays.map(({ date, items }) => ({
        heading: formatPartnerDay(date, lang2),
        rows: items.map((item) => {
          const who = receivers(item)
          const venue = venues.get(item.venueId ?? '')
          return {
            time: item.start ? timeRange(item, t) : words.untimed,
            event: itemTitleIn(lang2, item),
            place: venue
              ? [
                  venueNameIn(lang2, venue),
                  venue.city ? nameIn(lang2, venue.city, venue.cityI18n) : '',
                ]
                  .filter(Boolean)
                  .join(sep)
              : '',
            participants: [
              ...who.slice(0, GUEST_NAMES).map((p) => personNameIn(lang2, p)),
              ...(who.length > GUEST_NAMES ? [words.andOthers] : []),
            ].join(sep),
          }
        }),
      })),
    }
  }

  /** A participant list with the partner's language beside Russian. */
  const roster = (
    id: 'delegation' | 'hosts',
    list: Person[],
    lang2: NonNullable<typeof second>,
  ): BriefingSection => {
    const words = PARTNER_WORDS[lang2]
    return {
      kind: 'roster',
      id,
      lang: lang2,
      heading: t(`briefing.sections.${id}`),
      secondHeading: id === 'delegation' ? words.delegation : words.hosts,
      columns: {
        name: t('briefing.columns.name'),
        position: t('briefing.columns.position'),
        secondName: words.listColumns.name,
        secondPosition: words.listColumns.position,
      },
      rows: list.map((p, i) => ({
        n: String(i + 1),
        name: p.fullName,
        position: position(p),
        secondName: personNameIn(lang2, p),
        secondPosition: positionIn(lang2, p, position(p)),
      })),
    }
  }

  const sections: BriefingSection[] =
    o.variant === 'guest'
      ? [
          guestProgramme(),
          ...(second
            ? [roster('delegation', guests, second), roster('hosts', hosts, second)].filter(
                (x) => x.kind === 'roster' && x.rows.length > 0,
              )
            : []),
          // What to carry and how to dress at sensitive sites, for the guests too.
          ...[build.memos()].filter((x): x is BriefingSection => x !== null),
        ]
      : o.variant === 'pocket'
        ? days.map((day) => ({
            kind: 'pocket',
            id: 'pocket',
            heading: t('briefing.pocketTitle', { date: day.heading }),
            day,
            columns: {
              time: t('briefing.columns.time'),
              event: t('briefing.columns.event'),
              venue: t('briefing.columns.venue'),
            },
          }))
        : chosenSections(o)
            .map((id) => build[id]())
            .filter((x): x is BriefingSection => x !== null)

  const at = wallTimeIn(context.generatedAt, visit.timeZone)
  return {
    lang,
    variant: o.variant,
    title: visit.title,
    subtitle: t('briefing.documentTitle'),
    // A programme handed to the guests carries no distribution mark unless the officer sets one.
    classification:
      o.classification ?? (o.variant === 'guest' ? '' : t('briefing.classificationDefault')),
    prepared: t('briefing.prepared', { date: `${formatShortDate(at.date, lang)} ${at.time}` }),
    edition,
    ...(sensitive ? { sensitiveNotice: t('briefing.sensitiveNotice') } : {}),
    pageLabel: { page: t('briefing.page'), of: t('briefing.of') },
    sections,
    emptyText: t('briefing.empty'),
  }
}

/** '1 ч 30 мин' from an item's start and end. */
function durationOf(item: ItineraryItem, t: (k: string, p?: MessageParams) => string): string {
  if (!item.start || !item.end) return ''
  const [sh, sm] = item.start.split(':').map(Number) as [number, number]
  const [eh, em] = item.end.split(':').map(Number) as [number, number]
  const minutes = eh * 60 + em - (sh * 60 + sm)
  if (minutes <= 0) return ''
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return [
    h ? t('briefing.working.hours', { count: h }) : '',
    m ? t('briefing.working.minutes', { count: m }) : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/** Names listed per event in the guest programme before 'и другие'. */
const GUEST_NAMES = 3

const addressOf = (v: Venue) =>
  v.city && !v.address.includes(v.city) ? [v.address, v.city].filter(Boolean).join(', ') : v.address

const zoneName = (zone: string, t: (k: string) => string) => {
  const key = `zones.${zone.replace(/\//g, '_')}`
  const name = t(key)
  return name === key ? zoneCity(zone) : name
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const compact = (lines: LabelValue[]) => lines.filter((l) => l.value.trim() !== '')
const orgName = (o?: Organisation) => o?.shortName || o?.name || ''

function timeRange(item: ItineraryItem, t: (k: string) => string): string {
  if (!item.start) return t('briefing.timeTbd')
  return item.end ? `${item.start}–${item.end}` : item.start
}

/** 'вся делегация' when everyone of the side is there, else the names by precedence. */
function peopleLine(present: Person[], all: Person[], t: (k: string) => string): string {
  if (present.length === 0) return ''
  if (all.length > 2 && present.length === all.length) return t('briefing.wholeSide')
  return present.map((p) => p.fullName).join(', ')
}

function passportLine(p: Person, t: (k: string) => string, lang: Lang): string {
  const pass = p.passport
  if (!pass) return ''
  return [
    [pass.series, pass.number].filter(Boolean).join(' '),
    pass.nationality,
    pass.expiresOn
      ? `${t('briefing.passportExpires')} ${formatShortDate(pass.expiresOn, lang)}`
      : '',
  ]
    .filter(Boolean)
    .join(', ')
}

function usedVenues(visit: Visit, venues: Map<string, Venue>): Venue[] {
  const ids: string[] = []
  for (const item of [...visit.items].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''),
  ))
    for (const id of [item.kind === 'transfer' ? undefined : item.venueId])
      if (id && !ids.includes(id)) ids.push(id)
  return ids.map((id) => venues.get(id)).filter((v): v is Venue => Boolean(v))
}

function placesOf(visit: Visit, venues: Map<string, Venue>): string {
  const cities: string[] = []
  for (const v of usedVenues(visit, venues))
    if (v.city && !cities.includes(v.city)) cities.push(v.city)
  return cities.join(', ')
}

/** The head of each side, the signatories, and anyone with a biographical note. */
function keyCounterparts(visit: Visit, guests: Person[], hosts: Person[]): Person[] {
  const signers = new Set(visit.agreements.flatMap((a) => a.signatoryIds))
  const pick = (list: Person[]) =>
    list.filter(
      (p, i) => i === 0 || signers.has(p.id) || Boolean(p.bio?.trim()) || Boolean(p.photo),
    )
  return [...pick(guests), ...pick(hosts)]
}
