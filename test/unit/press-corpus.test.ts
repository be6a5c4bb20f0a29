// The corpus of real press releases: every text annotated and sourced, a quarter kept aside, and
// the reader no worse on the development part than it has been brought to (floors, raised as it
// improves; the part kept aside is scored only in `npm run bench`).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { loadMorphology } from '../../electron/services/morphology'
import { parsePressRelease } from '../../shared/import/parse-press-release'
import { CORPUS_DIR, loadCorpus, readerOptions, scoreText, summarise } from '../press/corpus'

describe('the corpus of real press releases', () => {
  test('at least 40 texts, each annotated and listed with its source; a quarter kept aside', () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt'))
    const all = loadCorpus()
    expect(files.length).toBeGreaterThanOrEqual(40)
    expect(all.map((c) => c.file).sort()).toEqual(files.sort())
    const sources = readFileSync(join(CORPUS_DIR, 'SOURCES.md'), 'utf8')
    for (const f of files) expect(sources).toContain(`- ${f} — `)
    for (const c of all) expect(c.a.source).toMatch(/^https?:\/\//u)
    const held = all.filter((c) => c.a.split === 'held').length
    expect(held / all.length).toBeGreaterThanOrEqual(0.25)
  })

  test('every marker of an event, a document or noise is in its text', () => {
    const fold = (s: string) => s.toLowerCase().replace(/ё/gu, 'е')
    for (const { file, text, a } of loadCorpus()) {
      const t = fold(text)
      for (const m of [...a.events, ...a.documents].map((x) => x.mustContain).concat(a.noise))
        expect(t.includes(fold(m)), `${file}: «${m}»`).toBe(true)
    }
  })

  test('the reader on the development part, field by field, at or above its floors', async () => {
    const morph = await loadMorphology()
    const s = summarise(
      loadCorpus('dev').map(({ text, a }) =>
        scoreText(parsePressRelease(text, { ...readerOptions(a), morph }), a),
      ),
    )
    expect(s.direction).toBeGreaterThanOrEqual(0.93)
    expect(s.partner).toBeGreaterThanOrEqual(0.84)
    expect(s.head).toBeGreaterThanOrEqual(0.82)
    expect(s.dates).toBeGreaterThanOrEqual(0.87)
    expect(s.events).toBeGreaterThanOrEqual(0.76)
    expect(s.documents).toBeGreaterThanOrEqual(0.88)
    expect(s.furniture).toBeLessThanOrEqual(50)
  })
})
