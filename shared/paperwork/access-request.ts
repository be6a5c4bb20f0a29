// The request to a site that admits visitors by list (the Leningrad NPP: a letter to the director
// with the visitors' passport data, 30 days ahead): the letter on the committee's letterhead and the
// list in the site's own columns. Built as a briefing document, so the one printer and Word writer
// serve it. Russian only: it goes to a Russian site.
import type { BriefingDocument, BriefingSection } from '../briefing/briefing-document'
import type { Directory } from '../domain/directory'
import { byPrecedence, type Person } from '../domain/people'
import type { PlanningSettings } from '../domain/planning'
import {
  DEFAULT_ACCESS_COLUMNS,
  accessLeadDays,
  type AccessField,
  type Venue,
} from '../domain/venues'
import type { Visit } from '../domain/visit'
import { transliterate } from '../i18n/transliterate'
import { isPlaceholder, type PreflightIssue } from '../briefing/preflight'
import {
  countryGenitive,
  initialsName,
  initialsNameIn,
  officialCountryGenitive,
  placeIn,
  postIn,
} from '../language/ru/decline'
import { countRu } from '../language/ru/numerals'
import { formatDateRange, formatShortDate, shiftDate } from '../time/local-date'
import { paperworkDocument } from './paperwork-document'

export interface AccessRequestContext {
  generatedAt: Date
  settings: PlanningSettings
}

/** The venues of a visit that take a letter with a visitor list, in programme order. */
export function accessRequestVenues(visit: Visit, directory: Directory): Venue[] {
  const ids = visitVenueIds(visit)
  const venues = new Map(directory.venues.map((v) => [v.id, v]))
  return ids.map((id) => venues.get(id)).filter((v): v is Venue => Boolean(v && needsList(v)))
}

/** True when a site admits visitors by a list sent ahead (a layout set, or a passport-list rule). */
export const needsList = (v: Venue) =>
  Boolean(v.accessRequest) || v.accessRequirements.some((r) => r.kind === 'passport-list')

/**
 * Finds a venue of the visit by id or by a part of its name (any case); a part that fits several
 * venues is refused with their names.
 */
export function findVenue(
  visit: Visit,
  directory: Directory,
  query: string,
): { venue: Venue } | { error: 'none' | 'ambiguous'; candidates: string[] } {
  const q = query.trim().toLowerCase()
  const used = new Set(visitVenueIds(visit))
  const pool = directory.venues.filter((v) => used.has(v.id))
  const exact = pool.find((v) => v.id === query.trim() || v.name.toLowerCase() === q)
  if (exact) return { venue: exact }
  const hits = q ? pool.filter((v) => v.name.toLowerCase().includes(q)) : []
  if (hits.length === 1) return { venue: hits[0]! }
  return {
    error: hits.length ? 'ambiguous' : 'none',
    candidates: (hits.length ? hits : pool.filter(needsList)).map((v) => v.name),
  }
}

/** The people on the list: everyone at the site's events (the whole visit if none is named). */
export function accessVisitors(visit: Visit, directory: Directory, venueId: string): Person[] {
  const items = visit.items.filter((i) => i.kind !== 'transfer' && i.venueId === venueId)
  const named = new Set(items.flatMap((i) => i.participantIds))
  const ids = named.size ? visit.participantIds.filter((id) => named.has(id)) : visit.participantIds
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const list = ids.map((id) => people.get(id)).filter((p): p is Person => Boolean(p))
  return [...list.filter((p) => p.side === 'guest'), ...list.filter((p) => p.side === 'host')].sort(
    (a, b) => (a.side === b.side ? byPrecedence(a, b) : a.side === 'guest' ? -1 : 1),
  )
}

const date = (d: string | undefined) => (d ? formatShortDate(d, 'ru') : '')

/** One cell of the visitor list. */
export function accessCell(
  field: AccessField,
  p: Person,
  visit: Visit,
  directory: Directory,
): string {
  const pass = p.passport
  const org = directory.organisations.find((o) => o.id === p.organisationId)
  switch (field) {
    case 'fullName':
      return p.fullName
    case 'latinName':
      return p.fullNameLatin?.trim() || transliterate(p.fullName)
    case 'passport': {
      if (!pass) return ''
      const number = [pass.series, pass.number].filter(Boolean).join(' ')
      const issued = [pass.issuedBy, date(pass.issuedOn)].filter(Boolean).join(', ')
      return [number, issued ? `выдан ${issued}` : ''].filter(Boolean).join(', ')
    }
    case 'passportExpiry':
      return date(pass?.expiresOn)
    case 'birth':
      return [date(pass?.birthDate), pass?.birthPlace ?? ''].filter(Boolean).join(', ')
    case 'nationality':
      return (
        pass?.nationality?.trim() ||
        (p.side === 'guest' && visit.direction === 'incoming' ? visit.partnerCountry : 'Россия')
      )
    case 'registration':
      return pass?.registrationAddress ?? ''
    case 'work':
      return [org?.name, org ? lowerFirst(p.position) : p.position].filter(Boolean).join(', ')
    case 'phone':
      return p.phone ?? ''
  }
}

