// Russian cases for what a press release names: people (petrovich), their posts and the partner
// regions. Only what can be done reliably is declined; anything else stays as written.
import petrovich from 'petrovich'

export type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental'
export type Gender = 'male' | 'female'

export interface ParsedName {
  first: string
  last: string
  middle?: string
  gender?: Gender
}

const CYRILLIC_WORD = /^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?$/

/**
 * A directory name ('Фамилия Имя [Отчество]', the order of protocol lists) as its parts, or
 * undefined for anything that is not plainly a name ('Ректор … (ФИО уточняется)', Latin, initials).
 */
export function parseName(fullName: string): ParsedName | undefined {
  // A Chinese name is surname first in Russian too ('Ван Лин'): never turned round or shortened.
  if (isChineseName(fullName)) return undefined
  const words = fullName.trim().split(/\s+/)
  if (words.length < 2 || words.length > 3 || !words.every((w) => CYRILLIC_WORD.test(w)))
    return undefined
  const [last, first, middle] = words as [string, string, string | undefined]
  return { last, first, ...(middle ? { middle } : {}), gender: genderOf(last, first, middle) }
}

/** Gender from the patronymic, else the surname, else the first name; undefined when unsure. */
export function genderOf(last: string, first: string, middle?: string): Gender | undefined {
  const m = middle?.toLowerCase() ?? ''
  if (/(ич|оглы|улы|уулу)$/.test(m)) return 'male'
  if (/(на|кызы|гызы)$/.test(m)) return 'female'
  const l = last.toLowerCase()
  if (/(ова|ева|ёва|ина|ына|ская|цкая|ая)$/.test(l)) return 'female'
  if (/(ов|ев|ёв|ин|ын|ский|цкий|ой|ый|ий)$/.test(l)) return 'male'
  const f = first.toLowerCase()
  if (/[ая]$/.test(f) && !/(илья|никита|кузьма|фома|лука)$/.test(f)) return 'female'
  return undefined
}

/** 'Михаил Воронков' in a case: first name and surname, as the regional news writes them. */
export function personName(fullName: string, gcase: Case): string {
  const name = parseName(fullName)
  if (!name) return fullName.trim()
  if (gcase === 'nominative' || !name.gender) return `${name.first} ${name.last}`
  const out = petrovich({ gender: name.gender, first: name.first, last: name.last }, gcase)
  return `${out.first ?? name.first} ${out.last ?? name.last}`
}

