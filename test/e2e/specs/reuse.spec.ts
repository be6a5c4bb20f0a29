import type { VisitRecord } from '../../../shared/api/contract'
import { expect, test } from '../fixtures/host'

test('a past visit becomes next year’s: new start, weekends and holidays skipped, guests left out, preview first', async ({
  page,
  host,
}) => {
  const past = await host.call<VisitRecord>('createVisitFromTemplate', ['tpl-zhambyl-2025'])
  await page.goto(`${host.url}#/visits/${past.visit.id}`)
  await page.getByRole('button', { name: 'Новый визит на основе этого' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Первый день нового визита' }).fill('30.10.2026')
  await dialog.getByRole('textbox', { name: 'Первый день нового визита' }).press('Tab')
  await dialog.getByRole('checkbox', { name: 'Пропускать выходные' }).check()
  await dialog.getByRole('checkbox', { name: 'Пропускать праздничные дни (РФ)' }).check()
  await dialog.getByRole('checkbox', { name: 'Состав делегации' }).uncheck()
  const preview = dialog.getByTestId('reuse-preview')
  // Friday 30 Oct, then Mon 2 Nov, Tue 3 Nov, (4 Nov is a holiday) Thu 5 Nov, Fri 6 Nov.
  await expect(preview).toContainText('30 октября 2026 г., пятница')
  await expect(preview).toContainText('5 ноября 2026 г., четверг')
  await expect(preview).not.toContainText('4 ноября')
  await page.screenshot({ path: test.info().outputPath('reuse.png') })
  await dialog.getByRole('button', { name: 'Создать визит' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(past.visit.title)
  await expect(page.getByText('30 октября – 6 ноября 2026 г.')).toBeVisible()
  await page.getByRole('tab', { name: /^Участники/ }).click()
  await expect(page.getByRole('region', { name: 'Делегация (гости)' })).toContainText('Пока никого')

  await page.getByRole('button', { name: 'Сохранить как шаблон' }).click()
  await expect(page.getByText(/Шаблон «.*» сохранён/).first()).toBeVisible()
  const templates = await host.call<{ title: string }[]>('listTemplates')
  expect(templates.filter((t) => t.title === past.visit.title)).toHaveLength(1)
})
