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
