import { shippedVenues, zhambyl } from '../helpers/zhambyl'
import { describe, expect, test } from 'vitest'
import { buildBriefing } from '../../shared/briefing/build-briefing'
import { renderBriefingHtml } from '../../shared/briefing/render-briefing-html'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { shiftVisitDates } from '../../shared/domain/templates'
import { missingTranslations, nameIn, personNameIn } from '../../shared/i18n/second-language'
import { transliterate } from '../../shared/i18n/transliterate'
import { formatPartnerDay, formatPartnerRange } from '../../shared/time/local-date'

const template = zhambyl
const venues = shippedVenues
const directory = { ...template.directory, venues }
const visit = shiftVisitDates(template.visit, '2026-12-07')
const context = {
  generatedAt: new Date('2026-11-28T07:40:00Z'),
  today: '2026-11-28',
  settings: defaultPlanningSettings(),
  history: [],
}

describe('names as in passports (ICAO Doc 9303 through iuliia)', () => {
  test.each([
    ['Юлия', 'Iuliia'],
    ['Щербакова', 'Shcherbakova'],
    ['Кялин Александр', 'Kialin Aleksandr'],
    ['Воронков Михаил', 'Voronkov Mikhail'],
    ['Ёлкин Пётр', 'Elkin Petr'],
    ['Подъячев', 'Podieiachev'],
    ['Есмагамбетова Айжан Серикбаевна', 'Esmagambetova Aizhan Serikbaevna'],
    ['Сосновый Бор', 'Sosnovyi Bor'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin)
  })

  test('Kazakh letters as Kazakhstan writes them in passports; Latin and digits pass through', () => {
    expect(transliterate('Қайрат Әбдірахманов')).toBe('Kairat Abdirakhmanov')
    expect(transliterate('Ұлан Өмірбек Ғани Ңң Һ')).toBe('Ulan Omirbek Gani Nn Kh')
    expect(transliterate('Taraz 2026, №5')).toBe('Taraz 2026, №5')
  })

  test('a translation wins; Chinese borrows the English form before transliterating; Kazakh keeps Cyrillic', () => {
    expect(nameIn('en', 'Гатчина', { en: 'Gatchina' })).toBe('Gatchina')
    expect(nameIn('en', 'Гатчина', undefined)).toBe('Gatchina')
    expect(nameIn('zh', 'Гатчина', { en: 'Gatchina City' })).toBe('Gatchina City')
    expect(nameIn('kk', 'Гатчина', undefined)).toBe('Гатчина')
    // A partner region the app knows is written as its own papers write it, not transliterated
    // ('Provintsiia Sychuan代表团访问' was printed).
    expect(nameIn('zh', 'провинция Сычуань', undefined)).toBe('四川省')
    expect(nameIn('en', 'Провинция Сычуань', undefined)).toBe('Sichuan Province')
    expect(nameIn('zh', 'Костанайская область', undefined)).toBe('Kostanay Region')
    expect(nameIn('zh', 'провинция Сычуань', { zh: '四川' })).toBe('四川')
    const head = directory.people.find((p) => p.id === 'p-esmagambetova')!
    // The passport spelling the officer entered beats the rule.
    expect(personNameIn('en', head)).toBe('Aizhan Yesmagambetova')
    expect(personNameIn('kk', head)).toBe('Есмағамбетова Айжан Серікбайқызы')
    expect(personNameIn('en', { ...head, fullNameLatin: undefined })).toBe(
      'Esmagambetova Aizhan Serikbaevna',
    )
  })
})

describe('partner-language dates', () => {
  test('day headers and ranges in English, Kazakh and Chinese', () => {
    expect(formatPartnerDay('2026-12-08', 'en')).toBe('8 December, Tuesday')
    expect(formatPartnerDay('2026-12-08', 'kk')).toBe('8 желтоқсан, сейсенбі')
    expect(formatPartnerDay('2026-12-08', 'zh')).toBe('12月8日 星期二')
    expect(formatPartnerRange('2026-12-07', '2026-12-11', 'en')).toBe('7–11 December 2026')
    expect(formatPartnerRange('2026-12-07', '2026-12-11', 'kk')).toBe('7–11 желтоқсан 2026 ж.')
    expect(formatPartnerRange('2026-12-07', '2026-12-11', 'zh')).toBe('2026年12月7日至11日')
    expect(formatPartnerRange('2026-11-30', '2026-12-02', 'zh')).toBe('2026年11月30日至12月2日')
  })
})

