// Programme events: the rules that turn sentences into meetings, tours, signings and the rest.
// Part of the press-release reader (../parse-press-release.ts).
import { type ItemKind } from '../../domain/itinerary-item'
import { type DateMention, type FoundDocument, type FoundEvent, type Sentence } from './types'
import {
  type Phrase,
  type PhraseOptions,
  type Token,
  adjectivesBefore,
  collectList,
  isAdjective,
  phraseAfter,
  tokenIndexAt,
  tokenize,
} from './phrases'
import { type PersonMention, nationality, personInCase } from './people'
import {
  FUTURE,
  ASIDE,
  type Match,
  after,
  capitalise,
  collapse,
  isCapitalised,
  reading,
  stemRe,
  wordRe,
} from './text'
import { type Case, adjectiveIn, eventTitle, headToCase, tidyTitle } from './grammar'
import { FOREIGN_RE, HOME_RE } from './places'
import { dateAt, withoutDates } from './dates'
import { SIGNING, contentStems, documentGenitive } from './documents'

interface SentenceContext {
  s: Sentence
  index: number
  /** Plain text with dates blanked: what titles are cut from. */
  text: string
  tokens: Token[]
  people: PersonMention[]
}

/** What a rule makes: an event and where the words it read end (later rules skip them). */
type Draft = Omit<FoundEvent, 'sentence' | 'at' | 'date'> & { end: number }

interface EventRule {
  re: RegExp
  build: (ctx: SentenceContext, m: Match) => Draft[]
}

const MEMORIAL =
  /мемориал|памятник|монумент|обелиск|братск\p{L}* могил|захоронени|вечн\p{L}* огн|пискар[её]вск|могил|кладбищ|стел[аыуе]/iu

/** A trade, industrial or universal exhibition: business, not an art show. */
const TRADE_SHOW =
  /(?:промышленн|универсальн|торгов|сельскохозяйственн|сельхоз|агропромышленн|инвестиционн|экономическ|отраслев)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:выставк|экспозици)/iu

const GATHERING =
  /форум|конференци|заседани|сесси[ияю]|саммит|конгресс|экспо(?![\p{L}])|ярмарк|семинар|круглом\s+столе|круглый\s+стол|съезд|пленарн/iu

const CULTURAL =
  /фестивал|концерт|спектакл|театр|музе|дворец|дворц|эрмитаж|замок|замк|усадьб|собор|храм|монастыр|крепост|галере|выставк|филармони|балет|опер[аыуе]|капелл/iu

/** Works and institutions: an excursion there is a site tour ('экскурсия на Ленинградскую АЭС'). */
const SITE =
  /станци|аэс|завод|предприяти|комбинат|порт|терминал|фабрик|производств|технопарк|университет|колледж|больниц|ферм|агрохолдинг|кампус|лаборатори|школ|оэз|индустриальн/iu

/** Heads of objects that are not sites: people ('посетила делегация') and whole territories. */
const NOT_A_SITE =
  /^(?:делегаци|гост|член|губернатор|вице-|посол|посл[ауо]|министр|глав[аыеу]|мэр|аким|хоким|председател|заместител|руководител|представител|участник|стран[аыуе]?|регион|област[ьи]|республик|провинци|город|край|столиц|район|аймак|уезд|округ|муниципалитет)/iu

/** The object's head word (first word that is not an adjective in its case). */
function headWord(phrase: string, c: Case): string {
  return phrase.split(' ').find((w) => !adjectiveIn(w, c)) ?? ''
}

/** A territory or person visited is the visit itself: 'посетила Ленинградскую область', 'Минск'. */
function isNotASite(phrase: string, c: Case): boolean {
  // 'областной центр', 'административный центр': the town itself.
  if (/^(?:областн|административн|районн|краев)\p{L}*\s+центр/iu.test(phrase)) return true
  // 'шесть из семи побратимских муниципальных образований': a count, not a site.
  if (
    /^(?:\d+|один|одн|дв|три|тр[её]х|четыр|пят|шест|сем|восьм|девят|десят|несколько)\p{L}*\s+из\s/iu.test(
      phrase,
    )
  )
    return true
  const head = headWord(phrase, c)
  if (NOT_A_SITE.test(head) || EVENT_NOUN.test(head)) return true
  return isCapitalised(head) && (FOREIGN_RE.test(head) || HOME_RE.test(head))
}

const EVENT_NOUN =
  /^(?:экскурси|форум|конференци|заседани|церемони|открыти|встреч|переговор|при[её]м|обед|ужин)/iu

/** Performances seen, not places: the venue is the building named with them. */
const PERFORMANCE = /^(?:концерт|спектакл|выставк|шоу|представлени|экспозици|постановк)/iu

const REFERS_BACK =
  /(?:итогам|ходе|рамках|результатам|после|завершении|время|полях|участник\p{L}*|ряд|серию|цикл)\s+(?:\p{L}+\s+)?$/iu

const HAPPENED =
  /(?:прош[её]л|прошла|прошло|прошли|проход(?:ит|ят)|устроил\p{L}*|состоял\p{L}*|состоится|состоятся|пройд[её]т|пройдут|открыл\p{L}*|открыт[аыо]?|откроется|откроются|стартовал\p{L}*|стартует|организован\p{L}*|организуют|проведен\p{L}*|провел\p{L}*|проведут|проведет|был[аои]?\s+дан\p{L}*|будет\s+дан\p{L}*|запланирован\p{L}*|намечен\p{L}*|ожида(?:ется|ются)|станет|станут|покаж(?:ет|ут)|покажет|представ(?:ит|ят|или|ил|ила)|завершил\p{L}*|завершится|дад(?:ут|ит)|дали|дал[аи]?|в[её]з[её]т|везут|привез\p{L}*|организовал\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}$/iu

/** The same verbs after a gathering named first ('Заседание комиссии пройдёт 23 октября'). */
const HAPPENS_AFTER =
  /^[^.!?]{0,140}?(?<![\p{L}])(?:прош[её]л|прошла|прошло|прошли|состоял\p{L}*|состоится|состоятся|пройд[её]т|пройдут|откроется|откроются|начн[её]тся|стартует|стартовал\p{L}*|будет\s+работать)(?![\p{L}])/iu

const NEXT_YEAR_AFTER =
  /^[^.!?]{0,40}?котор\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:состоится|состоятся|пройд[её]т|пройдут|будет|будут|планируется)[^.!?]{0,50}?(?:(?:будущего|следующего|предстоящего)\s+года|(?<!\d\s)в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?![\p{L}]))/iu

/** A sentence starting so continues the day of the last date ('Затем…', 'Вечером…'). */
export const CONTINUATION =
  /^(?:затем|после\s+этого|потом|далее|позднее|позже|вечером|днём|днем|утром|в\s+завершение|в\s+заключение|по\s+итогам|по\s+завершении|после\s+(?:встречи|переговоров|церемонии|экскурсии)|там\s+же|здесь\s+же|на\s+полях)(?![\p{L}])/iu

/** The kind an object or gathering implies: memorial, conference or culture, else the fallback. */
function kindOf(text: string, fallback: ItemKind): ItemKind {
  // 'церемония открытия памятника': a festivity, not a homage (an EXPO's opening is the EXPO's).
  if (/церемони\p{L}*\s+открыти/iu.test(text) && !GATHERING.test(text) && !TRADE_SHOW.test(text))
    return 'cultural'
  // ('памятники Казанского Кремля', 'Мемориальный музей': sights, not a memorial)
  if (
    MEMORIAL.test(text) &&
    !(SIGHTS.test(text) && /памятник|мемориальн\p{L}*\s+(?:дом-)?музе/iu.test(text))
  )
    return 'memorial'
  if (GATHERING.test(text) || TRADE_SHOW.test(text)) return 'conference'
  if (SPORT.test(text)) return 'site-tour'
  if (PERFORMANCES.test(text)) return 'cultural'
  // 'праздничный вечер', 'торжественное открытие Дома дружбы': a festivity — but the opening of
  // an institution ('торжественное открытие центра открытого образования') is its business.
  if (
    /(?<![\p{L}])(?:торжественн|праздничн|юбилейн)\p{L}*\s+(?:вечер|приём|прием|мероприяти|собрани)/iu.test(
      text,
    ) ||
    (/(?<![\p{L}])торжественн\p{L}*\s+открыти/iu.test(text) && !INSTITUTION.test(text))
  )
    return 'cultural'
  return SIGHTS.test(text) ? 'excursion' : CULTURAL.test(text) ? 'cultural' : fallback
}

/** What is opened as a place of work or study, not a festivity. */
const INSTITUTION =
  /центр|филиал|представительств|офис|вуз|университет|колледж|школ|завод|предприяти|корпус|консульств|торгов\p{L}*\s+дом/iu

/** Sports grounds are sites ('дворец водных видов спорта'), not sights. */
const SPORT = /спорт|стадион|арен[аыуе]|ледов\p{L}* двор|олимпийск\p{L}* резерв/iu

/** What is watched or listened to: culture. */
const PERFORMANCES =
  /фестивал|карнавал|концерт|(?<![\p{L}])[её]лк[аеиу](?![\p{L}])|парад(?![\p{L}])|парад[аеу]|церемони(?!\p{L}*\s+(?:подписани|возложени))|чемпионат|турнир|спектакл|театр|филармони|балет|опер[аыуе]|капелл|шоу|выставк(?!\p{L}*\s+зал)|праздн|торжеств(?!енн)|сабантуй|сабантуя|навруз|масленниц|(?<![\p{L}])дн(?:и|ей|ям|ями|ях)\s+(?:[\p{L}-]+\s+){0,2}?(?:культур|город|област|республик|кра[яюе]|регион)/iu

