import { readFile } from 'node:fs/promises'
import type { VisitRecord } from '../../../shared/api/contract'
import { expect, test } from '../fixtures/host'

test('the briefing previews the printed page, follows the options and saves a PDF, a DOCX and a calendar', async ({
  page,
  host,
}, testInfo) => {
  const record = await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: '2026-12-07' },
  ])
  await page.goto(`${host.url}#/visits/${record.visit.id}`)
  await page.getByRole('tab', { name: /^Справка/ }).click()
  const preview = page.frameLocator('iframe[title="Предпросмотр"]')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'Визит делегации Жамбылской области Республики Казахстан',
  )
  await expect(preview.getByRole('heading', { name: 'Состав делегации' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('briefing.png') })

  // Switch a section off, and the language to English.
  await page.getByRole('checkbox', { name: 'Состав делегации' }).uncheck()
  await expect(preview.getByRole('heading', { name: 'Состав делегации' })).toHaveCount(0)
  await page.getByLabel('Язык документа').selectOption('en')
  await expect(preview.getByRole('heading', { name: 'Programme' })).toBeVisible()
  await page.getByLabel('Язык документа').selectOption('ru')

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Сохранить PDF' }).click(),
  ])
  expect(pdf.suggestedFilename()).toMatch(/^Полная справка — .*\.pdf$/)
  const bytes = await readFile((await pdf.path())!)
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')

  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Программа (DOCX)' }).click(),
  ])
  expect(docx.suggestedFilename()).toMatch(/\.docx$/)
  await page.getByLabel('Календарь для участника').selectOption({ label: 'Воронков Михаил' })
  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Календарь (ICS)' }).click(),
  ])
  expect(ics.suggestedFilename()).toMatch(/Воронков Михаил.*\.ics$/)
  // Long lines are folded (RFC 5545): unfold before reading.
  const calendar = (await readFile((await ics.path())!, 'utf8')).replace(/\r\n /g, '')
  expect(calendar).toContain('SUMMARY:Встреча с главой Сосновоборского городского округа')
  expect(calendar).not.toContain('SUMMARY:Экскурсия на Ленинградскую АЭС')
})

test('hostile text in the visit shows as text in the preview and runs nothing', async ({
  page,
  host,
}) => {
  const record = await host.call<VisitRecord>('createVisitFromTemplate', ['tpl-zhambyl-2025'])
  const hostile =
    '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'
  await host.call('saveVisit', [{ ...record.visit, title: hostile }, record.revision])
  await page.goto(`${host.url}#/visits/${record.visit.id}`)
  await page.getByRole('tab', { name: /^Справка/ }).click()
  const preview = page.frameLocator('iframe[title="Предпросмотр"]')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(hostile)
  await expect(preview.locator('img, script')).toHaveCount(0)
  expect(await page.title()).not.toBe('pwned')
})
