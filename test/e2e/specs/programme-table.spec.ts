import type { VisitRecord } from '../../../shared/api/contract'
import { expect, test } from '../fixtures/host'

// The Sichuan delegation's first day, as an officer types it into a Word table.
const DAY = [
  ['09:00–09:30', 'Прибытие делегации в Правительство Ленинградской области', 'Смольный'],
  ['09:30–10:00', 'Встреча с Губернатором Ленинградской области', 'Смольный'],
  ['10:00–11:30', 'Переговоры в расширенном составе', 'Смольный'],
  ['11:30–11:45', 'Подписание соглашения о сотрудничестве', 'Смольный'],
  ['11:45–12:00', 'Подход к прессе', 'Смольный'],
  ['12:00–13:00', 'Рабочий обед', 'Ресторан «Палкинъ»'],
  ['13:00–14:30', 'Трансфер в Сосновый Бор', ''],
  ['14:30–16:30', 'Посещение Ленинградской АЭС', 'Ленинградская АЭС'],
  ['16:30–18:00', 'Трансфер в Санкт-Петербург', ''],
  ['18:00–18:30', 'Размещение в гостинице', 'Гостиница «Астория»'],
  ['19:00–21:00', 'Официальный приём от имени Губернатора', 'Мраморный дворец'],
  ['21:00–21:15', 'Возвращение в гостиницу', 'Гостиница «Астория»'],
]

test('a 12-item day typed into the table by keyboard alone, all 12 in view at 1280×720, one undo a row', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const record = await host.call<VisitRecord>('createVisit', [
    {
      title: 'Визит делегации провинции Сычуань',
      partnerCountry: 'Китай',
      partnerRegion: 'провинция Сычуань',
      startDate: '2027-04-12',
      endDate: '2027-04-13',
    },
  ])
  const id = record.visit.id
  await page.goto(`${host.url}#/visits/${id}/programme`)
  await page.getByRole('radio', { name: 'Таблица' }).click()
  const time = page.getByRole('textbox', { name: /^Новый пункт, 12 апреля .*: Время$/ })
  await time.click()
  for (const [when, title, venue] of DAY) {
    await page.keyboard.type(when!)
    await page.keyboard.press('Tab')
    await page.keyboard.type(title!)
    await page.keyboard.press('Tab')
    await page.keyboard.type(venue!)
    // Back to the event cell and Enter: the row is added, the cursor is in the new row's time.
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(time).toBeFocused()
  }
  const rows = page.locator('.programme-table tbody tr[data-item-id]')
  await expect(rows).toHaveCount(12)
  // Dense: every one of the twelve rows is on screen at once at 1280×720.
  for (let n = 0; n < 12; n++) await expect(rows.nth(n)).toBeInViewport()
  await page.screenshot({ path: test.info().outputPath('programme-table.png') })

  const saved = async () => (await host.call<VisitRecord>('getVisit', [id])).visit
  await expect.poll(async () => (await saved()).items.length).toBe(12)
  const visit = await saved()
  const items = [...visit.items].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''))
  expect(items.map((i) => [`${i.start}–${i.end}`, i.title])).toEqual(DAY.map(([w, t]) => [w, t]))
  // Kinds read from the words; venues matched by name or added to the directory.
  expect(items.map((i) => i.kind).slice(2, 7)).toEqual([
    'talks',
    'signing',
    'press',
    'meal',
    'transfer',
  ])
  const { directory } = await host.call<{ directory: { venues: { id: string; name: string }[] } }>(
    'getDirectory',
  )
  const npp = directory.venues.filter((v) => /Ленинградская АЭС/.test(v.name))
  expect(npp).toHaveLength(1)
  expect(items[7]!.venueId).toBe(npp[0]!.id)

  // A cell edited in place: Enter moves down the same column, a bad time is refused in place.
  const lunch = page.getByRole('textbox', { name: 'Время: Рабочий обед' })
  await lunch.fill('12:15–13:00')
  await lunch.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Время: Трансфер в Сосновый Бор' })).toBeFocused()
  await expect
    .poll(async () => (await saved()).items.find((i) => i.title === 'Рабочий обед')?.start)
    .toBe('12:15')
  const transfer = page.getByRole('textbox', { name: 'Время: Трансфер в Сосновый Бор' })
  await transfer.fill('25:00')
  await transfer.press('Enter')
  await expect(transfer).toHaveAttribute('aria-invalid', 'true')
  expect((await saved()).items.find((i) => i.title.startsWith('Трансфер в Сосновый'))?.start).toBe(
    '13:00',
  )

  // Rows pasted from Word or Excel into the second day's new row: one item each.
  const second = page.getByRole('textbox', { name: /^Новый пункт, 13 апреля .*: Событие$/ })
  await second.focus()
  // A paste as the browser delivers it (the e2e code has no DOM types: the page's script is text).
  // Two venues the directory lacks, one of them named twice: each added once.
  const rows2 = [
    '10:00–11:00\\tЭкскурсия по Эрмитажу\\tГосударственный Эрмитаж',
    '11:00–12:00\\tЗнакомство с Эрмитажем-Казань\\tГосударственный Эрмитаж',
    '12:00–13:00\\tОбед\\tРесторан «Северянин»',
    '',
  ].join('\\n')
  await page.evaluate(`(() => {
    const data = new DataTransfer()
    data.setData('text/plain', '${rows2}')
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
  })()`)
  await expect.poll(async () => (await saved()).items.length).toBe(15)
  const pasted = (await saved()).items.filter((i) => i.date === '2027-04-13')
  expect(pasted.map((i) => [i.start, i.title, i.kind])).toEqual([
    ['10:00', 'Экскурсия по Эрмитажу', 'excursion'],
    ['11:00', 'Знакомство с Эрмитажем-Казань', 'site-tour'],
    ['12:00', 'Обед', 'meal'],
  ])
  const venues = (
    await host.call<{ directory: { venues: { id: string; name: string }[] } }>('getDirectory')
  ).directory.venues
  const hermitage = venues.filter((v) => v.name === 'Государственный Эрмитаж')
  expect(hermitage).toHaveLength(1)
  expect(venues.filter((v) => v.name === 'Ресторан «Северянин»')).toHaveLength(1)
  expect(pasted.slice(0, 2).map((i) => i.venueId)).toEqual([hermitage[0]!.id, hermitage[0]!.id])

  // The paste was one step: one Ctrl+Z takes all three rows back.
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await saved()).items.length).toBe(12)
})