describe('the bilingual guest programme', () => {
  test('RU/EN: the same rows in two columns, lists of both sides, untranslated titles fall back', () => {
    const untitled = { ...visit.items[5]!, titleI18n: undefined }
    const doc = buildBriefing(
      { ...visit, items: visit.items.map((i) => (i.id === untitled.id ? untitled : i)) },
      directory,
      { variant: 'guest', second: 'en', approval: true },
      context,
    )
    const [guest, delegation, hosts] = doc.sections
    if (guest?.kind !== 'guest' || !guest.second) throw new Error('no bilingual programme')
    const two = guest.second
    expect(two.heading).toBe('PROGRAMME')
    expect(two.title).toBe('of the visit of the delegation of Zhambyl Region')
    expect(two.subtitle).toBe('Leningrad Region, 7–11 December 2026')
    expect(two.days.map((d) => d.rows.length)).toEqual(guest.days.map((d) => d.rows.length))
    expect(two.days[1]!.heading).toBe('8 December, Tuesday')
    const rows = two.days.flatMap((d) => d.rows)
    expect(rows[0]!.event).toBe('Arrival of the Zhambyl Region delegation, welcome at the airport')
    expect(rows[0]!.place).toBe('Pulkovo Airport, Saint Petersburg')
    // No translation: the kind of the event, never the Russian words in Latin letters.
    const press = two.days.flatMap((d) => d.rows)[
      guest.days.flatMap((d) => d.rows).findIndex((r) => r.event === untitled.title)
    ]
    expect(press?.event).toBe('Press approach')
    expect(rows.map((r) => r.participants).join(' ')).toContain('Alexander Kyalin')
    expect(delegation?.kind === 'roster' && delegation.rows[0]).toEqual({
      n: '1',
      name: 'Есмагамбетова Айжан Серикбаевна',
      position:
        'Заместитель акима Жамбылской области, руководитель делегации, Акимат Жамбылской области',
      secondName: 'Aizhan Yesmagambetova',
      secondPosition: 'Deputy Akim of Zhambyl Region, head of the delegation',
    })
    expect(hosts?.kind === 'roster' && hosts.secondHeading).toBe('Host side')
    const html = renderBriefingHtml(doc, { fontCss: '' })
    expect(html).toContain('<h1 class="guest-heading">PROGRAMME</h1>')
    expect(html).toContain('lang="en"')
    expect(html).toContain('УТВЕРЖДАЮ')
  })

  test('RU/ZH and RU/KK carry their own words; the passport columns never appear', () => {
    const zh = buildBriefing(visit, directory, { variant: 'guest', second: 'zh' }, context)
    const [g] = zh.sections
    if (g?.kind !== 'guest' || !g.second) throw new Error('no bilingual programme')
    expect(g.second.heading).toBe('日程安排')
    expect(g.second.title).toBe('江布尔州代表团访问')
    expect(g.second.days[0]!.rows[0]!.place).toBe('普尔科沃机场，圣彼得堡')
    // Chinese punctuation in the Chinese column's header too.
    expect(renderBriefingHtml(zh, { fontCss: '' })).toContain('活动，地点')
    const kk = buildBriefing(visit, directory, { variant: 'guest', second: 'kk' }, context)
    const [k] = kk.sections
    expect(k?.kind === 'guest' && k.second?.days[0]!.rows[0]!.event).toBe(
      'Жамбыл облысы делегациясының келуі, әуежайда қарсы алу',
    )
    const withPassport = {
      ...directory,
      people: directory.people.map((p) => ({
        ...p,
        passport: { series: '0000', number: '999999' },
      })),
    }
    const html = renderBriefingHtml(
      buildBriefing(visit, withPassport, { variant: 'guest', second: 'en' }, context),
      { fontCss: '' },
    )
    expect(html).not.toContain('999999')
  })

  test('what still lacks a translation is listed for the officer', () => {
    const bare = {
      ...visit,
      partnerRegionI18n: undefined,
      items: visit.items.map((i, n) => (n === 0 ? { ...i, titleI18n: undefined } : i)),
    }
    const missing = missingTranslations(bare, { ...directory, venues: [] }, 'en')
    expect(missing.map((m) => m.kind)).toEqual(['region', 'item'])
    expect(missingTranslations(visit, directory, 'en')).toEqual([])
  })
})

describe('site memos in the partners’ languages', () => {
  test('the English briefing prints the memo’s English; a line without one is marked (RU)', () => {
    const en = buildBriefing(visit, directory, { lang: 'en' }, context)
    const memos = en.sections.find((s) => s.id === 'memos')
    if (memos?.kind !== 'memo') throw new Error('no memos')
    const npp = memos.sites.find((site) => site.name.includes('Leningrad'))!
    expect(npp.lines.find((l) => l.label === 'Photography')?.value).toMatch(
      /^Photo and video on the plant’s grounds only with permission/,
    )
    // A site whose memo is Russian only says so rather than passing it off as English.
    const other = memos.sites.find((site) => site !== npp)
    if (other) expect(other.lines.every((l) => l.value.startsWith('(RU) '))).toBe(true)
  })

  test('the guests’ RU/EN copy prints each memo line in both; RU/ZH lists it as untranslated', () => {
    const ruEn = buildBriefing(visit, directory, { variant: 'guest', second: 'en' }, context)
    const memos = ruEn.sections.find((s) => s.id === 'memos')
    if (memos?.kind !== 'memo') throw new Error('no memos')
    expect(memos.heading).toBe('Памятки по объектам / Site memos')
    const npp = memos.sites.find((site) => site.name.startsWith('Ленинградская АЭС'))!
    const dress = npp.lines.find((l) => l.label.startsWith('Форма одежды / Dress code'))!
    expect(dress.value.split('\n')).toEqual([
      expect.stringMatching(/^Деловая одежда/),
      expect.stringMatching(/^Business clothes/),
    ])
    expect(
      missingTranslations(visit, directory, 'en').some(
        (m) => m.kind === 'memo' && m.id === 'leningrad-npp',
      ),
    ).toBe(false)
    expect(
      missingTranslations(visit, directory, 'zh').some(
        (m) => m.kind === 'memo' && m.id === 'leningrad-npp',
      ),
    ).toBe(true)
  })
})