/** Endings of the head noun of a post, by case (nominative ending → the others). */
const POST_NOUNS: Record<string, Record<Exclude<Case, 'nominative'>, string>> = {
  губернатор: { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' },
  аким: { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' },
  ректор: { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' },
  директор: { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' },
  министр: { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' },
  мэр: { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' },
  посол: { genitive: '', dative: '', accusative: '', instrumental: '' },
  консул: { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' },
  начальник: { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' },
  советник: { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' },
  президент: { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' },
  депутат: { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' },
  заместитель: { genitive: 'я', dative: 'ю', accusative: 'я', instrumental: 'ем' },
  председатель: { genitive: 'я', dative: 'ю', accusative: 'я', instrumental: 'ем' },
  руководитель: { genitive: 'я', dative: 'ю', accusative: 'я', instrumental: 'ем' },
  представитель: { genitive: 'я', dative: 'ю', accusative: 'я', instrumental: 'ем' },
  управляющий: { genitive: 'его', dative: 'ему', accusative: 'его', instrumental: 'им' },
  глава: { genitive: 'ы', dative: 'е', accusative: 'у', instrumental: 'ой' },
}
/** 'посол' drops its 'о' before an ending. */
const POSOL: Record<Exclude<Case, 'nominative'>, string> = {
  genitive: 'посла',
  dative: 'послу',
  accusative: 'посла',
  instrumental: 'послом',
}
const ADJECTIVE: Record<Exclude<Case, 'nominative'>, string> = {
  genitive: 'ого',
  dative: 'ому',
  accusative: 'ого',
  instrumental: 'ым',
}

/**
 * A post in a case: 'заместитель акима области' → 'заместителем акима области'. The words before
 * the head noun that are adjectives ('Генеральный консул') agree with it; the rest, already in the
 * genitive, stays. Undefined when the head noun is not one this knows.
 */
export function postIn(post: string, gcase: Case): string | undefined {
  const text = post.trim()
  if (!text) return undefined
  if (gcase === 'nominative') return text
  const words = text.split(/\s+/)
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const lower = word.toLowerCase()
    const prefix = lower.match(/^((?:вице|экс|врио)-)?/)![0]
    const noun = lower.slice(prefix.length)
    if (lower === 'и' && i > 0 && i < words.length - 1) {
      out.push(word)
      continue
    }
    if (/(ый|ий|ой)$/.test(lower) && i < words.length - 1) {
      const stem = word.slice(0, -2)
      const ending = ADJECTIVE[gcase]
      out.push(
        /[гкхжшщч]$/i.test(stem) && gcase === 'instrumental' ? `${stem}им` : `${stem}${ending}`,
      )
      continue
    }
    if (noun === 'посол') {
      out.push(word.slice(0, prefix.length) + matchCase(word.slice(prefix.length), POSOL[gcase]))
      return [...out, ...words.slice(i + 1)].join(' ')
    }
    const endings = POST_NOUNS[noun]
    if (!endings) return undefined
    const ending = endings[gcase]
    const base =
      noun === 'глава'
        ? word.slice(0, -1)
        : noun === 'управляющий'
          ? word.slice(0, -3)
          : noun.endsWith('ь')
            ? word.slice(0, -1)
            : word
    out.push(`${base}${ending}`)
    return [...out, ...words.slice(i + 1)].join(' ')
  }
  return undefined
}

const matchCase = (model: string, word: string) =>
  model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word

/** Region and place names: adjective + noun ('Жамбылская область'), 'область Жетысу', 'город Тараз'. */
const PLACE_NOUNS: Record<string, Record<Exclude<Case, 'nominative'>, string>> = {
  область: {
    genitive: 'области',
    dative: 'области',
    accusative: 'область',
    instrumental: 'областью',
  },
  республика: {
    genitive: 'республики',
    dative: 'республике',
    accusative: 'республику',
    instrumental: 'республикой',
  },
  провинция: {
    genitive: 'провинции',
    dative: 'провинции',
    accusative: 'провинцию',
    instrumental: 'провинцией',
  },
  край: { genitive: 'края', dative: 'краю', accusative: 'край', instrumental: 'краем' },
  округ: { genitive: 'округа', dative: 'округу', accusative: 'округ', instrumental: 'округом' },
  город: { genitive: 'города', dative: 'городу', accusative: 'город', instrumental: 'городом' },
  район: { genitive: 'района', dative: 'району', accusative: 'район', instrumental: 'районом' },
  штат: { genitive: 'штата', dative: 'штату', accusative: 'штат', instrumental: 'штатом' },
  префектура: {
    genitive: 'префектуры',
    dative: 'префектуре',
    accusative: 'префектуру',
    instrumental: 'префектурой',
  },
}
const FEMININE_ADJECTIVE: Record<Exclude<Case, 'nominative'>, string> = {
  genitive: 'ой',
  dative: 'ой',
  accusative: 'ую',
  instrumental: 'ой',
}

/**
 * A region or place in a case, or undefined when it is not of a shape this knows (then the caller
 * writes around it). Words after the noun (names: 'область Жетысу') stay as they are.
 */
export function placeIn(place: string, gcase: Case): string | undefined {
  const words = place.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return undefined
  if (gcase === 'nominative') return words.join(' ')
  const nounAt = words.findIndex((w) => PLACE_NOUNS[w.toLowerCase()])
  if (nounAt < 0) return undefined
  const noun = words[nounAt]!
  const out = words.map((w, i) => {
    if (i === nounAt) return matchCase(noun, PLACE_NOUNS[noun.toLowerCase()]![gcase])
    if (i < nounAt) {
      // Agree the adjectives before the noun; masculine nouns (край, округ) keep it simple.
      const feminine = /[ая]$/.test(noun.toLowerCase()) || noun.toLowerCase() === 'область'
      if (feminine && /(ая|яя)$/.test(w)) return w.slice(0, -2) + FEMININE_ADJECTIVE[gcase]
      if (!feminine && /(ый|ий|ой)$/.test(w)) {
        const stem = w.slice(0, -2)
        return gcase === 'accusative'
          ? w
          : `${stem}${gcase === 'instrumental' && /[гкхжшщч]$/.test(stem) ? 'им' : ADJECTIVE[gcase]}`
      }
    }
    return w
  })
  return out.join(' ')
}

/** The past-tense verb for the subject's gender: 'отметил' / 'отметила'. */
export function pastVerb(masculine: string, gender: Gender | undefined): string {
  if (gender !== 'female') return masculine
  return masculine.endsWith('ся') ? `${masculine.slice(0, -2)}ась` : `${masculine}а`
}

/** A one-word country in the genitive ('Казахстан' → 'Казахстана', 'Беларусь' → 'Беларуси'). */
export function countryGenitive(country: string): string {
  const c = country.trim()
  if (/\s/.test(c)) return placeIn(c, 'genitive') ?? c
  if (/ия$/.test(c)) return `${c.slice(0, -1)}и`
  if (/ь$/.test(c)) return `${c.slice(0, -1)}и`
  if (/й$/.test(c)) return `${c.slice(0, -1)}я`
  if (/[гкхжшщч]а$/.test(c)) return `${c.slice(0, -1)}и`
  if (/а$/.test(c)) return `${c.slice(0, -1)}ы`
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(c)) return `${c}а`
  return c
}

/** 'А.Ю. Дрозденко' from 'Дрозденко Александр Юрьевич', as a signature line writes it. */
export function initialsName(fullName: string): string {
  const name = parseName(fullName)
  if (!name) return fullName.trim()
  const initials = [name.first, name.middle]
    .filter(Boolean)
    .map((w) => `${w![0]}.`)
    .join('')
  return `${initials} ${name.last}`
}

/** 'А.С. Есмагамбетовой' from 'Есмагамбетова Айжан Серикбаевна' in a case (the surname declined). */
export function initialsNameIn(fullName: string, gcase: Case): string {
  const name = parseName(fullName)
  if (!name) return fullName.trim()
  const initials = initialsName(fullName).split(' ')[0]!
  if (gcase === 'nominative' || !name.gender) return `${initials} ${name.last}`
  const out = petrovich({ gender: name.gender, last: name.last }, gcase)
  return `${initials} ${out.last ?? name.last}`
}

/** A post as it reads mid-sentence: 'Заместитель акима' → 'заместитель акима' (not 'КПП', 'МИД'). */
export const postMidSentence = (post: string): string =>
  /^\p{Lu}\p{Ll}/u.test(post) ? post.charAt(0).toLowerCase() + post.slice(1) : post

/** The country as official papers name it, in the genitive: 'Республики Казахстан'. */
const OFFICIAL_GENITIVE: Record<string, string> = {
  казахстан: 'Республики Казахстан',
  беларусь: 'Республики Беларусь',
  белоруссия: 'Республики Беларусь',
  узбекистан: 'Республики Узбекистан',
  таджикистан: 'Республики Таджикистан',
  киргизия: 'Кыргызской Республики',
  кыргызстан: 'Кыргызской Республики',
  китай: 'Китайской Народной Республики',
  кнр: 'Китайской Народной Республики',
  армения: 'Республики Армения',
  азербайджан: 'Азербайджанской Республики',
  абхазия: 'Республики Абхазия',
  монголия: 'Монголии',
  туркменистан: 'Туркменистана',
}

/** 'Республики Казахстан' for 'Казахстан'; a country not in the table in its plain genitive. */
export function officialCountryGenitive(country: string): string {
  const key = country
    .trim()
    .toLowerCase()
    .replace(/^республика\s+/, '')
  return OFFICIAL_GENITIVE[key] ?? countryGenitive(country)
}

/** The commonest Chinese surnames in the Palladius system (over 85 % of the population). */
const CHINESE_SURNAMES = new Set(
  (
    'Ван Ли Чжан Лю Чэнь Ян Хуан Чжао У Чжоу Сюй Сунь Ма Чжу Ху Го Хэ Гао Линь Ло Чжэн Лян Се Сун ' +
    'Тан Хань Фэн Дэн Цао Пэн Цзэн Сяо Тянь Дун Пань Юань Цай Цзян Юй Ду Е Чэн Вэй Су Люй Дин Жэнь ' +
    'Лу Яо Шэнь Чжун Цуй Тань Фань Ляо Ши Цзинь Цзя Ся Фу Фан Цзоу Сюн Бай Мэн Цинь Цю Хоу Инь Сюэ ' +
    'Янь Дуань Лэй Лун Тао Мао Хао Гу Гун Шао Вань Цянь Вэнь Кун Кан Чан Ню Би Бао Цзи Мо Ай Сы ' +
    'Оуян Шангуань Чжугэ Сыма'
  ).split(' '),
)

/** A syllable of the Palladius system (initial + final), as a given name is made of. */
const PALLADIUS =
  /^(?:б|п|м|ф|д|т|н|л|г|к|х|цз|ц|с|чж|ч|ш|ж|з|)(?:а|ай|ань|ан|ао|э|эй|энь|эн|эр|о|оу|ун|у|уа|уай|уань|уан|уй|унь|о|и|я|яо|е|янь|ян|ю|юй|юнь|юн|юань|юэ|инь|ин|ы)$/u

/** True when a word is made of Palladius syllables ('Цзиньпин', 'Сяомин', 'Лин'). */
function palladiusWord(word: string): boolean {
  const w = word.toLowerCase().replace(/-/g, '')
  // Greedy from the left over at most three syllables.
  const split = (rest: string, n: number): boolean => {
    if (!rest) return n > 0
    if (n >= 3) return false
    for (let end = Math.min(rest.length, 6); end >= 1; end--)
      if (PALLADIUS.test(rest.slice(0, end)) && split(rest.slice(end), n + 1)) return true
    return false
  }
  return split(w, 0)
}

/**
 * A Chinese name as Russian writes it: a known surname, then a given name of Palladius syllables
 * ('Ван Лин', 'Си Цзиньпин'); surname first, never reordered into 'Имя Фамилия' or initials.
 */
export function isChineseName(fullName: string): boolean {
  const words = fullName.trim().split(/\s+/)
  if (words.length !== 2) return false
  const [surname, given] = words as [string, string]
  return (
    (CHINESE_SURNAMES.has(surname) || surname === 'Си') &&
    !NOT_CHINESE_GIVEN.has(given.toLowerCase()) &&
    palladiusWord(given)
  )
}

/** Russian and Kazakh given names that happen to split into Palladius syllables. */
const NOT_CHINESE_GIVEN = new Set(
  'анна инна нина лина яна ия ина жанна алина дина зина тина нана лиана алия ания ануш'.split(' '),
)
