import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** The bundled faces: PT Sans for text, PT Serif for headings (Russian and Kazakh letters). */
const FACES = [
  '@fontsource/pt-sans/400.css',
  '@fontsource/pt-sans/700.css',
  '@fontsource/pt-sans/400-italic.css',
  '@fontsource/pt-serif/400.css',
  '@fontsource/pt-serif/700.css',
]

let cached: Promise<string> | null = null

/**
 * @font-face rules with every woff2 file inlined as a data: URL, so the printed page loads nothing
 * from outside. Read once per process.
 */
export function briefingFontCss(): Promise<string> {
  cached ??= loadFontCss().catch((err: unknown) => {
    cached = null
    throw err
  })
  return cached
}

async function loadFontCss(): Promise<string> {
  const require = createRequire(import.meta.url)
  const blocks: string[] = []
  for (const face of FACES) {
    const cssPath = require.resolve(face)
    const css = await readFile(cssPath, 'utf8')
    const inlined: string[] = []
    for (const rule of css.split('@font-face').slice(1)) {
      const file = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(rule)?.[1]
      if (!file) continue
      const data = await readFile(join(dirname(cssPath), 'files', file))
      inlined.push(
        `@font-face${rule.replace(
          /src:[^;]+;/,
          `src: url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');`,
        )}`,
      )
    }
    blocks.push(inlined.join('\n'))
  }
  return blocks.join('\n').replace(/font-display:\s*swap;/g, 'font-display: block;')
}

/** Chinese faces, split by Unicode range: only the pieces a document's text uses are inlined. */
const CJK_FACES = ['@fontsource/noto-sans-sc/400.css', '@fontsource/noto-sans-sc/700.css']
const CJK_TEXT = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u

interface RangedFace {
  ranges: [number, number][]
  file: string
  dir: string
  rule: string
}

let cjkFaces: Promise<RangedFace[]> | null = null
const fileCache = new Map<string, Promise<string>>()

async function loadCjkFaces(): Promise<RangedFace[]> {
  const require = createRequire(import.meta.url)
  const out: RangedFace[] = []
  for (const face of CJK_FACES) {
    const cssPath = require.resolve(face)
    const css = await readFile(cssPath, 'utf8')
    for (const rule of css.split('@font-face').slice(1)) {
      const file = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(rule)?.[1]
      const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1]
      if (!file || !range) continue
      const ranges = range.split(',').map((r): [number, number] => {
        const [a, b] = r.trim().replace(/^U\+/i, '').split('-')
        return [parseInt(a!, 16), parseInt(b ?? a!, 16)]
      })
      out.push({
        ranges,
        file,
        dir: dirname(cssPath),
        rule: rule.slice(0, rule.lastIndexOf('}') + 1),
      })
    }
  }
  return out
}

/**
 * The fonts for one document: PT Sans and PT Serif always; when the text has Chinese characters,
 * the pieces of Noto Sans SC (OFL) that cover them, so a Chinese column prints without relying on
 * the fonts of the officer's computer and without inlining 8 MB of glyphs it does not use.
 */
export async function fontCssFor(text: string): Promise<string> {
  const base = await briefingFontCss()
  if (!CJK_TEXT.test(text)) return base
  cjkFaces ??= loadCjkFaces().catch((err: unknown) => {
    cjkFaces = null
    throw err
  })
  const faces = await cjkFaces
  const used = new Set<number>()
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp >= 0x2e80) used.add(cp)
  }
  const picked = faces.filter((f) =>
    [...used].some((cp) => f.ranges.some(([a, b]) => cp >= a && cp <= b)),
  )
  const rules = await Promise.all(
    picked.map(async (f) => {
      const key = join(f.dir, 'files', f.file)
      let data = fileCache.get(key)
      if (!data) {
        data = readFile(key).then((b) => b.toString('base64'))
        fileCache.set(key, data)
      }
      return `@font-face${f.rule.replace(
        /src:[^;]+;/,
        `src: url(data:font/woff2;base64,${await data}) format('woff2');`,
      )}`.replace(/font-display:\s*swap;/g, 'font-display: block;')
    }),
  )
  return `${base}\n${rules.join('\n')}`
}
