import type { VisitRecord } from '../../../shared/api/contract'
import { expect, test, zhambylVisit } from '../fixtures/host'

test('a visit moved a month on with the New Year holidays skipped: every item inside the new dates, one Ctrl+Z from the old ones', async ({
  page,
  host,
}) => {
  const made = await zhambylVisit(host)
  const id = made.visit.id
  await page.goto(`${host.url}#/visits/${id}/overview`)
  await page.getByRole('button', { name: 'Перенести визит…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Перенести визит на другие даты' })
  const start = dialog.getByRole('textbox', { name: 'Новая дата начала' })
  await start.fill('04.01.2027')
  await start.press('Tab')
  await dialog.getByLabel('Пропускать выходные').check()
  await dialog.getByLabel('Пропускать праздничные дни (РФ)').check()
  // The preview: the five days land after the New Year holidays, 11–15 January.
  const preview = dialog.getByTestId('reschedule-preview')
  await expect(preview.locator('tbody tr')).toHaveCount(5)
  await expect(preview.locator('tbody tr').first()).toContainText('07.12.2026')
  await expect(preview.locator('tbody tr').first()).toContainText('11.01.2027')
  await expect(preview.locator('tbody tr').last()).toContainText('15.01.2027')
  await page.screenshot({ path: test.info().outputPath('reschedule.png') })
  await dialog.getByRole('button', { name: 'Перенести', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText(/Визит перенесён на/).first()).toBeVisible()

  const saved = async () => (await host.call<VisitRecord>('getVisit', [id])).visit
  await expect
    .poll(async () => {
      const v = await saved()
      return [
        v.startDate,
        v.endDate,
        v.items.every((i) => i.date >= v.startDate && i.date <= v.endDate),
      ]
    })
    .toEqual(['2027-01-11', '2027-01-15', true])
  const moved = await saved()
  expect(moved.items.map((i) => [i.id, i.start, i.end])).toEqual(
    made.visit.items.map((i) => [i.id, i.start, i.end]),
  )
  // Still one visit: moved in place, not copied.
  expect(await host.call<unknown[]>('listVisits')).toHaveLength(1)

  // One undo step brings every old date back.
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('Control+z')
  await expect
    .poll(async () => {
      const v = await saved()
      return [v.startDate, v.endDate, v.items.map((i) => i.date)]
    })
    .toEqual([made.visit.startDate, made.visit.endDate, made.visit.items.map((i) => i.date)])
})

test('changing the start date moves the whole programme with it', async ({ page, host }) => {
  const made = await zhambylVisit(host)
  await page.goto(`${host.url}#/visits/${made.visit.id}/overview`)
  const start = page.getByLabel('Дата начала', { exact: true })
  await start.fill('14.12.2026')
  await start.press('Tab')
  await expect
    .poll(async () => {
      const v = (await host.call<VisitRecord>('getVisit', [made.visit.id])).visit
      return [
        v.startDate,
        v.endDate,
        v.items.every((i) => i.date >= '2026-12-14' && i.date <= '2026-12-18'),
      ]
    })
    .toEqual(['2026-12-14', '2026-12-18', true])
  // Another partner country: the delegation's clock follows it, named by its city and offset.
  const country = page.getByLabel('Страна партнёра', { exact: true })
  await country.fill('')
  await country.pressSequentially('Киргизия')
  await expect(page.getByRole('combobox', { name: 'Часовой пояс делегации' })).toContainText(
    'Бишкек (UTC+6)',
  )
  await expect(page.getByRole('combobox', { name: 'Часовой пояс программы' })).toContainText(
    'Москва (UTC+3)',
  )
  // The programme check finds nothing outside the visit's dates.
  await page.getByRole('tab', { name: /Программа/ }).click()
  await expect(page.getByRole('heading', { name: 'Проверка программы' })).toBeVisible()
  await expect(page.getByText(/вне дат визита/)).toHaveCount(0)
})

test('the day running late: an item and the rest of its day move by 30 minutes, one Ctrl+Z back', async ({
  page,
  host,
}) => {
  const made = await zhambylVisit(host)
  const meeting = made.visit.items.find((i) => i.title.startsWith('Встреча с вице-губернатором'))!
  await page.goto(`${host.url}#/visits/${made.visit.id}/programme`)
  await page.getByRole('button', { name: `Сдвинуть остаток дня: ${meeting.title}` }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: '+30' }).click()
  await page.screenshot({ path: test.info().outputPath('shift-day.png') })
  await dialog.getByRole('button', { name: 'Сдвинуть', exact: true }).click()
  await expect(dialog).toBeHidden()
  const later = (items: VisitRecord['visit']['items']) =>
    items
      .filter((i) => i.date === meeting.date && i.start && i.start >= meeting.start!)
      .map((i) => i.id)
  const starts = async () =>
    Object.fromEntries(
      (await host.call<VisitRecord>('getVisit', [made.visit.id])).visit.items.map((i) => [
        i.id,
        i.start ?? '',
      ]),
    )
  const before = Object.fromEntries(made.visit.items.map((i) => [i.id, i.start ?? '']))
  const plus30 = (t: string) => {
    const m = Number(t.slice(0, 2)) * 60 + Number(t.slice(3)) + 30
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  }
  const moved = new Set(later(made.visit.items))
  await expect
    .poll(starts)
    .toEqual(
      Object.fromEntries(
        Object.entries(before).map(([id, s]) => [id, moved.has(id) ? plus30(s) : s]),
      ),
    )
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('Control+z')
  await expect.poll(starts).toEqual(before)
})
