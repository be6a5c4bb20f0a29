import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, test } from 'vitest'
import {
  ChromiumPdfPrinter,
  defaultChromiumPath,
} from '../../electron/node-host/pdf-printer-chromium'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import type { ExportFormat } from '../../shared/api/contract'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'

const printer = new ChromiumPdfPrinter()
afterAll(() => printer.close())

const RLO = '\u202E'
const LRI = '\u2066'
/** A 10,000-character word: a pasted code, a URL without spaces. */
const LONG_WORD = 'Ж'.repeat(4000) + 'Q'.repeat(2000) + 'Ы'.repeat(4000)

async function hostileVisit() {
  const dir = await tempDir()
  const api = await createAppApi({
    dataDir: dir,
    bundledDir: repoBundledDir,
    clock: fixedClock('2026-11-28T07:40:00Z'),
    printer,
  })
  const made = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
  const first = made.visit.items[0]!
  const saved = await api.saveVisit(
    {
      ...made.visit,
      title: `${RLO}Визит делегации${LRI} Жамбылской области`,
      items: [{ ...first, title: `Встреча ${LONG_WORD} конец` }, ...made.visit.items.slice(1)],
    },
    made.revision,
  )
  return { api, dir, id: saved.visit.id }
}

/** All text of an exported file: the PDF through pdftotext, the Office files' XML, the rest as is. */
async function textOf(dir: string, file: { fileName: string; base64: string }): Promise<string> {
  const bytes = Buffer.from(file.base64, 'base64')
  if (file.fileName.endsWith('.pdf')) {
    const path = join(dir, 'out.pdf')
    await writeFile(path, bytes)
    return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
  }
  if (/\.(docx|xlsx)$/.test(file.fileName)) {
    const zip = await JSZip.loadAsync(bytes)
    const parts = Object.values(zip.files).filter((f) => f.name.endsWith('.xml'))
    return (await Promise.all(parts.map((p) => p.async('string')))).join('\n')
  }
  return bytes.toString('utf8')
}

describe('hostile text in exports', () => {
  test('bidirectional controls are left out of every export', async () => {
    const { api, dir, id } = await hostileVisit()
    const formats: ExportFormat[] = ['ics', 'docx', 'report-docx', 'press-docx', 'estimate-xlsx']
    if (existsSync(defaultChromiumPath())) formats.push('pdf', 'report-pdf')
    for (const format of formats) {
      const file = await api.exportVisit(id, format, {})
      const text = await textOf(dir, file)
      expect(text, format).toMatch(/Жамбылск/)
      expect(text, format).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    }
    // The in-app preview is the same HTML that is printed.
    const { html } = await api.renderBriefing(id, {})
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  }, 60_000)

  test.skipIf(!existsSync(defaultChromiumPath()))(
    'a 10,000-character word wraps in the briefing PDF and is printed whole',
    async () => {
      const { api, dir, id } = await hostileVisit()
      const text = await textOf(dir, await api.exportVisit(id, 'pdf', {}))
      const count = (c: string) => text.split(c).length - 1
      // Q is printed nowhere else: all of the word's middle is there, and both of its ends.
      expect(count('Q')).toBe(2000)
      expect(count('Ж')).toBeGreaterThanOrEqual(4000)
      expect(count('Ы')).toBeGreaterThanOrEqual(4000)
    },
    60_000,
  )
})