/** Who lacks which column's data: the officer completes it before sending. */
export function accessGaps(
  visit: Visit,
  directory: Directory,
  venue: Venue,
): { personId: string; name: string; fields: string[] }[] {
  const columns = venue.accessRequest?.columns ?? DEFAULT_ACCESS_COLUMNS
  return accessVisitors(visit, directory, venue.id)
    .map((p) => ({
      personId: p.id,
      name: p.fullName,
      fields: columns
        .filter((c) => !accessCell(c.field, p, visit, directory).trim())
        .map((c) => c.label),
    }))
    .filter((g) => g.fields.length > 0)
}

/** The letter and the list, as one document (the list starts on its own page). */
export function buildAccessRequest(
  visit: Visit,
  directory: Directory,
  venue: Venue,
  context: AccessRequestContext,
): BriefingDocument {
  const request = venue.accessRequest
  const columns = request?.columns ?? DEFAULT_ACCESS_COLUMNS
  const head = context.settings.letterhead
  const items = visit.items
    .filter((i) => i.kind !== 'transfer' && i.venueId === venue.id)
    .sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''))
  const first = items[0]
  const last = items.filter((i) => i.date === first?.date).at(-1)
  const visitors = accessVisitors(visit, directory, venue.id)
  const guestsHead = visitors.find((p) => p.side === 'guest')
  const executor = letterExecutor(visit, directory, venue, context.settings)

  const partner = [
    placeIn(visit.partnerRegion, 'genitive') ?? visit.partnerRegion,
    // As official papers name the state: 'Жамбылской области Республики Казахстан'.
    visit.partnerCountry ? officialCountryGenitive(visit.partnerCountry) : '',
  ]
    .filter(Boolean)
    .join(' ')
  const who =
    visit.direction === 'incoming'
      ? `делегации ${partner || countryGenitive(visit.partnerCountry)}`
      : 'делегации'
  const when = first
    ? `${formatDateRange(first.date, first.date, 'ru')}${first.start ? ` (ориентировочно ${first.start}${last?.end ? `–${last.end}` : ''})` : ''}`
    : 'в сроки, которые будут согласованы дополнительно'
  const hostAcc = placeIn(context.settings.hostRegion, 'accusative') ?? context.settings.hostRegion
  // 'Заместитель акима Жамбылской области, руководитель делегации' → 'заместителем акима …'.
  const post = guestsHead?.position.split(',')[0]?.trim() ?? ''
  const declined = post ? postIn(post, 'instrumental') : undefined
  const headPost = declined ? lowerFirst(declined) : undefined
  const headName = guestsHead ? initialsNameIn(guestsHead.fullName, 'instrumental') : ''
  const headed = !guestsHead
    ? ''
    : headPost && headName
      ? ` во главе с ${headPost} ${headName}`
      : ''
  const paragraphs = [
    `В период ${formatDateRange(visit.startDate, visit.endDate, 'ru')} ${hostAcc} посещает делегация ${partner || visit.partnerCountry}${headed}.${guestsHead && !headed ? ` Руководитель делегации — ${guestsHead.fullName}${guestsHead.position ? `, ${lowerFirst(guestsHead.position)}` : ''}.` : ''}`,
    `Прошу Вас рассмотреть возможность организации посещения объекта «${venue.name}» членами ${who} и сопровождающими лицами ${when}${items.length ? `. Программа посещения: ${items.map((i) => lowerFirst(i.title)).join('; ')}` : ''}.`,
    `Список участников посещения (${visitors.length} чел.) с паспортными данными прилагается.${request?.note ? ` ${request.note}` : ''}`,
    executor
      ? `Контактное лицо: ${executor.name}${executor.phone ? `, тел. ${executor.phone}` : ''}.`
      : '',
  ].filter(Boolean)
  const signature = {
    position: head.signerPosition,
    name: head.signerName.trim() ? initialsName(head.signerName) : '________________',
  }
  const letter: BriefingSection = {
    kind: 'letter',
    id: 'letter',
    heading: `О посещении объекта «${venue.name}»`,
    sender: [head.organisation, head.address, head.contacts].filter((x) => x.trim()),
    ref: '№ ______________ от ________________',
    addressee: [
      request?.addressee || `Руководителю объекта «${venue.name}»`,
      request?.addresseeName || '________________',
    ],
    salutation: request?.salutation || 'Уважаемый(ая) ________________________!',
    paragraphs,
    attachment: `Приложение: список участников посещения (${visitors.length} чел.) на ___ л. в 1 экз.`,
    signature,
    executor: executor
      ? [executor.name, executor.phone ? `тел. ${executor.phone}` : ''].filter(Boolean).join('\n')
      : '',
  }
  const list: BriefingSection = {
    kind: 'table',
    id: 'accessList',
    caption: 'Приложение к письму от ____________ № ________',
    heading: `Список участников посещения объекта «${venue.name}»${first ? ` ${formatDateRange(first.date, first.date, 'ru')}` : ''}`,
    columns: ['№', ...columns.map((c) => c.label)],
    rows: visitors.map((p, i) => ({
      cells: [String(i + 1), ...columns.map((c) => accessCell(c.field, p, visit, directory))],
    })),
    breakBefore: true,
    // The site wants the list signed off too, by the one who signs the letter.
    signOff: signature,
  }
  return paperworkDocument({
    title: `Письмо о посещении: ${venue.name}`,
    subtitle: visit.title,
    sections: [letter, list],
    emptyText: 'Нет данных',
    sensitiveNotice:
      'Содержит персональные данные (паспортные данные участников). Не передавать третьим лицам.',
    generatedAt: context.generatedAt,
    timeZone: visit.timeZone,
    // An outgoing letter carries no internal marks: its deadline is the officer's, in the check.
    outgoing: true,
  })
}

