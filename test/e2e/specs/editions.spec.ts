import { execFileSync } from 'node:child_process'
import type { VisitRecord } from '../../../shared/api/contract'
import { expect, test } from '../fixtures/host'

test('editions: issued from the Справка tab, a later change listed, the PDF export issues edition 2 and says so on its pages', async ({
  page,
  host,
}) => {
  const made = await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: '2026-12-07' },
  ])
  await page.goto(`${host.url}#/visits/${made.visit.id}/briefing`)
  const panel = page.getByTestId('editions')
  await expect(panel).toContainText('Редакций пока нет')
  await panel.getByRole('button', { name: 'Выпустить редакцию' }).click()
  await expect(panel).toContainText('С редакции 1 программа не менялась.')
  await expect(panel.getByRole('button', { name: 'Выпустить редакцию' })).toBeDisabled()

  // The NPP tour moves by two hours (as if from another window): the panel lists the change.
  const current = await host.call<VisitRecord>('getVisit', [made.visit.id])
  await host.call('saveVisit', [
    {
      ...current.visit,
      items: current.visit.items.map((i) =>
        i.title.includes('Ленинградскую АЭС') ? { ...i, start: '12:00', end: '13:30' } : i,
      ),
    },
    current.revision,
  ])
  await page.reload()
  await expect(panel).toContainText('Проект (после редакции 1)')
  await expect(panel.locator('.change-retimed')).toContainText(
    '«Экскурсия на Ленинградскую АЭС» (10.12.2026): время изменено с 10:00–12:30 на 12:00–13:30.',
  )
  const preview = page.frameLocator('iframe[title="Предпросмотр"]')
  await expect(preview.getByText('Проект (после редакции 1)')).toBeVisible()

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Сохранить PDF' }).click(),
  ])
  await expect(panel.locator('.edition-list > li')).toHaveCount(2)
  await expect(panel).toContainText('С редакции 2 программа не менялась.')
  await expect(preview.getByText(/^Редакция 2 от /)).toBeVisible()
  await panel.scrollIntoViewIfNeeded()
  const text = execFileSync('pdftotext', ['-raw', (await pdf.path())!, '-'], { encoding: 'utf8' })
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [(await pdf.path())!], { encoding: 'utf8' }))![1],
  )
  // On every page, and with the changes since edition 1.
  expect(text.match(/Редакция 2 от \d\d\.\d\d\.\d{4} \d\d:\d\d/g)!.length).toBeGreaterThanOrEqual(
    pages,
  )
  expect(text).toContain('Изменения по сравнению с редакцией 1')
  await page.screenshot({ path: test.info().outputPath('editions.png'), fullPage: true })
})

test('the guest and the working programmes come from the Справка tab', async ({ page, host }) => {
  const made = await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: '2026-12-07' },
  ])
  await page.goto(`${host.url}#/visits/${made.visit.id}/briefing`)
  await page.getByRole('radio', { name: 'Программа для гостей' }).check()
  await page.getByRole('checkbox', { name: /УТВЕРЖДАЮ/ }).check()
  const preview = page.frameLocator('iframe[title="Предпросмотр"]')
  await expect(preview.getByText('УТВЕРЖДАЮ')).toBeVisible()
  await expect(preview.getByText('8 декабря, вторник')).toBeVisible()
  // The template's placeholders are open: listed, and the copy goes out only with a waiver.
  await expect(page.getByText(/^Открытые вопросы перед выпуском: \d+/)).toBeVisible()
  await page.getByRole('button', { name: 'Сохранить PDF' }).click()
  const waive = page.getByRole('alertdialog', { name: 'Открытые вопросы перед выпуском' })
  await expect(waive).toContainText('Представитель акимата г. Тараз (ФИО уточняется)')
  const [guest] = await Promise.all([
    page.waitForEvent('download'),
    waive.getByRole('button', { name: 'Выпустить как есть (записать)' }).click(),
  ])
  expect(guest.suggestedFilename()).toMatch(/^Программа для гостей — .*\.pdf$/)
  await expect
    .poll(
      async () => (await host.call<VisitRecord>('getVisit', [made.visit.id])).visit.waivers.length,
    )
    .toBe(1)
  await page.screenshot({ path: test.info().outputPath('guest.png'), fullPage: true })

  await page.getByRole('radio', { name: /^Рабочая программа/ }).check()
  await expect(preview.getByRole('heading', { name: 'Рабочая программа (сценарий)' })).toBeVisible()
  await expect(
    preview.getByText('Флаги, таблички с именами, рассадка по плану').first(),
  ).toBeVisible()
  const [working] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Программа (DOCX)' }).click(),
  ])
  expect(working.suggestedFilename()).toMatch(/^Рабочая программа — .*\.docx$/)
})
