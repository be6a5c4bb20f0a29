import { shippedVenues, zhambyl } from '../helpers/zhambyl'
import { describe, expect, test } from 'vitest'
import { buildBriefing } from '../../shared/briefing/build-briefing'
import { renderBriefingHtml } from '../../shared/briefing/render-briefing-html'
import { buildChecklist } from '../../shared/domain/checklist'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { shiftVisitDates } from '../../shared/domain/templates'
import { type Venue } from '../../shared/domain/venues'
import {
  accessGaps,
  accessRequestVenues,
  buildAccessRequest,
  findVenue,
  letterPreflight,
} from '../../shared/paperwork/access-request'
import { buildVisitReport } from '../../shared/report/build-report'
import { withFictionalPassports } from '../helpers/fictional-passports'

const template = zhambyl
const venues = shippedVenues
const visit = shiftVisitDates(template.visit, '2026-12-07')
const directory = withFictionalPassports({ ...template.directory, venues }, visit.participantIds)
const npp = venues.find((v) => v.id === 'leningrad-npp')!
const context = {
  generatedAt: new Date('2026-11-08T07:40:00Z'),
  settings: defaultPlanningSettings(),
}

describe('the access request to the Leningrad NPP', () => {
  test('the letter: letterhead, addressee from the venue, the visit, the date and the list size', () => {
    const doc = buildAccessRequest(visit, directory, npp, context)
    const [letter, list] = doc.sections
    if (letter?.kind !== 'letter') throw new Error('no letter')
    expect(letter.sender[0]).toBe('Комитет по внешним связям Ленинградской области')
    expect(letter.addressee[0]).toBe(
      'Директору филиала АО «Концерн Росэнергоатом» «Ленинградская атомная станция»',
    )
    expect(letter.heading).toBe('О посещении объекта «Ленинградская АЭС»')
    expect(letter.paragraphs[0]).toBe(
      'В период 7–11 декабря 2026 г. Ленинградскую область посещает делегация Жамбылской области Республики Казахстан во главе с заместителем акима Жамбылской области А.С. Есмагамбетовой.',
    )
    expect(letter.paragraphs[1]).toContain('10 декабря 2026 г. (ориентировочно 10:00')
    expect(letter.paragraphs[2]).toMatch(/^Список участников посещения \(5 чел\.\)/)
    expect(doc.sensitiveNotice).toMatch(/персональные данные/)
    // The letter leaves the house: no internal 'направить до' in its footer (the deadline is
    // in the programme check and the tasks), and the data notice stands over the list, not the
    // letterhead.
    expect(doc.prepared).toBe('')
    const html = renderBriefingHtml(doc, { fontCss: '' })
    expect(html).not.toContain('направить до')
    expect(html.indexOf('class="sensitive lead"')).toBeGreaterThan(html.indexOf('class="letter"'))
    expect(list?.kind === 'table' && list.breakBefore).toBe(true)
  })

  test('a letter that can be signed: names with initials, the executor with a phone, the list signed off', () => {
    const signed = {
      ...context,
      settings: {
        ...context.settings,
        letterhead: {
          ...context.settings.letterhead,
          signerName: 'Путиков Дмитрий Анатольевич',
          executor: 'Иванова Мария Петровна, +7 (812) 539-00-00',
        },
      },
    }
    const addressed: Venue = {
      ...npp,
      accessRequest: {
        ...npp.accessRequest!,
        addresseeName: 'В.И. Перегуде',
        salutation: 'Уважаемый Владимир Иванович!',
      },
    }
    const doc = buildAccessRequest(visit, directory, addressed, signed)
    const [letter, list] = doc.sections
    if (letter?.kind !== 'letter' || list?.kind !== 'table') throw new Error('no letter')
    expect(letter.addressee).toEqual([
      'Директору филиала АО «Концерн Росэнергоатом» «Ленинградская атомная станция»',
      'В.И. Перегуде',
    ])
    expect(letter.salutation).toBe('Уважаемый Владимир Иванович!')
    expect(letter.signature).toEqual({ position: 'Председатель комитета', name: 'Д.А. Путиков' })
    expect(letter.executor).toBe('Иванова Мария Петровна\nтел. +7 (812) 539-00-00')
    expect(letter.paragraphs.at(-1)).toBe(
      'Контактное лицо: Иванова Мария Петровна, тел. +7 (812) 539-00-00.',
    )
    // Never a placeholder as the contact or the executor.
    expect(JSON.stringify(letter)).not.toMatch(/назначается|уточня/)
    expect(list.signOff).toEqual(letter.signature)
    // The letter promises nothing its list lacks.
    expect(letter.paragraphs.join(' ')).not.toContain('гражданство')
    const html = renderBriefingHtml(doc, { fontCss: '' })
    expect(html).toContain('@page letter')
    expect(html).toMatch(/\.letter \{ page: letter; font: 14pt/)
    // With everything settled, only the list's data and people remain open.
    const open = letterPreflight(visit, directory, addressed, { ...signed, today: '2026-10-01' })
    expect(open.filter((q) => q.kind === 'letter' && !q.text.startsWith('В списке'))).toEqual([])
  })

  test('the letter gate: unsigned, unaddressed, placeholders, missing data and a missed deadline', () => {
    const bare = letterPreflight(visit, directory, npp, {
      settings: defaultPlanningSettings(),
      today: '2026-11-20',
    })
    const texts = bare.map((q) => q.text)
    expect(texts).toContain(
      'Адресат: не указаны И.О. Фамилия руководителя («Ленинградская АЭС» в справочнике мест)',
    )
    expect(texts).toContain('Подписант: не указаны И.О. Фамилия (Настройки, «Бланк письма»)')
    expect(texts).toContain('Исполнитель с телефоном не указан (Настройки, «Бланк письма»)')
    expect(texts.some((t) => /^В списке: «.*\(ФИО уточняется\)» — имя не уточнено$/.test(t))).toBe(
      true,
    )
    // The NPP wants the list 30 days before 10 December: 10 November has passed.
    expect(bare.find((q) => q.kind === 'access-overdue')?.text).toBe(
      'Письмо опаздывает: направить нужно было до 10.11.2026 (за 30 дней до посещения 10.12.2026); согласуйте с объектом, примет ли он список позже',
    )
    // Marked sent: no longer late.
    const sent = {
      ...visit,
      tasks: [{ key: 'access:leningrad-npp:0', custom: false, status: 'done' as const }],
    }
    const after = letterPreflight(sent, directory, npp, {
      settings: defaultPlanningSettings(),
      today: '2026-11-20',
    })
    expect(after.some((q) => q.kind === 'access-overdue')).toBe(false)
  })

  test('the list has the venue’s columns in its order, with the passport data', () => {
    const doc = buildAccessRequest(visit, directory, npp, context)
    const list = doc.sections[1]
    if (list?.kind !== 'table') throw new Error('no list')
    expect(list.columns).toEqual([
      '№',
      'Фамилия, имя, отчество',
      'Паспорт: серия, номер, кем и когда выдан',
      'Дата и место рождения',
      'Адрес регистрации',
      'Место работы, должность',
    ])
    expect(list.rows[0]!.cells).toEqual([
      '1',
      'Есмагамбетова Айжан Серикбаевна',
      'N 00000001, выдан ОБРАЗЕЦ — МВД (вымышленное), 01.01.2020',
      '10.01.1970, г. Образцово (вымышленное)',
      'ОБРАЗЕЦ: ул. Вымышленная, д. 1',
      'Акимат Жамбылской области, заместитель акима Жамбылской области, руководитель делегации',
    ])
    // Guests first, then the host side's escort.
    expect(list.rows.at(-1)!.cells[1]).toMatch(/^Сопровождающий/)

    // Another site, another layout: the officer's columns and headers, no code change.
    const custom: Venue = {
      ...npp,
      accessRequest: {
        ...npp.accessRequest!,
        columns: [
          { field: 'latinName', label: 'Name (as in passport)' },
          { field: 'nationality', label: 'Гражданство' },
          { field: 'passportExpiry', label: 'Паспорт до' },
        ],
      },
    }
    const other = buildAccessRequest(visit, directory, custom, context).sections[1]
    expect(other?.kind === 'table' && other.columns).toEqual([
      '№',
      'Name (as in passport)',
      'Гражданство',
      'Паспорт до',
    ])
    expect(other?.kind === 'table' && other.rows[0]!.cells).toEqual([
      '1',
      'Aizhan Yesmagambetova',
      'Казахстан',
      '01.01.2030',
    ])
  })

  test('missing data is listed for the officer; the venue is found by a part of its name', () => {
    const bare = { ...template.directory, venues }
    const gaps = accessGaps(visit, bare, npp)
    expect(gaps).toHaveLength(5)
    expect(gaps[0]!.fields).toContain('Адрес регистрации')
    expect(accessGaps(visit, directory, npp)).toEqual([])
    expect(accessRequestVenues(visit, directory).map((v) => v.id)).toEqual(['leningrad-npp'])
    expect(findVenue(visit, directory, 'аэс')).toEqual({ venue: npp })
    expect(findVenue(visit, directory, 'leningrad-npp')).toEqual({ venue: npp })
    const ambiguous = findVenue(visit, directory, 'гатч')
    expect('error' in ambiguous && ambiguous.error).toBe('ambiguous')
    expect('error' in findVenue(visit, directory, 'Эрмитаж')).toBe(true)
  })

  test('passport data appears nowhere else: briefing, guest, working programme, report, checklist', () => {
    const numbers = ['00000001', '000009', 'Вымышленная']
    const briefingContext = {
      generatedAt: context.generatedAt,
      today: '2026-11-08',
      settings: context.settings,
      history: [],
    }
    const pages = [
      buildBriefing(visit, directory, {}, briefingContext),
      buildBriefing(visit, directory, { variant: 'guest', second: 'en' }, briefingContext),
      buildBriefing(visit, directory, { variant: 'working' }, briefingContext),
      buildBriefing(visit, directory, { variant: 'pocket' }, briefingContext),
      buildVisitReport(visit, directory, {}, briefingContext),
    ].map((d) => renderBriefingHtml(d, { fontCss: '' }))
    for (const html of pages) for (const n of numbers) expect(html).not.toContain(n)
    expect(JSON.stringify(buildChecklist(visit, directory, '2026-11-08'))).not.toContain('00000001')
    // The access list itself has them.
    const request = renderBriefingHtml(buildAccessRequest(visit, directory, npp, context), {
      fontCss: '',
    })
    expect(request).toContain('N 00000001')
  })

  test('the site memo is a briefing section and goes with the guest and working programmes', () => {
    const briefingContext = {
      generatedAt: context.generatedAt,
      today: '2026-11-08',
      settings: context.settings,
      history: [],
    }
    for (const variant of ['full', 'guest', 'working'] as const) {
      const doc = buildBriefing(visit, directory, { variant }, briefingContext)
      const memo = doc.sections.find((s) => s.kind === 'memo')
      if (memo?.kind !== 'memo') throw new Error(`no memo in ${variant}`)
      expect(memo.sites[0]!.name).toBe('Ленинградская АЭС')
      expect(memo.sites[0]!.lines.map((l) => l.label)).toEqual([
        'Документы при себе',
        'Фото- и видеосъёмка',
        'Форма одежды',
        'Также',
      ])
    }
  })
})