const lowerFirst = (s: string) =>
  /^[А-ЯЁA-Z][а-яёa-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s

function visitVenueIds(visit: Visit): string[] {
  const ids: string[] = []
  for (const item of [...visit.items].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''),
  ))
    if (item.kind !== 'transfer' && item.venueId && !ids.includes(item.venueId))
      ids.push(item.venueId)
  return ids
}

/** Who prepared the letter, for its foot and the contact line: the letterhead's, else the officer responsible. */
function letterExecutor(
  visit: Visit,
  directory: Directory,
  venue: Venue,
  settings: PlanningSettings,
): { name: string; phone: string } | undefined {
  const set = settings.letterhead.executor.trim()
  if (set) {
    // 'Иванова Мария Петровна, +7 812 539-00-00': the phone is what starts with + or a digit.
    const at = set.search(/,?\s*(?:тел\.?\s*)?(?=[+\d(][\d\s()+-]{5,}$)/u)
    return at > 0
      ? { name: set.slice(0, at).trim(), phone: set.slice(at).replace(/^,?\s*(?:тел\.?\s*)?/u, '') }
      : { name: set, phone: '' }
  }
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const first = visit.items.find((i) => i.venueId === venue.id && i.responsibleId)
  const responsible = people.get(first?.responsibleId ?? '')
  if (!responsible || isPlaceholder(responsible.fullName)) return undefined
  return { name: responsible.fullName, phone: responsible.phone ?? '' }
}

/**
 * What keeps the letter from being signed and sent as it is: the addressee's and the signer's
 * names, the executor, the people and data the list lacks, and a deadline already missed. The
 * export refuses while any is open, unless the officer waives them (recorded in the visit).
 */
export function letterPreflight(
  visit: Visit,
  directory: Directory,
  venue: Venue,
  context: { settings: PlanningSettings; today: string },
): PreflightIssue[] {
  const out: PreflightIssue[] = []
  const request = venue.accessRequest
  const where = `«${venue.name}» в справочнике мест`
  if (!request?.addresseeName.trim())
    out.push({ kind: 'letter', text: `Адресат: не указаны И.О. Фамилия руководителя (${where})` })
  if (!request?.salutation.trim())
    out.push({ kind: 'letter', text: `Обращение «Уважаемый …!» не указано (${where})` })
  if (!context.settings.letterhead.signerName.trim())
    out.push({
      kind: 'letter',
      text: 'Подписант: не указаны И.О. Фамилия (Настройки, «Бланк письма»)',
    })
  if (!letterExecutor(visit, directory, venue, context.settings))
    out.push({
      kind: 'letter',
      text: 'Исполнитель с телефоном не указан (Настройки, «Бланк письма»)',
    })
  for (const p of accessVisitors(visit, directory, venue.id))
    if (isPlaceholder(p.fullName))
      out.push({ kind: 'placeholder', text: `В списке: «${p.fullName}» — имя не уточнено` })
  for (const g of accessGaps(visit, directory, venue))
    if (!isPlaceholder(g.name))
      out.push({ kind: 'letter', text: `В списке: ${g.name} — нет данных: ${g.fields.join('; ')}` })
  const lead = accessLeadDays(venue)
  const first = visit.items
    .filter((i) => i.venueId === venue.id && i.kind !== 'transfer')
    .map((i) => i.date)
    .sort()[0]
  if (first && lead > 0) {
    const due = shiftDate(first, -lead)
    const sent = visit.tasks.some(
      (t) =>
        t.key.startsWith(`access:${venue.id}:`) &&
        (t.status === 'done' || t.status === 'not-needed'),
    )
    if (!sent && context.today > due && visit.endDate >= context.today)
      out.push({
        kind: 'access-overdue',
        text: `Письмо опаздывает: направить нужно было до ${formatShortDate(due, 'ru')} (за ${countRu(lead, ['день', 'дня', 'дней'])} до посещения ${formatShortDate(first, 'ru')}); согласуйте с объектом, примет ли он список позже`,
      })
  }
  return out
}