/** What is seen on a tour: museums, palaces, reserves, parks, old towns. */
const SIGHTS =
  /историческ\p{L}*\s+(?:мест|объект|памятник|центр)|(?:знаков|святы|памятн|знаменит|живописн)\p{L}*\s+мест|музе|дворец|дворц|эрмитаж|замок|замк|усадьб|собор|храм|монастыр|мечет|мавзоле|крепост|заповедник|национальн\p{L}* парк|(?<!индустриальн\p{L}*\s|технологическ\p{L}*\s|промышленн\p{L}*\s|научн\p{L}*\s|\p{L}*-)парк(?![\p{L}]|а\s+«|е\s+«)|пущ|достопримечательн|кремл|галере|выставочн\p{L}* зал|пешеходн\p{L}* (?:зон|улиц)|набережн|(?<![\p{L}])озер|историей\s+(?:и\s+культурой\s+)?(?:город|\p{Lu})/iu

const slice = (ctx: SentenceContext, p: Phrase) => collapse(ctx.text.slice(p.start, p.end))

/** One event made from the phrase that follows the trigger. */
function phraseEvent(
  ctx: SentenceContext,
  from: number,
  make: (phrase: string) => Omit<Draft, 'end'>,
  options?: PhraseOptions,
): Draft[] {
  const p = phraseAfter(ctx.tokens, from, options)
  return p ? [{ ...make(slice(ctx, p)), end: p.end }] : []
}

const VENUE_HEAD =
  /^(?:дом|здани|резиденци|центр|университет|музе|театр|двор|зал|посольств|консульств|акимат|хокимият|администраци|правительств|стенд|павильон|кремл|собор|библиотек|колледж|академи|институт)\p{L}*$/iu

/** A venue named 'в/на' + a building in the sentence: 'в доме правительства региона'. */
function sentenceVenue(ctx: SentenceContext): string | undefined {
  for (const m of ctx.text.matchAll(/(?<![\p{L}])(?:в|во|на)\s+/giu)) {
    const p = phraseAfter(ctx.tokens, after(m))
    if (p && VENUE_HEAD.test(headWord(slice(ctx, p), 'prep')))
      return tidyTitle(headToCase(slice(ctx, p), 'prep', 'nom'))
  }
  return undefined
}

/** The venue named by an object phrase, when it is a proper name (a capital or «quotes»). */
function venueOf(phrase: string, c: Case): string | undefined {
  return /\p{Lu}|«/u.test(phrase) ? tidyTitle(headToCase(phrase, c, 'nom')) : undefined
}

const withVenue = (venueName: string | undefined) => (venueName ? { venueName } : {})

