import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { TemplateSchema } from '../../shared/domain/templates'
import { directoryEntries, visitEntries } from '../../shared/search/archive-entries'
import { SearchIndex, decodePostings, encodePostings } from '../../shared/search/search-index'
import { stemRu } from '../../shared/search/stem-ru'

const load = (f: string) =>
  TemplateSchema.parse(JSON.parse(readFileSync(`data/templates/${f}.json`, 'utf8')))
const zhambyl = load('zhambyl-delegation-2025')
const ambassador = load('kazakhstan-ambassador-2023')
const zhetysu = load('zhetysu-consul-2025')

function archive() {
  const index = new SearchIndex()
  for (const t of [zhambyl, ambassador, zhetysu]) {
    for (const e of visitEntries(t.visit)) index.put(e)
    for (const e of directoryEntries(t.directory)) index.put(e)
  }
  const npp = {
    id: 'leningrad-npp',
    name: 'Ленинградская АЭС',
    address: 'г. Сосновый Бор',
    kind: 'industrial' as const,
    accessRequirements: [],
  }
  for (const e of directoryEntries({ people: [], organisations: [], venues: [npp] })) index.put(e)
  return index
}

describe('stemming', () => {
  test('case endings fall away, the stem stays', () => {
    expect(stemRu('жамбылской')).toBe(stemRu('жамбылская'))
    expect(stemRu('области')).toBe(stemRu('область'))
    expect(stemRu('меморандума')).toBe(stemRu('меморандум'))
    expect(stemRu('соглашения')).toBe(stemRu('соглашение'))
    expect(stemRu('лес')).toBe('лес')
    expect(stemRu('memorandum')).toBe('memorandum')
  })
})

describe('archive search', () => {
  const index = archive()
  const ids = (q: string, f = {}) => index.search(q, f).map((h) => h.id)

  test('Russian forms find each other', () => {
    expect(ids('Жамбылская область')).toContain(`visit:${zhambyl.visit.id}`)
    expect(ids('меморандума', { kinds: ['agreement'] }).length).toBeGreaterThanOrEqual(2)
    const hit = index.search('Жамбылская область')[0]!
    expect(hit.matched).toEqual(expect.arrayContaining(['Жамбылской']))
  })

  test('Latin transliteration and one typo are forgiven', () => {
    expect(ids('Zhambyl')).toContain(`visit:${zhambyl.visit.id}`)
    expect(ids('Voronkov', { kinds: ['person'] })).toEqual(['person:p-voronkov'])
    expect(ids('Есмагамбетва', { kinds: ['person'] })).toEqual(['person:p-esmagambetova'])
    expect(ids('Воронков Минск')).toEqual([])
  })

  test('filters by year, direction, kind of item and kind of entry', () => {
    expect(ids('Казахстан', { year: 2023, kinds: ['visit'] })).toEqual([
      `visit:${ambassador.visit.id}`,
    ])
    expect(ids('Казахстан', { kinds: ['visit'], direction: 'outgoing' })).toEqual([
      `visit:${zhetysu.visit.id}`,
    ])
    expect(ids('Казахстан', { kinds: ['visit'], itemKind: 'signing' })).toEqual([
      `visit:${zhambyl.visit.id}`,
    ])
  })

  test('venues and visits are both found; replaced entries are found by their new text only', () => {
    expect(ids('АЭС')).toEqual(
      expect.arrayContaining(['venue:leningrad-npp', `visit:${zhambyl.visit.id}`]),
    )
    const copy = new SearchIndex()
    for (const e of visitEntries(zhambyl.visit)) copy.put(e)
    for (const e of visitEntries({
      ...zhambyl.visit,
      title: 'Переименованный визит',
      partnerRegion: '',
    }))
      copy.put(e)
    expect(copy.search('Переименованный').map((h) => h.id)).toEqual([`visit:${zhambyl.visit.id}`])
    expect(copy.size).toBe(4)
  })

  test('an index written out and read back answers the same, without the removed entries', () => {
    const index = archive()
    index.remove(`visit:${ambassador.visit.id}`)
    const restored = SearchIndex.restore(
      JSON.parse(JSON.stringify(index.serialize())) as ReturnType<SearchIndex['serialize']>,
      (id) => (id === `visit:${zhambyl.visit.id}` ? ['Жамбылской области'] : undefined),
    )
    for (const q of ['Жамбылская область', 'Zhambyl', 'АЭС', 'меморандума', 'Казахстан'])
      expect(restored.search(q).map((h) => [h.id, h.score])).toEqual(
        index.search(q).map((h) => [h.id, h.score]),
      )
    expect(restored.size).toBe(index.size)
    expect(restored.search('Жамбылская', { kinds: ['visit'] })[0]?.matched).toContain('Жамбылской')
    // Entries added after the restore are found as well.
    restored.put({
      id: 'visit:new',
      kind: 'visit',
      title: 'Визит из Самарканда',
      fields: [],
      facets: {},
    })
    expect(restored.search('Самарканд').map((h) => h.id)).toEqual(['visit:new'])
  })

  test('hits of equal score come in alphabetical order of their titles, the best first', () => {
    const index = new SearchIndex()
    const put = (id: string, title: string, weight: number) =>
      index.put({ id, kind: 'visit', title, fields: [{ text: 'меморандум', weight }], facets: {} })
    put('a', 'Ярославская область', 1)
    put('b', 'Алтайский край', 1)
    put('c', 'Ёлкино', 1)
    put('d', 'Брянская область', 1)
    put('e', 'Юрмала', 5)
    put('f', 'Алтайский край', 1)
    expect(index.search('меморандум', {}, 4).map((h) => h.id)).toEqual(['e', 'b', 'f', 'd'])
    expect(index.search('меморандум').map((h) => h.id)).toEqual(['e', 'b', 'f', 'd', 'c', 'a'])
  })

  test('posting lists are written one character per small number and read back exactly', () => {
    const numbers = [0, 3, 1, 31, 32, 1023, 1024, 5000, 2 ** 31 - 1, -1, -5, -(2 ** 31)]
    const text = encodePostings(numbers)
    expect(decodePostings(text)).toEqual(numbers)
    expect(encodePostings([0, 3, 4, 3])).toHaveLength(4)
    // no character JSON would escape
    expect(JSON.stringify(text)).toBe(`"${text}"`)
    for (const broken of ['#', 'a"', ' ', '##########'])
      expect(decodePostings(broken)).toBeUndefined()
  })

  test('a malformed index is refused, not half-read', () => {
    const good = archive().serialize()
    const bad = [
      { ...good, postings: [['жамбыл', [good.entries.length, 1]]] },
      { ...good, postings: [['жамбыл', [0, 1, 0, 1]]] },
      { ...good, entries: [['x', 'spaceship', '', 'X', 0]] },
      { ...good, entries: [['x', 'visit', '', 'X', 99]] },
      { ...good, facets: undefined },
      { ...good, postings: [['жамбыл', 'not postings']] },
      { ...good, postings: [['жамбыл', encodePostings([0])]] },
    ]
    for (const data of bad)
      expect(() => SearchIndex.restore(data as unknown as typeof good)).toThrow(/malformed/)
  })
})
