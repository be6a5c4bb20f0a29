// The seating plan printed as a page, and files saved where the officer chooses (desktop) or
// downloaded (browser mode), each saying where it went.
import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { filePrinter, hasChromium } from '../helpers/chromium-printer'
import { createAppApi } from '../../electron/services/create-app-api'
import type { SaveFiles } from '../../electron/services/api/deps'
import { repoBundledDir } from '../../electron/services/paths'
import { renderBriefingHtml } from '../../shared/briefing/render-briefing-html'
import { seatingFor, seatsLeftToRight } from '../../shared/domain/seating'
import { seatingPlanDocument } from '../../shared/paperwork/seating-plan'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'

const printer = filePrinter()

async function zhambyl(files?: SaveFiles) {
  const api = await createAppApi({
    dataDir: await tempDir(),
    bundledDir: repoBundledDir,
    clock: fixedClock('2026-11-28T07:40:00Z'),
    printer,
    ...(files ? { files } : {}),
  })
  const made = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
  return { api, visit: made.visit }
}

describe('the seating plan as a page', () => {
  test('heads in the centre, the guests seen from across the table, every seat named', async () => {
    const { api, visit } = await zhambyl()
    const { directory } = await api.getDirectory()
    const signing = visit.items.find((i) => i.id === 'i09')!
    const plan = seatingFor(signing, directory)
    // Guests face the entrance: the head's right hand (seat 2) is the page's left.
    const guests = seatsLeftToRight(plan.guest, 'guest').map((s) => s.seat)
    const hosts = seatsLeftToRight(plan.host, 'host').map((s) => s.seat)
    // The head sits in the middle (of the middle two when the side is even).
    const offCentre = (list: number[]) => Math.abs(list.indexOf(1) - (list.length - 1) / 2)
    expect(offCentre(guests)).toBeLessThanOrEqual(0.5)
    expect(offCentre(hosts)).toBeLessThanOrEqual(0.5)
    expect(guests.length + hosts.length).toBe(signing.participantIds.length)
    if (guests.length >= 2) expect(guests.indexOf(2)).toBeLessThan(guests.indexOf(1))
    if (hosts.length >= 2) expect(hosts.indexOf(2)).toBeGreaterThan(hosts.indexOf(1))

    const doc = seatingPlanDocument(visit, signing, directory, new Date('2026-11-28T07:40:00Z'))
    const html = renderBriefingHtml(doc, { fontCss: '' }).replace(/\u00a0/g, ' ')
    for (const p of [...plan.guest, ...plan.host]) expect(html).toContain(p.fullName)
    expect(html).toContain('Стол подписания')
    expect(doc.title).toBe(`План рассадки: ${signing.title}`)
  })

  test.skipIf(!hasChromium)(
    'printed to PDF from the seating dialog’s export: one A4 page with the names',
    async () => {
      const { api, visit } = await zhambyl()
      const file = await api.exportVisit(visit.id, 'seating-pdf', { itemId: 'i09' })
      expect(file.mimeType).toBe('application/pdf')
      expect(file.fileName).toMatch(/^Рассадка — Подписание меморандума/)
      const path = join(await tempDir(), 'seating.pdf')
      await writeFile(path, Buffer.from(file.base64, 'base64'))
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
      expect(info).toMatch(/Pages:\s+1\n/)
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
      expect(text).toContain('План рассадки')
      expect(text).toContain('Есмагамбетова')
      await expect(
        api.exportVisit(visit.id, 'seating-pdf', { itemId: 'no-such-item' }),
      ).rejects.toMatchObject({ details: { key: 'seating.itemMissing' } })
    },
    60_000,
  )
})

describe('saving a made file', () => {
  test('browser mode: the window downloads it; nothing can be shown in a folder', async () => {
    const { api } = await zhambyl()
    expect(await api.saveFile('Справка.pdf', 'JVBERi0=')).toEqual({ outcome: 'download' })
    await expect(api.showSavedFile('/etc/passwd')).rejects.toMatchObject({
      details: { key: 'files.notSavedHere' },
    })
  })

  test('desktop: saved where the officer chose, shown in its folder; only such files are shown', async () => {
    const dir = await tempDir()
    const written: string[] = []
    const shown: string[] = []
    const files: SaveFiles = {
      saveAs: async (name, bytes) => {
        if (name.startsWith('Отмена')) return null
        const path = join(dir, name)
        await writeFile(path, bytes)
        written.push(path)
        return path
      },
      showInFolder: (path) => void shown.push(path),
    }
    const { api } = await zhambyl(files)
    const saved = await api.saveFile('Справка.pdf', Buffer.from('%PDF-1.7').toString('base64'))
    expect(saved).toEqual({ outcome: 'saved', path: join(dir, 'Справка.pdf') })
    expect(await readFile(join(dir, 'Справка.pdf'), 'utf8')).toBe('%PDF-1.7')
    await api.showSavedFile(join(dir, 'Справка.pdf'))
    expect(shown).toEqual([join(dir, 'Справка.pdf')])
    expect(await api.saveFile('Отмена.pdf', 'JVBERi0=')).toEqual({ outcome: 'cancelled' })
    await expect(api.showSavedFile(join(dir, 'другой.pdf'))).rejects.toMatchObject({
      details: { key: 'files.notSavedHere' },
    })
    expect(shown).toHaveLength(1)
    expect(written).toHaveLength(1)
  })
})

describe('the desktop save dialog (mocked electron)', () => {
  test('opens in Documents, then where the officer saved last; writes durably; a cancel writes nothing', async () => {
    const { desktopSaveFiles } = await import('../../electron/main/save-files')
    const docs = await tempDir()
    const chosen = await tempDir()
    const showSaveDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePath: join(chosen, 'Справка.pdf') })
      .mockResolvedValueOnce({ canceled: true, filePath: '' })
    const showItemInFolder = vi.fn()
    const files = desktopSaveFiles({ showSaveDialog }, { showItemInFolder }, () => null, docs)
    // A name with a path in it never steers where the dialog opens.
    expect(await files.saveAs('../../etc/Справка.pdf', new TextEncoder().encode('%PDF'))).toBe(
      join(chosen, 'Справка.pdf'),
    )
    expect(showSaveDialog.mock.calls[0]![0]).toMatchObject({
      defaultPath: join(docs, 'Справка.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
    expect(await readFile(join(chosen, 'Справка.pdf'), 'utf8')).toBe('%PDF')
    expect(await files.saveAs('Смета.xlsx', new Uint8Array([1]))).toBeNull()
    expect(showSaveDialog.mock.calls[1]![0]).toMatchObject({
      defaultPath: join(chosen, 'Смета.xlsx'),
    })
    files.showInFolder(join(chosen, 'Справка.pdf'))
    expect(showItemInFolder).toHaveBeenCalledWith(join(chosen, 'Справка.pdf'))
  })
})