/** 'Встреча губернатора … с Послом …' from the people in the sentence, when the noun says no more. */
function titleFromPeople(ctx: SentenceContext, word: string): string {
  const withWhom = ctx.people.find(
    (p) => /(?<![\p{L}])[сС]\s+$/u.test(ctx.s.text.slice(0, p.start)) && p.c === 'ins',
  )
  const who = ctx.people.find(
    (p) => p !== withWhom && p.c === 'nom' && ctx.s.plain.slice(p.start, p.end).trim(),
  )
  const withText = withWhom ? `с ${ctx.s.text.slice(withWhom.start, withWhom.end)}` : ''
  return tidyTitle(`${word} ${who && withWhom ? personInCase(who, 'gen') : ''} ${withText}`)
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** A title from an event noun: adjectives before it, the noun in the nominative, the phrase after. */
function nounTitle(ctx: SentenceContext, m: Match, lemma: string): { title: string; end: number } {
  const nominative = m[0].toLowerCase() === lemma || m[0].toLowerCase() === lemma.replace('ё', 'е')
  // Adjectives agree with the noun, so they are kept only when it is already nominative.
  const before = nominative ? adjectivesBefore(ctx.tokens, m.index) : ''
  const p = phraseAfter(ctx.tokens, after(m))
  const tail = p && p.start - after(m) < 3 ? slice(ctx, p) : ''
  return {
    // Only the noun is lower-cased: the names after it keep their capitals ('Дни провинции Хейлунцзян').
    title: tidyTitle(`${before} ${lowerFirst(nominative ? m[0] : lemma)} ${tail}`),
    end: p?.end ?? after(m),
  }
}

/** 'приняла участие в пленарном заседании …' → 'Участие в пленарном заседании …'. */
function participation(ctx: SentenceContext, m: Match): Draft[] {
  // 'примет участие в том числе и Губернский оркестр': who takes part, not in what.
  if (/^\s*(?:том\s+числе|числе)(?![\p{L}])/iu.test(ctx.text.slice(after(m)))) return []
  const p = phraseAfter(ctx.tokens, after(m))
  if (!p) return []
  // 'участие в проектах территории опережающего развития': work shared, not an event.
  const what = slice(ctx, p)
  if (
    /^(?:[\p{L}-]+\s+){0,2}?(?:проект|реализаци|развити|создани|строительств|программ|финансировани|инвестиц)\p{L}*(?![\p{L}])/iu.test(
      what,
    ) &&
    !EVENT_WORD.test(what)
  )
    return []
  // 'в военном параде … и в церемонии полуденного выстрела': one item per event taken part in.
  const parts = slice(ctx, p)
    // 'в Евразийском форуме городов и Российско-турецкой конференции по туризму': two gatherings.
    .split(
      /\s+и\s+(?=(?:в|во|на)\s|(?:[\p{L}-]+\s+){0,3}?(?:форум|конференци|выставк|фестивал|саммит|заседани|церемони|ярмарк|концерт|праздник)\p{L}*(?![\p{L}]))|,\s*а\s+также\s+(?=(?:в|во|на)\s)/u,
    )
    // '… и в реализации проектов': only what names an event of its own is another item.
    .filter((part, i) => i === 0 || listedKind(part) !== undefined || EVENT_WORD.test(part))
  return parts.map((part, i) => ({
    // 'примет участие в подписании ряда соглашений': a signing.
    kind: /^(?:в\s+)?(?:церемонии\s+)?подписани/iu.test(part)
      ? 'signing'
      : kindOf(part, 'conference'),
    title: tidyTitle(
      i === 0 || !/^(?:в|во|на)\s/u.test(part) ? `Участие в ${part}` : `Участие ${part}`,
    ),
    end: p.end,
  }))
}

const EVENT_WORD =
  /^(?:в|во|на)\s+(?:[\p{L}-]+\s+){0,2}?(?:церемони|открыти|парад|мероприяти|акци|торжеств|праздн)/iu

/** Who performs: a theatre, an ensemble, artists — their 'выступление' is a performance. */
const PERFORMER =
  /(?:театр|ансамбл|коллектив|артист|хор(?![\p{L}])|хора|оркестр|исполнител|солист|музыкант|трупп|танцор|певц|певиц|вокалист)\p{L}*/iu

/**
 * 'Государственный абазинский театр показал спектакль «Сын Абхазии»', 'ансамбль «Меркурий»
 * выступил с программой': a performance, titled with the performer.
 */
function performed(ctx: SentenceContext, m: Match): Draft[] {
  // 'Ансамбль «Меркурий»' opening the sentence: a common noun, lower-cased in the title.
  const who = m[1]!
    .trim()
    .replace(/^\p{Lu}\p{Ll}+/u, (w) => (PERFORMER.test(w) ? w.toLowerCase() : w))
  const what = m[2]!.toLowerCase()
  const piece = /^спектакл/u.test(what)
    ? `Спектакль${/^\s*«[^»]+»/u.exec(ctx.text.slice(after(m)))?.[0] ?? ''}`
    : /^концерт/u.test(what)
      ? 'Концерт'
      : 'Выступление'
  return [
    {
      kind: 'cultural',
      title: tidyTitle(`${piece} ${headToCase(who, 'nom', 'gen')}`),
      end: after(m),
    },
  ]
}

/** 'выступил на Российско-Китайском форуме' → 'Выступление на Российско-Китайском форуме'. */
function speaking(ctx: SentenceContext, m: Match): Draft[] {
  // 'Артисты выступили на главной площади города': a performance, not a speech.
  const performers = PERFORMER.test(ctx.text.slice(Math.max(0, m.index - 60), m.index))
  return phraseEvent(ctx, after(m), (phrase) => ({
    kind: performers ? 'cultural' : kindOf(phrase, 'conference'),
    title: tidyTitle(`Выступление на ${phrase}`),
  }))
}

/** 'ознакомилась с работой Центра управления регионом' → a site tour at that centre. */
function acquaintance(ctx: SentenceContext, m: Match): Draft[] {
  const p = phraseAfter(ctx.tokens, after(m))
  if (!p) return []
  const phrase = slice(ctx, p)
  const work = /^(?:работой|деятельностью|опытом\s+работы)\s+/iu.exec(phrase)?.[0] ?? ''
  // 'с работой научно-производственных организаций и медицинских учреждений': two sites, unless
  // 'и' joins adjectives of one noun ('промышленных и сельскохозяйственных предприятий').
  const and = work ? /\s+и\s+/u.exec(phrase) : null
  const parts =
    and && !isAdjective(phrase.slice(0, and.index).split(' ').at(-1) ?? '')
      ? [phrase.slice(0, and.index), `${work}${phrase.slice(and.index + and[0].length)}`]
      : [phrase]
  return parts.map((part) => {
    const place = part.replace(/^(?:работой|деятельностью|опытом\s+работы)\s+/iu, '')
    // 'познакомились с Брестом', 'с самим городом': the town, a sightseeing tour.
    const town =
      !work &&
      (/^(?:самим\s+)?(?:город|столиц)\p{L}*(?:\s+\p{Lu}[\p{L}-]*)?$/iu.test(part) ||
        FOREIGN_RE.test(part) ||
        HOME_RE.test(part)) &&
      part.split(' ').length <= 2
    return {
      kind: town ? 'excursion' : kindOf(part, 'site-tour'),
      title: tidyTitle(`Знакомство с ${part}`),
      ...withVenue(place !== part ? venueOf(place, 'gen') : undefined),
      end: p.end,
    }
  })
}

/** 'возложили цветы к мемориалу «Разорванное кольцо»' → a memorial item at that memorial. */
function wreathLaying(ctx: SentenceContext, m: Match): Draft[] {
  const what = /венк|венок/iu.test(m[0]) ? 'венков' : /гирлянд/iu.test(m[0]) ? 'гирлянды' : 'цветов'
  return phraseEvent(ctx, after(m), (phrase) => ({
    kind: 'memorial',
    title: tidyTitle(`Возложение ${what} ${phrase}`),
    ...withVenue(venueOf(phrase.replace(/^(?:к|у)\s+/iu, ''), 'dat')),
  }))
}

/** 'почтили память защитников Ленинграда'. */
function homage(ctx: SentenceContext, m: Match): Draft[] {
  return phraseEvent(ctx, after(m), (phrase) => ({
    kind: 'memorial',
    title: tidyTitle(`Почтение памяти ${phrase}`),
  }))
}

/** 'экскурсия на Ленинградскую АЭС' is a site tour; 'экскурсия по парку «Монрепо»' an excursion. */
function excursion(ctx: SentenceContext, m: Match): Draft[] {
  const p = phraseAfter(ctx.tokens, after(m))
  const phrase = p && /^(?:на|по|в|во)\s/iu.test(slice(ctx, p)) ? slice(ctx, p) : ''
  const object = phrase.replace(/^\p{L}+\s+/u, '')
  const c: Case = /^по\s/iu.test(phrase)
    ? 'dat'
    : /[еи]$/u.test(headWord(object, 'prep'))
      ? 'prep'
      : 'acc'
  return [
    {
      kind: SITE.test(phrase) ? 'site-tour' : 'excursion',
      title: tidyTitle(`${adjectivesBefore(ctx.tokens, m.index)} экскурсия ${phrase}`),
      ...withVenue(object ? venueOf(object, c) : undefined),
      end: p && phrase ? p.end : after(m),
    },
  ]
}

/** Those who meet the delegation, named as a body: 'руководство мэрии Бишкека'. */
const GROUP_SUBJECT =
  /(?:^|[,;:]\s+|\s)(руководство|руководители|представители|члены|депутаты|сотрудники)\s+((?:[\p{L}«»"-]+\s+){1,6}?)$/iu
const GROUP_INS: Record<string, string> = {
  руководство: 'руководством',
  руководители: 'руководителями',
  представители: 'представителями',
  члены: 'членами',
  депутаты: 'депутатами',
  сотрудники: 'сотрудниками',
}

/** 'встретились с вице-губернатором …' → 'Встреча с вице-губернатором …'. */
function meetingWith(ctx: SentenceContext, m: Match): Draft[] {
  // 'руководство мэрии Бишкека встретилось с делегацией': the visitors are met by the subject.
  const visitors = /^(?:[\p{L}-]+\s+){0,2}?(?:делегаци|гост)\p{L}*/iu.exec(ctx.text.slice(after(m)))
  const subject = visitors && GROUP_SUBJECT.exec(ctx.text.slice(0, m.index))
  if (subject)
    return [
      {
        kind: 'meeting',
        title: tidyTitle(
          `Встреча с ${GROUP_INS[subject[1]!.toLowerCase()] ?? subject[1]!} ${subject[2]!.trim()}`,
        ),
        end: after(m) + visitors[0].length,
      },
    ]
  const drafts = phraseEvent(ctx, after(m), (phrase) => ({
    kind: 'meeting',
    title: tidyTitle(`Встреча с ${phrase}`),
  }))
  const out = drafts
    .flatMap((d) => byCounterpart(ctx, d, m.index, 'Встреча'))
    // 'с руководством провинции Хэйлунцзян и инвесторами': two groups met, two meetings.
    .flatMap((d) => {
      const and = GROUP_AFTER_AND.exec(d.title)
      return and
        ? [
            { ...d, title: d.title.slice(0, and.index) },
            { ...d, title: tidyTitle(`Встреча с ${d.title.slice(and.index + and[1]!.length)}`) },
          ]
        : [d]
    })
  return out.length ? [...out, ...morePosts(ctx, out.at(-1)!.end, 'Встреча', 'meeting')] : out
}

const GROUP_AFTER_AND =
  /(\s+и\s+)(?=(?:инвестор|предпринимател|ветеран|активист|студент|молод[её]ж|общественност|журналист|бизнесмен|представител|руководств)\p{L}*(?:ами|ями|ом|ью)(?![\p{L}]))/u

/** An official named by post in the instrumental ('вице-министром индустрии', 'с министром …'). */
const NEXT_POST = new RegExp(
  String.raw`^\s*(?:,\s*(?:а\s+также\s+)?|\s+и\s+|\s+а\s+также\s+)(?:со?\s+)?(?=(?:(?:перв|генеральн|чрезвычайн|полномочн|торгов|российск|народн)\p{L}*\s+(?:и\s+)?)*(?:вице-|зам(?:\.|естител\p{L}*\s+))?(?:министр|губернатор|мэр|аким|хоким|глав|председател|заместител|руководител|руководств|посл|президент|премьер-министр|ректор|директор|секретар|консул|генконсул|депутат|представител|инвестор|предпринимател|ветеран|активист|студент|молод[её]ж|общественност|журналист|бизнесмен|правительств|администраци)\p{L}*(?:ом|ем|ой|ей|ами|ями|ью)(?![\p{L}]))`,
  'iu',
)

/**
 * 'встретится с акимом Астаны X, вице-министром индустрии, с министром транспорта': after the
 * first counterpart, one item for each official named by post in the list.
 */
function morePosts(ctx: SentenceContext, from: number, lemma: string, kind: ItemKind): Draft[] {
  const out: Draft[] = []
  let at = from
  for (;;) {
    const next = NEXT_POST.exec(ctx.text.slice(at))
    if (!next) return out
    const p = phraseAfter(ctx.tokens, at + next[0].length)
    if (!p) return out
    out.push({ kind, title: tidyTitle(`${lemma} с ${slice(ctx, p)}`), end: p.end })
    at = p.end
  }
}

/**
 * 'встречи с Президентом … Лукашенко и Премьер-министром … Головченко': one item per named
 * counterpart, each titled with the words that name them.
 */
function byCounterpart(ctx: SentenceContext, d: Draft, from: number, lemma: string): Draft[] {
  const named = ctx.people.filter((p) => p.c === 'ins' && p.start >= from && p.end <= d.end)
  if (named.length < 2) return [d]
  return named.map((p, i) => ({
    kind: d.kind,
    title: tidyTitle(`${lemma} с ${ctx.s.text.slice(p.start, p.end)}`),
    end: i === named.length - 1 ? d.end : p.end,
  }))
}

/** 'гостей принял вице-губернатор X' → 'Встреча с вице-губернатором X'. */
/** 'принял заместитель министра коммерции КНР': an official named by post only. */
const POST_AFTER =
  /^\s+((?:(?:вице-|перв\p{L}+\s+)?(?:губернатор|министр|заместител\p{L}*|глав\p{L}*|мэр|аким|хоким|председател\p{L}*|руководител\p{L}*|посол|президент|премьер-министр))(?:\s+[\p{L}-]+){0,5}?)(?=[,.;]|\s+(?:и|в|во|на)\s|$)/iu

function receivedBy(ctx: SentenceContext, m: Match): Draft[] {
  // 'делегацию … принял Шавкат Мирзиёев': the one named after the verb receives.
  const verbEnd = m.index + m[0].length
  const named = ctx.people.find((p) => p.start >= verbEnd && p.start - verbEnd < 40)
  const post = named ? null : POST_AFTER.exec(ctx.text.slice(verbEnd))
  if (post)
    return [
      {
        kind: 'meeting',
        title: tidyTitle(`Встреча с ${personInCase({ position: post[1]!, fullName: '' }, 'ins')}`),
        end: verbEnd + post[0].length,
      },
    ]
  // 'с российскими чиновниками встретились секретарь … Ши Линь и мэр города Чжоу Чжэньхай':
  // one meeting with each host named after the verb.
  const hosts = ctx.people.filter(
    (p) => p.c === 'nom' && p.start >= verbEnd && p.start - verbEnd < 90,
  )
  if (hosts.length > 1)
    return hosts.map((h) => ({
      kind: 'meeting',
      title: tidyTitle(`Встреча с ${personInCase(h, 'ins')}`),
      end: h.end,
    }))
  // 'Карен Саркисян приветствовал визит делегации': the one named just before the verb.
  const subject = ctx.people.find(
    (p) =>
      p.c === 'nom' &&
      p.end <= m.index &&
      // 'М. Даудов тепло поприветствовал гостей': an adverb between.
      /^[\s,]*(?:\p{L}+о\s+)?$/u.test(ctx.text.slice(p.end, m.index)),
  )
  // The guests are named with the delegation, before the verb; the host is someone else.
  const host =
    named ??
    subject ??
    ctx.people.find(
      (p) => (p.end <= m.index || p.start >= verbEnd) && nationality(p.position) === 'home',
    )
  if (!host) return [{ kind: 'meeting', title: 'Встреча', end: verbEnd }]
  return [
    { kind: 'meeting', title: tidyTitle(`Встреча с ${personInCase(host, 'ins')}`), end: host.end },
  ]
}

/** 'X принял Y', 'гостей приветствовал заместитель главы Y': a meeting with the one named. */
function receivedWhom(ctx: SentenceContext, m: Match): Draft[] {
  const verbEnd = m.index + m[0].length
  const guest = ctx.people.find((p) => p.start >= verbEnd && p.start - verbEnd < 60)
  if (!guest) return []
  // 'X принял Y' (Y in the accusative): Y is the one met, as the host sees it; 'гостей
  // приветствовал Y' (Y in the nominative): Y receives them.
  const met = guest.c === 'acc' || guest.c === 'gen'
  if (!met && !(guest.c === 'nom' && /приветствов/iu.test(m[0]))) return []
  return [
    {
      kind: 'meeting',
      title: tidyTitle(`Встреча с ${personInCase(guest, 'ins')}`),
      end: guest.end,
    },
  ]
}

/** 'обсудил с заместителем акима X ряд вопросов' (no meeting named) → talks with X. */
function discussedWith(ctx: SentenceContext, m: Match): Draft[] {
  if (/встреч|переговор/iu.test(ctx.text)) return []
  // 'Губернатор … Олег Мельниченко и хоким … Эркинжон Турдимов обсудили …': the two met.
  const subjects = ctx.people.filter((p) => p.c === 'nom' && p.end <= m.index)
  const [a, b] = subjects.slice(-2)
  if (
    a &&
    b &&
    /^\s+и\s+$/u.test(ctx.text.slice(a.end, b.start)) &&
    /^[\s,]*(?:[\p{L}-]+\s+)?$/u.test(ctx.text.slice(b.end, m.index))
  )
    return [
      {
        kind: 'meeting',
        title: tidyTitle(`Встреча ${personInCase(a, 'gen')} и ${personInCase(b, 'gen')}`),
        end: after(m),
      },
    ]
  const partner = ctx.people.find(
    (p) =>
      p.start > m.index &&
      p.c === 'ins' &&
      /(?<![\p{L}])[сС]\s+$/u.test(ctx.text.slice(0, p.start)),
  )
  // 'В администрации округа обсудили достигнутые успехи': a meeting held at that body.
  const at =
    /(?:^|[\s,])[вВ]\s+((?:администраци|мэри|акимат|хокимият|правительств|горисполком|облисполком|райисполком|резиденци|доме\s+правительства)\p{L}*(?:\s+(?!обсудил|обсудят|обсудит)[\p{L}-]+){0,3})\s+$/u.exec(
      ctx.text.slice(0, m.index),
    )
  if (!partner && at)
    return [{ kind: 'meeting', title: tidyTitle(`Встреча в ${at[1]}`), end: after(m) }]
  if (!partner) {
    // 'обсудят с руководством региона вопросы …': a body, not a named person.
    const body =
      /^\s+со?\s+((?:руководств|представител|коллег|правительств|администраци|членами)\p{L}*(?:\s+[\p{L}-]+){0,3}?)(?=\s+(?:вопрос|перспектив|возможност|направлени|сотрудничеств|развити|ход|итог|план|проект)|[,.;]|$)/iu.exec(
        ctx.text.slice(after(m)),
      )
    if (!body) return []
    return [
      {
        kind: 'talks',
        title: tidyTitle(`Переговоры с ${body[1]}`),
        end: after(m) + body[0].length,
      },
    ]
  }
  const title = `Переговоры с ${ctx.s.text.slice(partner.start, partner.end)}`
  return [{ kind: 'talks', title: tidyTitle(title), end: partner.end }]
}

/** 'переговоры …', 'встреча …' — but not 'по итогам переговоров', which points back to them. */
function talksOrMeeting(kind: 'talks' | 'meeting', lemma: string) {
  return (ctx: SentenceContext, m: Match): Draft[] => {
    const before = ctx.text.slice(0, m.index)
    // 'На встрече рассмотрены…', 'во время встречи': the meeting told already.
    const named = /^\p{L}*\s+(?:\p{L}+\s+){0,3}?со?\s/u.test(ctx.text.slice(m.index))
    // 'в рамках встречи с мэром Бишкека …': a meeting with a named counterpart is one, told or not.
    // 'На встрече Председателя Правительства Дагестана … с губернатором Гиляна …': the one who
    // met named in the genitive between.
    const who = ctx.people.find(
      (p) =>
        p.c === 'gen' && p.start >= after(m) && /^\s*$/u.test(ctx.text.slice(after(m), p.start)),
    )
    const counterpart = ctx.people.some(
      (p) =>
        p.c === 'ins' &&
        p.start > m.index &&
        (p.start - after(m) < 60 ||
          (who !== undefined && /^\s+со?\s+$/u.test(ctx.text.slice(who.end, p.start)))),
    )
    // 'во время встречи председателя облисполкома X и губернатора Y': who met is told here.
    const pair =
      ctx.people.filter((p) => p.c === 'gen' && p.start > m.index && p.start - after(m) < 90)
        .length >= 2
    // '… обсудили во время рабочей встречи губернатор Иркутской области Игорь Кобзев и губернатор
    // аймака Хубсугул …': the two who met, named after it in the nominative.
    const [a, b] = ctx.people.filter((p) => p.c === 'nom' && p.start >= after(m))
    if (
      a &&
      b &&
      /^\s*(?:[\p{L}-]+\s+)?$/u.test(ctx.text.slice(after(m), a.start)) &&
      /^\s+и\s+$/u.test(ctx.text.slice(a.end, b.start)) &&
      /(?:на|во\s+время|в\s+ходе|в\s+рамках)\s+(?:[\p{L}-]+\s+)?$/iu.test(before)
    )
      return [
        {
          kind,
          title: tidyTitle(
            `${capitalise(lemma)} ${personInCase(a, 'gen')} и ${personInCase(b, 'gen')}`,
          ),
          end: b.end,
        },
      ]
    if (REFERS_BACK.test(before) && !counterpart && !pair) return []
    // 'это 20-я официальная встреча на таком уровне': a count of meetings, not one more.
    if (
      /(?:\d+-(?:я|й|ая|ей)|(?:уже\s+)?(?:втор|трет|четв[её]рт|пят|шест|очередн)\p{L}*)\s+(?:[\p{L}-]+\s+)?$/iu.test(
        before,
      )
    )
      return []
    // 'Многочисленные фото со встречи …': pictures of it, not the meeting.
    if (/(?:фото\p{L}*|снимк\p{L}*|видео\p{L}*|кадр\p{L}*)\s+со?\s+$/iu.test(before)) return []
    if (!named && !counterpart && /^(?:на|во\s+время|после)\s+$/iu.test(before)) return []
    const t = nounTitle(ctx, m, lemma)
    const bare = t.title === capitalise(lemma)
    const next = ctx.text.slice(after(m))
    // 'Встреча в аэропорту' is the arrival; 'встреча делегаций' the talks.
    const kindHere: ItemKind =
      /^\s+(?:\p{L}+\s+)?(?:в|во)\s+аэропорт|^\s+(?:\p{L}+\s+)?на\s+вокзал/iu.test(next)
        ? 'arrival'
        : kind === 'meeting' && /^\s+делегаций/iu.test(next)
          ? 'talks'
          : kind
    const draft = {
      kind: kindHere,
      title: bare ? titleFromPeople(ctx, capitalise(lemma)) : t.title,
      end: t.end,
    }
    const out = byCounterpart(ctx, draft, m.index, capitalise(lemma))
    // 'встречи с руководством министерства, Послом России Игорем Моргуловым, заместителем …'
    return named && kindHere === 'meeting'
      ? [...out, ...morePosts(ctx, out.at(-1)!.end, capitalise(lemma), 'meeting')]
      : out
  }
}

/** 'торжественное открытие центра …' — not 'приурочен к открытию', which is a purpose. */
/** 'торжественно открыл Дни города на Неве' → 'Открытие Дней города на Неве'. */
function openedDays(ctx: SentenceContext, m: Match): Draft[] {
  return phraseEvent(ctx, after(m), (phrase) => ({
    kind: 'cultural',
    title: tidyTitle(
      `Открытие ${/^дни(?![\p{L}])/iu.test(phrase) ? phrase.replace(/^дни/iu, 'Дней') : headToCase(phrase, 'acc', 'gen')}`,
    ),
  }))
}

/** 'вопрос открытия', 'перспективы проведения концертов': a matter discussed, not an event. */
const MATTER_BEFORE =
  /(?:вопрос|возможност|перспектив|иде[юяи]|намерени|планы)\p{L}*\s+(?:(?:проведения|организации|совместного|совместных)\s+)?$/iu

function opening(ctx: SentenceContext, m: Match): Draft[] {
  const before = ctx.text.slice(0, m.index)
  if (/(?<![\p{L}])к\s+$/u.test(before) || REFERS_BACK.test(before)) return []
  // 'прорабатывается вопрос открытия центра': a matter, not an event.
  if (MATTER_BEFORE.test(before)) return []
  const t = nounTitle(ctx, m, 'открытие')
  return [{ kind: kindOf(t.title, 'conference'), title: t.title, end: t.end }]
}

/** A forum or a concert only where the text says it took place ('прошел форум', 'был дан концерт'). */
/** 'концертом' → 'концерт': a singular noun in its dictionary form; plurals ('дни') as written. */
function nominativeOf(word: string): string {
  // 'Дни провинции Хейлунцзян': a phrase, as written.
  if (/\s/u.test(word)) return word
  const top = reading.morph?.parse(word)[0]
  if (!top || !top.grammemes.has('NOUN') || !top.grammemes.has('sing') || top.grammemes.has('nomn'))
    return word
  return top.lemma
}

function tookPlace(kind: ItemKind) {
  return (ctx: SentenceContext, m: Match): Draft[] => {
    const before = ctx.text.slice(0, m.index)
    if (REFERS_BACK.test(before)) return []
    // 'перспективы проведения концертов': a matter discussed, not an event.
    if (MATTER_BEFORE.test(before)) return []
    const first = before.trim().split(/\s+/u).filter(Boolean).length <= 2
    return HAPPENED.test(before) || (first && HAPPENS_AFTER.test(ctx.text.slice(after(m))))
      ? nounEvent(ctx, m, kindOf(m[0], kind), nominativeOf(m[0]))
      : []
  }
}

/** 'официальный приём' is a reception; 'выездной консульский прием' serves the public (a meeting). */
function reception(ctx: SentenceContext, m: Match): Draft[] {
  const around = ctx.text.slice(Math.max(0, m.index - 30), after(m) + 20)
  // 'оказали радушный приём': a welcome, not a reception.
  if (/(?:радушн|тепл|тёпл|гостеприимн|сердечн)\p{L}*\s+$/iu.test(ctx.text.slice(0, m.index)))
    return []
  const kind = /консульск|личн|граждан/iu.test(around) ? 'meeting' : 'reception'
  return nounEvent(ctx, m, kind, m[0].replace(/(?:а|е|у|ом)$/u, ''))
}

/** 'прибыли в Санкт-Петербург' → 'Прибытие в Санкт-Петербург'. */
function arrival(ctx: SentenceContext, m: Match): Draft[] {
  // 'прибыла на Сахалин': an island or a land takes 'на'.
  const on = /\sна\s$/iu.test(m[0])
  const make = (phrase: string) => ({
    kind: 'arrival' as const,
    // ('… с рабочим визитом': the manner is no part of the place)
    title: tidyTitle(
      `Прибытие ${on ? 'на' : 'в'} ${phrase.replace(/\s+с\s+(?:[\p{L}-]+\s+)?(?:визитом|поездкой)(?![\p{L}]).*$/iu, '')}`,
    ),
  })
  // 'после прилета в Ханой губернатор …': the noun names the place only.
  if (/^прил[её]та/iu.test(m[0])) {
    const place = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/u.exec(ctx.text.slice(after(m)))
    return place ? [{ ...make(place[0]), end: after(m) + place[0].length }] : []
  }
  return phraseEvent(ctx, after(m), make, { splitOnAnd: true })
}

/** 'в Амурскую область приедет делегация' → 'Прибытие в Амурскую область'. */
function arrivalBefore(ctx: SentenceContext, m: Match): Draft[] {
  const place =
    /^(?:в|во)\s+((?:[\p{L}«»-]+\s+){1,22}?)(?=(?:прибыл|приед|прибуд|прилет|прибыва|приезжа|приехал))/iu.exec(
      m[0],
    )
  if (!place) return []
  // 'в Мурманскую область с официальным визитом прибыла …': the place ends where the manner starts.
  const words = place[1]!.trim().split(/\s+/u)
  const stop = words.findIndex((w) => /^(?:с|со|на|впервые|уже|сегодня|вчера|завтра)$/iu.test(w))
  const where = (stop > 0 ? words.slice(0, stop) : words).join(' ')
  // 'в составе делегации также прилетел посол', 'в образовательной сфере прибыли делегаты': no place.
  if (
    /^составе(?![\p{L}])/iu.test(where) ||
    !/\p{Lu}|област|кра[йюя]|город|столиц|район|республик|регион|аймак|провинци|округ|аэропорт/u.test(
      where,
    )
  )
    return []
  return [
    {
      kind: 'arrival',
      title: tidyTitle(`Прибытие в ${where}`),
      end: m.index + m[0].length,
    },
  ]
}

/** 'отбыла в Харбин' → 'Отъезд в Харбин'. */
function departure(ctx: SentenceContext, m: Match): Draft[] {
  const p = phraseAfter(ctx.tokens, after(m), { splitOnAnd: true })
  const where = p && /^(?:в|во|на)\s/iu.test(slice(ctx, p)) ? slice(ctx, p) : ''
  return [
    { kind: 'departure', title: tidyTitle(`Отъезд ${where}`), end: where && p ? p.end : after(m) },
  ]
}

/** Event rules in priority order: words one rule has read are not read again by later ones. */
const EVENT_RULES: EventRule[] = [
  {
    re: stemRe(
      '(?:принял[аи]?|приняли|примут|примет|принять)\\s+участие\\s+во?\\s|участвовал\\p{L}*\\s+во?\\s|(?:участи[еяю]|участвовать)\\s+во?\\s',
    ),
    build: participation,
  },
  {
    // 'В торжественной церемонии принял участие …': the event named before the verb.
    re: /(?<![\p{L}])(?:в|во|на)\s+(?:[\p{L}-]+\s+){0,2}?(?:церемони|праздновани|торжеств|мероприяти|открыти|форум|фестивал|концерт|заседани|конференци)\p{L}*(?:\s+[\p{L}«»-]+){0,6}?\s+(?=(?:принял[аи]?|приняли|примут|примет)\s+участие\s+(?:[\p{L}-]+\s+){0,3}?(?:делегаци|гост|член|представител|глав|губернатор|мэр|аким|хоким|президент|премьер|министр|посол|консул|генконсул|вице-|заместител|председател|руководител))/giu,
    build: (ctx, m) => {
      const phrase = collapse(m[0]).replace(/^(?:в|во|на)\s+/iu, '')
      return [
        {
          kind: kindOf(phrase, 'conference'),
          title: tidyTitle(`Участие в ${phrase}`),
          end: m.index + m[0].length,
        },
      ]
    },
  },
  { re: stemRe('выступил\\p{L}*\\s+(?:с\\s+\\p{L}+\\s+)?на\\s'), build: speaking },
  {
    re: /(?<![\p{L}])((?:[\p{Lu}\p{Ll}-]+\s+){0,3}?(?:театр|ансамбль|коллектив|хор|оркестр|артисты|исполнители|солисты|музыканты|труппа)(?:\s+«[^»]{1,60}»|\s+[\p{L}-]+(?:а|и|ы|ого|ой|ей|ых|их)){0,3}?)\s+(?:показал[аи]?|покажут|покажет|представил[аи]?|исполнил[аи]?|выступил[аи]?\s+с|выступят\s+с|выступит\s+с|дал[аи]?|дадут)\s+(?:[\p{L}-]+\s+){0,2}?(спектакл\p{L}*|концерт\p{L}*|программ\p{L}*|номер\p{L}*)(?![\p{L}])/giu,
    build: performed,
  },
  {
    // '6 августа в Пирдопе отмечали День города'
    re: /(?<![\p{L}])(?:отмечали|отмечал[аи]?|отметили|праздновали|праздновал[аи]?|отмечают|празднуют)\s+(?=(?:[\p{L}-]+\s+){0,2}?(?:день|дни|праздник|юбилей)(?![\p{L}]))/giu,
    build: (ctx, m) =>
      phraseEvent(ctx, after(m), (phrase) => ({
        kind: 'cultural',
        title: tidyTitle(phrase),
      })),
  },
  {
    re: stemRe(
      '(?:(?:ознакомил|ознакомит|ознакомят|познакомил|познакомит|познакомят)(?:ся|ась|ись)?|знакомит(?:ся|ись)|знакомятся|знакомил(?:ся|ась|ись)|знакомств[оа])\\s+со?\\s',
    ),
    build: acquaintance,
  },
  {
    re: wordRe(
      'возлож(?:ил[аи]?|или|ат|ит|ить|ение|ения)\\s+(?:цвет(?:ы|ов)|венк(?:и|ов|а)|венок|гирлянд\\p{L}*)',
    ),
    build: wreathLaying,
  },
  { re: stemRe('почтил\\p{L}*\\s+память'), build: homage },
  {
    re: wordRe(
      'посетил[аи]?|посетят|посетит|посетить|осмотрел[аи]?|осмотрят|осмотрит|осмотреть|заглянул[аи]?\\s+(?:в|во|на)|побывал[аи]?\\s+(?:в|во|на)|побывают\\s+(?:в|во|на)|побывает\\s+(?:в|во|на)|посещени(?:е|я|ю|ем)',
    ),
    build: visitEvents,
  },
  {
    // 'планирует … ознакомиться с технологиями завода': a plan; 'смогли ознакомиться' is not an item.
    re: /(?<![\p{L}])(?:планиру\p{L}*|собира\p{L}*|предстоит|намерен\p{L}*|сможет|смогут)(?:\s+[\p{L},-]+){0,10}?\s+(?:ознакомиться|познакомиться)\s+со?\s/giu,
    build: acquaintance,
  },
  {
    // 'отправится на Бурейскую ГЭС', 'визит на «Выборгский судостроительный завод»'
    re: wordRe('(?:отправ(?:ится|ятся|ился|илась|ились)|визит(?:ом)?|поездк[аиу])\\s+на'),
    build: visitEvents,
  },
  {
    // 'В ходе визита в компанию Bunes Fisk …': a visit to an enterprise, not to a territory.
    re: wordRe(
      'визит(?:а|ом|е)?\\s+в(?=\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:компани|завод|предприяти|фабрик|комбинат|университет|институт|школ|колледж|больниц|центр|парк|порт|хозяйств|музе|технопарк)\\p{L}*)',
    ),
    build: visitEvents,
  },
  {
    // 'свердловчан повезут на завод марочных вин', 'навестил детей из социального центра'
    re: wordRe(
      '(?:повез(?:ут|ли|[её]т)|отвез(?:ут|ли))(?:\\s+(?:сначала|также|затем))?\\s+(?:на|в|во)|навестил[аи]?|навестят|навестит',
    ),
    build: visitEvents,
  },
  { re: wordRe('провед(?:ут|ет|ёт|или|ёт)\\s+время\\s+(?:в|во|на)'), build: visitEvents },
  {
    // 'Гостям представили строящуюся ледовую арену, ИТ-кампус'
    re: wordRe(
      '(?:гостям|делегации|делегатам|участникам)\\s+(?:представили|показали|продемонстрировали|покажут|представят)',
    ),
    build: visitEvents,
  },
  {
    // 'В аэропорту Костаная Рустама Минниханова встречал …': met at the airport is the arrival.
    re: /(?<![\p{L}])(?:[вВ]|[вВ]о)\s+(?:[\p{L}-]+\s+){0,2}?аэропорту(?:\s+(?:«[^»]+»|\p{Lu}[\p{L}-]+))?(?=[^.!?]{0,70}?(?<![\p{L}])(?:встречал[аи]?|встретил[аи]?|встречали|встретили)(?![\p{L}]))/gu,
    build: (ctx, m) => [
      {
        kind: 'arrival',
        title: tidyTitle(
          `Прибытие в ${headToCase(m[0].replace(/^(?:в|во)\s+/iu, ''), 'prep', 'acc').replace(/аэропорту/u, 'аэропорт')}`,
        ),
        end: m.index + m[0].length,
      },
    ],
  },
  {
    // 'в Амурскую область приедет делегация'
    // 'в Татарстан с двухдневным визитом для участия в Евразийском форуме … прибыл министр'
    re: /(?<![\p{L}])(?:в|во)\s+(?:(?:[\p{L}-]+\s+){1,6}?|(?:[\p{L}-]+\s+){1,4}?(?:с|со|для)\s+(?:[\p{L}«»-]+\s+){1,16}?)(?:прибыл[аи]?|приедет|приедут|прибудет|прибудут|прилетел[аи]?|прилетит|прибывает|прибывают|приезжает|приезжают|приехал[аи]?)\s+(?:[\p{L}-]+\s+){0,3}?(?:делегаци|президент|губернатор|глав[аы]|посол|премьер|мэр|аким|хоким|министр|вице-|заместител|председател|врио|руководител|мисси|делегат)/giu,
    build: arrivalBefore,
  },
  {
    // 'Предприятия …, а также портовый комплекс посетит делегация …'
    re: /^(?=.{8,240}?\s(?:посетит|посетят|посетила|посетили|посетил|осмотрит|осмотрят)\s+(?:[\p{L}-]+\s+){0,2}?(?:делегаци|гост|губернатор|глав|участник|член))/giu,
    build: visitedFirst,
  },
  {
    // 'В программе Дней … – яркое шоу, выступления коллективов…', 'Основными мероприятиями станут …'
    re: /(?<![\p{L}])(?:в\s+программе(?:\s+[\p{L}-]+){0,6}?\s*[–—:-]|мероприяти\p{L}*\s*[–—:]\s*в\s+том\s+числе|основными\s+мероприятиями\s+станут|программа\s+(?:визита\s+)?(?:включает|предусматривает))/giu,
    build: programmeList,
  },
  {
    // 'В рамках VIII Астанинского экономического форума …', 'На полях выставки «Иннопром» …': the
    // forum is an item of its own besides what happened there.
    re: /(?<![\p{L}])(?:[вВ]\s+рамках|[нН]а\s+полях)\s+((?:[IVXLC\d]+[\p{L}-]*\s+)?(?:[\p{L}-]+(?:ого|его|ой|ей|ых|их)\s+){0,4})(форума|выставки|экспо|ЭКСПО|ярмарки|фестиваля|саммита|конференции|конгресса|Дней|недели)(?![\p{L}])((?:\s+«[^»]{1,80}»)?(?:\s+(?!(?:губернатор|глав|мэр|аким|хоким|министр|президент|председател|делегаци|заместител|руководител)\p{L}*|\p{L}+с[яь](?![\p{L}]))[\p{L}-]+(?:ы|и|а|я|ого|его|ой|ей|ых|их|ов|ев)(?![\p{L}])){0,4})/gu,
    // 'На полях форума …' with no name: the forum told before.
    build: (ctx, m) =>
      !m[1]!.trim() && !m[3]!.trim()
        ? []
        : [
            {
              kind: /фестивал|дней/iu.test(m[2]!) ? 'cultural' : 'conference',
              title: tidyTitle(
                `Участие в ${m[1]!.replace(/(?:ого|его)(?=\s)/gu, (e) => (e === 'ого' ? 'ом' : 'ем'))}${HEAD_PREP[m[2]!.toLowerCase()] ?? m[2]}${m[3]}`,
              ),
              end: after(m),
            },
          ],
  },
  { re: wordRe('экскурси(?:я|и|ю|ей)'), build: excursion },
  {
    // 'встретился в Луганске с главой ЛНР', 'планирует встретиться сегодня с министром …'
    re: stemRe(
      '(?:встретил(?:ся|ась|ось|ись)|встретится|встретятся|встретиться)(?:\\s+(?!со?\\s)[\\p{L}-]+){0,3}?\\s+со?\\s',
    ),
    build: meetingWith,
  },
  {
    // 'Гостей поприветствовал глава …', 'Представителей российского Багратионовска тепло встретил …',
    // 'Ее гостеприимно встречали мэр …'
    re: /(?<![\p{L}])(?:(?:гостей|делегацию|членов\s+делегации)(?:\s+[\p{L}-]+){0,2}?\s+принял[аи]?|(?:[гГ]остей|[дД]елегацию|[чЧ]ленов\s+делегации|[пП]редставителей|[еЕ]е|[еЕ]ё|[иИ]х)(?:\s+[\p{L}-]+){0,3}?\s+(?:принял[аи]?|(?:по)?приветствовал[аи]?|встретил[аи]?|встречал[аи]?)(?=\s+(?:[\p{L}-]+\s+){0,2}?(?:глав|губернатор|мэр|аким|хоким|башкан|председател|заместител|вице-|руководител|министр|посол|президент|премьер)\p{L}*\s)|(?:принял[аи]?|встречали|приветствуя|(?:по)?приветствовал[аи]?(?:\s+визит)?)\s+(?:гостей|делегаци\p{L}*|представител\p{L}*)|(?:прибывших|приехавших|гостей|делегацию)\s+встречал[аи]?|с\s+(?:[\p{L}-]+\s+){0,2}?(?:делегаци|гост|чиновник|представител|коллег)\p{L}*\s+встретил(?:ся|ась|ись))(?![\p{L}])/giu,
    build: receivedBy,
  },
  { re: stemRe('(?:обсудил[аи]?|обсудят|обсудит)(?![\\p{L}])'), build: discussedWith },
  // 'Премьер-министр … Эрик Пухаев принял главу правительства … Таймураза Тускаева'
  { re: wordRe('принял[аи]?|примет|примут|приветствовал[аи]?'), build: receivedWhom },
  {
    re: wordRe('пресс-конференци(?:я|и|ю|ей)|брифинг(?:а|е|и)?|пресс-подход(?:а|е|ы)?'),
    // 'Как заявила … в ходе пресс-конференции …': where an announcement was made, not an item.
    build: (ctx, m) =>
      /(?:заявил|сообщил|рассказал|отметил|пояснил)\p{L}*[^.!?]{0,80}?в\s+ходе\s+$/iu.test(
        ctx.text.slice(0, m.index),
      )
        ? []
        : nounEvent(ctx, m, 'press', m[0]),
  },
  { re: wordRe('переговор(?:ы|ов|ах|ам|ами)'), build: talksOrMeeting('talks', 'переговоры') },
  { re: wordRe('встреч(?:а|и|у|е|ей)'), build: talksOrMeeting('meeting', 'встреча') },
  { re: wordRe('открыти(?:е|я|ю|ем|и)'), build: opening },
  {
    re: /(?<![\p{L}])открыл[аи]?\s+(?=(?:дни|фестивал\p{L}*|выставк\p{L}*|недел\p{L}*)(?![\p{L}]))/giu,
    build: openedDays,
  },
  {
    re: wordRe(
      '(?:бизнес-|медиа|медиа-|инвест-)?форум(?:а|е|у|ом)?|конференци(?:я|и|ю|ей)|саммит(?:а|е)?|семинар(?:а|е)?|кругл(?:ый|ые|ых|ом|ого)\\s+стол(?:ы|ов|е|а|ах)?|бирж(?:а|е|и|у)\\s+контактов|(?:пленарное\\s+)?заседани(?:е|я)|презентаци(?:я|ю|и)|бизнес-встреч(?:а|и)|деловые\\s+встречи',
    ),
    build: tookPlace('conference'),
  },
  {
    re: wordRe(
      '(?:гала-)?концерт(?:а|е|у|ом|ы|ов)?|спектакл(?:ь|я|е|ю|ем|и)|представлени(?:е|я)|показ(?:а)?\\s+(?:и\\s+обсуждение\\s+)?фильм\\p{L}*|турнир(?:а|е|ы)?|(?:товарищеск|дружеск|футбольн|хоккейн)\\p{L}*\\s+матч(?:а|е|и)?|фестивал(?:ь|я|е|ю)|(?:фото)?выставк(?:а|и|у)|шоу|ярмарк(?:а|и|у)|праздник(?:а|е|у|ом)?|(?:национальн\\p{L}*\\s+)?подворь(?:е|я)|мастер[- ]класс(?:ы|ов)?|церемони(?:я|и|ю)(?!\\s+(?:подписани|возложени))|(?:торжественн|праздничн)\\p{L}*\\s+(?:вечер|собрание)|дни\\s+(?:культуры|(?:[\\p{L}-]+\\s+)?[\\p{L}-]+(?:ской|цкой|ского|цкого)\\s+(?:области|республики|края|провинции|округа|культуры|дружбы|диалога)|(?:провинции|области|края|республики|города)\\s+[\\p{L}-]+)',
    ),
    build: tookPlace('cultural'),
  },
  { re: wordRe('при[её]м(?:а|е|у|ом)?|банкет(?:а|е)?|фуршет(?:а|е)?'), build: reception },
  {
    re: wordRe('обед(?:а|е|у|ом)?|ужин(?:а|е|у|ом)?|завтрак(?:а|е|у|ом)?'),
    build: (ctx, m) => nounEvent(ctx, m, 'meal', m[0].replace(/(?:а|е|у|ом)$/u, '')),
  },
  {
    re: stemRe(
      '(?:прибыл[аи]?|прилетел[аи]?|приехал[аи]?|прибудет|прибудут|приедет|приедут|прилетит|прилетят|прилетев|прибыв|приехав|прил[её]та|прибывает|прибывают|приезжает|приезжают)\\s+(?:\\p{L}+\\s+){0,4}?(?:в|во|на(?=\\s+(?:сахалин|камчатк|кубу|крым|кипр|хоккайдо|ямал|чукотк|курил|таймыр|алтай|кавказ|урал|байкал)))\\s',
    ),
    build: arrival,
  },
  {
    re: wordRe(
      'отбыл[аи]?|вылетел[аи]?|уехал[аи]?|(?:отправил(?:ся|ась|ись)|выехал[аи]?)(?=\\s+(?:\\p{L}+\\s+){0,3}?(?:в|во)\\s)',
    ),
    build: departure,
  },
]

/** The heads of 'в рамках форума …' in the prepositional ('Участие в форуме …'). */
const HEAD_PREP: Record<string, string> = {
  форума: 'форуме',
  выставки: 'выставке',
  ярмарки: 'ярмарке',
  фестиваля: 'фестивале',
  саммита: 'саммите',
  конгресса: 'конгрессе',
  дней: 'Днях',
  недели: 'неделе',
}

/** An item titled from its noun ('официальный приём от имени …'). */
function nounEvent(ctx: SentenceContext, m: Match, kind: ItemKind, lemma: string): Draft[] {
  const t = nounTitle(ctx, m, lemma.toLowerCase())
  return [{ kind, title: t.title, end: t.end }]
}

/** Bodies of government: visiting one is calling on its people. */
const BODY_HEAD =
  /^(?:администраци|правительств|мэри|акимат|хокимият|облисполком|горисполком|райисполком|посольств|генконсульств|консульств|парламент|министерств|думу|думе|хурал|кенеш|мажилис|сенат|аппарат)\p{L}*$/iu

/** 'посетили X и Y', 'побывала в X', 'осмотрели X': one site visit per object. */
function visitEvents(ctx: SentenceContext, m: Match): Draft[] {
  const verb = m[0].toLowerCase()
  const c: Case = /^(?:побыва|провед)/u.test(verb)
    ? 'prep'
    : verb.startsWith('посещени')
      ? 'gen'
      : 'acc'
  // 'посетила с визитом Узбекистан', 'посетила на днях провинцию': the manner or the time is no
  // object.
  const manner =
    /^\s+(?:с\s+(?:[\p{L}-]+\s+)?визитом|на\s+днях|сегодня|вчера|завтра|накануне|впервые|также|уже)(?![\p{L}])/iu.exec(
      ctx.text.slice(after(m)),
    )
  const from = tokenIndexAt(ctx.tokens, after(m) + (manner?.[0].length ?? 0))
  if (from < 0) return []
  const out: Draft[] = []
  for (const [n, p] of collectList(ctx.tokens, from, c).entries()) {
    const object = slice(ctx, p)
    // 'посетит делегация, возглавляемая …': the subject follows the verb; no objects here.
    if (n === 0 && /^(?:делегаци|гост|губернатор|глав|члены|участник)/iu.test(object)) return []
    // '… район, с которым у россиян давние отношения': a clause about it, no more objects.
    if (
      /^(?:(?:с|со|в|во|на|к|о|об|по|у|из)(?:\s+|$))?(?:котор|где(?![\p{L}])|что(?![\p{L}])|$)/iu.test(
        object,
      )
    )
      break
    // Territories and people are the visit itself; event nouns have rules of their own.
    if (isNotASite(object, c)) continue
    const what = c === 'gen' ? object : headToCase(object, c, 'gen')
    out.push({
      // 'посетили администрацию района', 'побывали в посольстве': a call on those who work there.
      kind: BODY_HEAD.test(headWord(object, c)) ? 'meeting' : kindOf(object, 'site-tour'),
      title: tidyTitle(`${verb.startsWith('осмотрел') ? 'Осмотр' : 'Посещение'} ${what}`),
      ...withVenue(PERFORMANCE.test(headWord(object, c)) ? undefined : venueOf(object, c)),
      end: p.end,
    })
  }
  return out
}

/** The kind a programme line's words say, or nothing when they say none. */
function listedKind(part: string): ItemKind | undefined {
  if (MEMORIAL.test(part)) return 'memorial'
  if (GATHERING.test(part) || /презентаци|бирж\p{L}*\s+деловых|деловые\s+площадк/iu.test(part))
    return 'conference'
  if (/встреч|переговор/iu.test(part)) return /переговор/iu.test(part) ? 'talks' : 'meeting'
  if (
    PERFORMANCES.test(part) ||
    /выступлени|ярмар|этногород|шоу|праздни|конкурс|состязани/iu.test(part)
  )
    return 'cultural'
  if (SIGHTS.test(part)) return 'excursion'
  if (SITE.test(part)) return 'site-tour'
  return undefined
}

/** A programme listed in one sentence: one item per line of the list that names an event. */
function programmeList(ctx: SentenceContext, m: Match): Draft[] {
  const rest = ctx.text.slice(after(m))
  const pieces = rest.split(/(\s*[,;]\s*(?:а\s+также\s+)?|\s+а\s+также\s+|\s+и\s+(?=[\p{Ll}]))/u)
  const parts: string[] = []
  for (let i = 0; i < pieces.length; i += 2) {
    const last = parts.at(-1)?.split(' ').at(-1) ?? ''
    // 'крупных промышленных и перерабатывающих предприятий': adjectives of one noun.
    const first = pieces[i]!.split(' ')[0] ?? ''
    if (/^\s+и\s+$/u.test(pieces[i - 1] ?? '') && isAdjective(last) && isAdjective(first))
      parts[parts.length - 1] += `${pieces[i - 1]}${pieces[i]}`
    else parts.push(pieces[i]!)
  }
  for (const [i, p] of parts.entries()) parts[i] = p.replace(/[.!…]+$/u, '').trim()
  const out: Draft[] = []
  let at = after(m)
  for (const part of parts) {
    at = ctx.text.indexOf(part, at)
    const kind = part.split(' ').length >= 2 && part.length <= 160 ? listedKind(part) : undefined
    if (kind) out.push({ kind, title: tidyTitle(capitalise(part)), end: at + part.length })
  }
  return out
}

/** The objects a sentence names before 'посетит делегация': one site visit each. */
function visitedFirst(ctx: SentenceContext): Draft[] {
  const verb = /\s(?:посетит|посетят|посетила|посетили|посетил|осмотрит|осмотрят)\s/iu.exec(
    ctx.text,
  )
  if (!verb) return []
  const objects = ctx.text
    .slice(0, verb.index)
    .split(/\s*,\s*(?:а\s+также\s+)?|\s+а\s+также\s+|\s+и\s+(?=\p{L}+\s)/u)
    .map((o) => o.trim())
    .filter((o) => o.split(' ').length <= 8 && /\p{L}{3}/u.test(o) && !isNotASite(o, 'acc'))
  return objects.map((object) => ({
    kind: kindOf(object, 'site-tour'),
    title: tidyTitle(`Посещение: ${object.charAt(0).toLowerCase()}${object.slice(1)}`),
    end: verb.index,
  }))
}

const GREETING = /(?<![\p{L}])(?:по)?приветств(?:овал\p{L}*|уя)(?![\p{L}])/iu

/** Events of every sentence of the article, in reading order. */
export function findEvents(
  sentences: Sentence[],
  mentions: PersonMention[][],
  documents: FoundDocument[],
  span: DateMention | undefined,
): FoundEvent[] {
  const events: FoundEvent[] = []
  sentences.forEach((s, index) => {
    // The sentence giving the visit's span describes the whole visit, not one event.
    if (s.role !== 'article' || s.history) return
    // The sentence giving the visit's span tells the whole visit; a meeting it names is an item.
    const spanning = span !== undefined && s.dates.includes(span)
    const text = withoutDates(s.plain, s.dates)
    const ctx: SentenceContext = {
      s,
      index,
      text,
      tokens: tokenize(text),
      people: mentions[index]!,
    }
    const future = Math.min(
      FUTURE.exec(text)?.index ?? Infinity,
      ASIDE.exec(text)?.index ?? Infinity,
    )
    const found: FoundEvent[] = []
    const consumed: [number, number][] = []
    const own = documents.filter((d) => d.sentence === index && (d.signed || d.planned))
    // 'Документ был подписан в ходе встречи…': the signing of a document named before.
    const earlier = own.length ? undefined : referredDocument(s, index, documents, events)
    if (earlier)
      found.push({
        sentence: index,
        at: earlier.at,
        kind: 'signing',
        title: tidyTitle(`Подписание ${documentGenitive(earlier.doc)}`),
        date: dateAt(s, earlier.at),
        documents: [earlier.doc],
      })
    const signing = signingEvents(ctx, own)
    found.push(...signing.events)
    consumed.push(...signing.consumed)
    for (const rule of EVENT_RULES)
      for (const m of text.matchAll(rule.re)) {
        if (m.index >= future || consumed.some(([a, b]) => m.index >= a && m.index < b)) continue
        for (const draft of rule.build(ctx, m)) {
          const { end, ...event } = draft
          // … but taking part in an expo for the whole span is the visit's frame, not an item.
          if (
            spanning &&
            (['arrival', 'departure'].includes(event.kind) || /^Участие/u.test(event.title))
          )
            continue
          // 'фестиваля «Алтаргана», который состоится летом будущего года': another year's.
          if (NEXT_YEAR_AFTER.test(text.slice(end, end + 140))) continue
          consumed.push([m.index, end])
          found.push({
            ...event,
            title: eventTitle(event.title),
            sentence: index,
            at: m.index,
            date: dateAt(s, m.index),
          })
        }
      }
    const venue = sentenceVenue(ctx)
    // 'Руководство мэрии встретилось с делегацией. Мэр … поприветствовал гостей …': the greeting
    // is that meeting's, told on.
    const greeting = GREETING.test(s.plain) && !/встреч|переговор/iu.test(s.plain)
    const greetedAt = (e: FoundEvent) =>
      events.some(
        (x) =>
          x.kind === 'meeting' &&
          x.sentence >= index - 2 &&
          (!x.date || !s.dates.length) &&
          commonStems(x.title, e.title) > 0,
      )
    // 'примет участие в подписании ряда соглашений': the documents' own signing item says it.
    const documented = found.some((e) => e.kind === 'signing' && e.documents?.length)
    for (const e of found.sort((a, b) => a.at - b.at)) {
      if (documented && e.kind === 'signing' && !e.documents?.length) continue
      if (greeting && e.kind === 'meeting' && greetedAt(e)) continue
      if (venue && !e.venueName && !['arrival', 'departure'].includes(e.kind)) e.venueName = venue
      const told = events.findIndex((x) => sameEvent(x, e))
      if (told < 0) events.push(e)
      // Told first undated (a lead), then with its day: the dated telling is the one to keep.
      else if (!events[told]!.date && e.date && !events[told]!.documents) events[told] = e
    }
  })
  // 'Николай Меркушкин подписал протокол о сотрудничестве с …' told only in the headline: the
  // signing is an item all the same.
  const fromHeadline = documents
    .filter(
      (d) =>
        d.signed &&
        sentences[d.sentence]!.role === 'headline' &&
        !events.some((e) => e.documents?.includes(d)),
    )
    .map((d): FoundEvent => ({
      sentence: d.sentence,
      at: d.at,
      kind: 'signing',
      title: tidyTitle(`Подписание ${documentGenitive(d)}`),
      date: dateAt(sentences[d.sentence]!, d.at),
      documents: [d],
    }))
  events.unshift(...fromHeadline)
  // A bare 'Встреча' beside a meeting that names its counterpart is the same meeting told again.
  return events.filter(
    (e) =>
      !(
        e.title === 'Встреча' &&
        events.some((x) => x !== e && x.kind === 'meeting' && x.title !== 'Встреча')
      ),
  )
}

/**
 * The same event told twice (the lead and the body): the same kind, no conflicting day, and a
 * title naming the same things, or the same document signed.
 */
function sameEvent(x: FoundEvent, e: FoundEvent): boolean {
  if (x.kind !== e.kind || (x.date && e.date && x.date !== e.date)) return false
  if (x.title === e.title) return true
  if (e.kind === 'signing') {
    const [a, b] = [x.documents?.[0], e.documents?.[0]]
    // Two documents of one sentence are two signings ('между A и B, а также между C и D').
    if (!a || !b || (a !== b && a.sentence === b.sentence)) return false
    // The same document told again names nothing the other does not: 'соглашение о
    // сотрудничестве в сфере образования' is not 'соглашение о сотрудничестве в сфере культуры'.
    return a === b || (a.type === b.type && sameWords(a.complement, b.complement))
  }
  if (!['arrival', 'meeting', 'talks', 'excursion', 'site-tour'].includes(e.kind)) return false
  // 'Посещение МФЦ РД' names nothing of five letters: only the same title is the same event.
  const own = stemsOf(e.title).size
  return own > 0 && commonStems(x.title, e.title) >= Math.min(3, own)
}

/** The words every title of a kind starts with: they tell nothing about which event it is. */
const TITLE_WORDS = new Set([
  'посещ',
  'встре',
  'аэроп',
  'перег',
  'участ',
  'экску',
  'знако',
  'прибы',
  'осмот',
])

const stemsOf = (s: string) => new Set([...contentStems(s)].filter((w) => !TITLE_WORDS.has(w)))

/** One phrase's content words all among the other's (at least two of them). */
function sameWords(a: string, b: string): boolean {
  const [x, y] = [stemsOf(a), stemsOf(b)]
  const [small, large] = x.size <= y.size ? [x, y] : [y, x]
  return small.size >= 2 && [...small].every((w) => large.has(w))
}

function commonStems(a: string, b: string): number {
  const x = stemsOf(a)
  return [...stemsOf(b)].filter((w) => x.has(w)).length
}

/** A signing told of a document named in an earlier sentence, which has no signing item yet. */
const SIGNING_BACK =
  /(?<![\p{L}])(?:(?:документ|соглашение|меморандум|протокол|договор)\p{L}*\s+(?:был\p{L}*\s+|будет\s+)?подписан\p{L}*|(?:документ|соглашение|меморандум|протокол|договор)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?подписал\p{L}*|(?:церемони\p{L}*\s+)?подписани\p{L}*\s+(?:(?:документа|соглашения|меморандума|протокола|договора)\s+)?(?:состоял\p{L}*|прош\p{L}*|состоится|пройд\p{L}*))(?![\p{L}])/iu

/**
 * 'Документ был подписан в ходе встречи…', 'Подписание состоялось сегодня, 3 ноября, в Минске':
 * the signing of a document named before. Its signing item, if the sentence naming it made one,
 * moves here, where the act and its day are told.
 */
function referredDocument(
  s: Sentence,
  index: number,
  documents: FoundDocument[],
  events: FoundEvent[],
): { doc: FoundDocument; at: number } | undefined {
  const told = SIGNING_BACK.exec(s.plain)
  if (!told) return undefined
  const d = documents.filter((x) => x.sentence < index).at(-1)
  if (!d) return undefined
  const planned = /будет|состоится|пройд/iu.test(told[0])
  d.signed ||= !planned
  d.planned ||= planned
  const made = events.find((e) => e.documents?.includes(d))
  if (!made) return { doc: d, at: told.index }
  const date = dateAt(s, told.index)
  if (made.date && date && made.date !== date) return undefined
  made.sentence = index
  made.at = told.index
  if (date) made.date = date
  return undefined
}

/** One signing item per sentence for the documents it says were signed. */
function signingEvents(
  ctx: SentenceContext,
  documents: FoundDocument[],
): { events: FoundEvent[]; consumed: [number, number][] } {
  const sign = [...ctx.text.matchAll(SIGNING)].map((m) => m.index)
  // One signing item per document: each is signed (or to be signed) by its own parties.
  const events = documents.map((d, i): FoundEvent => ({
    sentence: ctx.index,
    at: i === 0 ? Math.min(d.at, ...sign.filter((x) => x < d.at)) : d.at,
    kind: 'signing',
    title: tidyTitle(`Подписание ${documentGenitive(d)}`),
    date: dateAt(ctx.s, d.at),
    documents: [d],
  }))
  const consumed: [number, number][] = documents.map((d) => [d.at, d.end])
  if (documents.length) consumed.push(...sign.map((i): [number, number] => [i, i + 12]))
  return { events, consumed }
}
