import type { VisitRecord } from '../../../shared/api/contract'
import type { Page } from '@playwright/test'
import { expect, test, type HostProcess } from '../fixtures/host'
import { VisitEditorPage } from '../pages/VisitEditorPage'

/** 56 px per hour on the grid. */
const PX_PER_MINUTE = 56 / 60

/** YYYY-MM-DD of today plus some days, in the browser's zone (Moscow). */
function dayFromToday(days: number): string {
  const moscow = new Date(Date.now() + 3 * 3600_000 + days * 86400_000)
  return moscow.toISOString().slice(0, 10)
}
const START = dayFromToday(9)
const DAY2 = dayFromToday(10)
const DAY3 = dayFromToday(11)

/**
 * The Zhambyl sample moved to start nine days from today: the NPP tour (day 4) is 12 days away,
 * so its 30-day passport list is late whatever the date the suite runs on. (Playwright's fake
 * clock is not used: it breaks Date subclasses such as @date-fns/tz's TZDate.)
 */
async function openZhambyl(page: Page, host: HostProcess) {
  const record = await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: START },
  ])
  await page.goto(`${host.url}#/visits/${record.visit.id}`)
  const editor = new VisitEditorPage(page)
  await expect(editor.conflicts).toBeVisible()
  return { editor, id: record.visit.id }
}

test('the Zhambyl sample shows what its programme implies, and a conflict jumps to its items', async ({
  page,
  host,
}) => {
  const { editor } = await openZhambyl(page, host)
  // The NPP wants the passport list 30 days ahead: already late.
  const passport = editor.conflict(/Ленинградская АЭС.*паспортными данными.*срок пропущен/)
  await expect(passport).toBeVisible()
  await expect(passport).toContainText('Ошибка')
  // The drive from Saint Petersburg to Sosnovy Bor does not fit its 90 minutes.
  const drive = editor.conflict(/Ленинградская АЭС.*130 мин.*90 мин/)
  await expect(drive).toBeVisible()
  // Three days end far from the hotel with no transfer back (Pushkin, Gatchina, Sosnovy Bor).
  await expect(
    editor.conflict(/Сосновоборского городского округа.*нет трансфера обратно/),
  ).toBeVisible()
  // The two overdue NPP deadlines, the drive, the three missing ways back, and the airport's VIP
  // hall request and the government house pass, due within the month (access deadlines enter the
  // check a month ahead).
  await expect(editor.tab('Программа')).toContainText('8')

  // Two clocks: Moscow and Almaty, two hours apart.
  await expect(page.getByTestId('clock-host')).toContainText('Москва')
  await expect(page.getByTestId('clock-home')).toContainText('Алматы · Разница +2 ч')
  const hostTime = await page.getByTestId('clock-host').locator('.clock-time').innerText()
  const homeTime = await page.getByTestId('clock-home').locator('.clock-time').innerText()
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))
  expect([120, 120 - 24 * 60]).toContain(minutes(homeTime) - minutes(hostTime))

  await drive.click()
  const transfer = page.locator('li.item-focused')
  await expect(transfer).toHaveCount(1)
  await expect(transfer).toContainText('Трансфер в г. Сосновый Бор')
  await expect(transfer).toBeInViewport()

  await editor.showGrid()
  await passport.click()
  const focused = page.locator('.grid-item.item-focused')
  await expect(focused).toHaveCount(2)
  await expect(focused.filter({ hasText: 'Экскурсия на Ленинградскую АЭС' })).toBeInViewport()
  await page.screenshot({ path: 'test-results/screens/planning-grid.png' })
})

test('grid: drag, resize and keyboard moves are undoable steps that survive a reload', async ({
  page,
  host,
}) => {
  const { editor } = await openZhambyl(page, host)
  await editor.showGrid()
  const meeting = editor.gridItem('Встреча с вице-губернатором')
  await expect(meeting).toContainText('10:00–11:00')
  // A 15-minute item keeps its title in view: time and title share one line.
  const press = editor.gridItem(/Протокольная съёмка/)
  const title = press.locator('.grid-item-title')
  const [box, titleBox] = [await press.boundingBox(), await title.boundingBox()]
  expect(titleBox!.width).toBeGreaterThan(40)
  expect(titleBox!.y + titleBox!.height).toBeLessThanOrEqual(box!.y + box!.height + 1)
  await expect(press).toHaveAttribute('title', /11:00–11:15, Протокольная съёмка/)
  await expect(meeting.locator('xpath=..')).toHaveAttribute('data-date', DAY2)

  // Drag down by 30 minutes.
  await editor.drag(meeting, 0, 30 * PX_PER_MINUTE)
  await expect(meeting).toContainText('10:30–11:30')
  // The move now overlaps the press approach at 11:00 for the same people: the check sees it.
  await expect(
    editor.conflict(/пункты «Встреча с вице-губернатором.*идут одновременно/),
  ).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(meeting).toContainText('10:00–11:00')
  await page.keyboard.press('Control+Shift+z')
  await expect(meeting).toContainText('10:30–11:30')
  await page.keyboard.press('Control+z')

  // Stretch the bottom edge by 15 minutes.
  await editor.drag(meeting, 0, 15 * PX_PER_MINUTE, true)
  await expect(meeting).toContainText('10:00–11:15')
  await page.keyboard.press('Control+z')
  await expect(meeting).toContainText('10:00–11:00')

  // Drag to the next day column.
  const column = (await page.locator('.grid-day').first().boundingBox())!
  await editor.drag(meeting, column.width, 0)
  await expect(meeting.locator('xpath=..')).toHaveAttribute('data-date', DAY3)
  await page.keyboard.press('Control+z')
  await expect(meeting.locator('xpath=..')).toHaveAttribute('data-date', DAY2)

  // The keyboard does everything the mouse does.
  await meeting.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(meeting).toContainText('10:10–11:10')
  await page.keyboard.press('Shift+ArrowDown')
  await expect(meeting).toContainText('10:25–11:25')
  await page.keyboard.press('ArrowUp')
  await expect(meeting).toContainText('10:20–11:20')
  await expect(meeting).toBeFocused()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(meeting).toContainText('10:20–11:25')
  await page.keyboard.press('ArrowRight')
  await expect(meeting.locator('xpath=..')).toHaveAttribute('data-date', DAY3)
  await expect(meeting).toBeFocused()
  await page.waitForTimeout(1600)
  await page.keyboard.press('ArrowLeft')
  await expect(meeting.locator('xpath=..')).toHaveAttribute('data-date', DAY2)
  // A run of presses is one step: undo takes back the last run only.
  await page.keyboard.press('Control+z')
  await expect(meeting.locator('xpath=..')).toHaveAttribute('data-date', DAY3)
  await expect(meeting).toContainText('10:20–11:25')
  await meeting.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')

  await editor.waitSaved()
  await page.reload()
  await editor.showGrid()
  await expect(meeting.locator('xpath=..')).toHaveAttribute('data-date', DAY3)
  await expect(meeting).toContainText('10:20–11:25')
})

test('checklist: the overdue NPP task is marked done, which clears the conflict, and own tasks persist', async ({
  page,
  host,
}) => {
  const { editor } = await openZhambyl(page, host)
  await editor.tab('Подготовка').click()
  const row = page.locator('tr', { hasText: 'список с паспортными данными' })
  await expect(row).toHaveClass(/task-overdue/)
  await expect(row).toContainText('просрочено')
  await row.getByRole('combobox', { name: /Статус/ }).selectOption('done')
  await row.getByRole('textbox', { name: /Ответственный/ }).fill('Иванова О. П.')
  await expect(row).not.toHaveClass(/task-overdue/)

  await page.getByLabel('Новая задача').fill('Заказать национальные флаги Казахстана')
  await page.getByRole('button', { name: 'Добавить задачу' }).click()
  await expect(page.locator('tr', { hasText: 'Заказать национальные флаги' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/checklist.png', fullPage: true })

  await editor.tab('Программа').click()
  await expect(editor.conflict(/паспортными данными/)).toHaveCount(0)
  await expect(editor.conflict(/официальное письмо/)).toBeVisible()

  await editor.waitSaved()
  await page.reload()
  await editor.tab('Подготовка').click()
  const again = page.locator('tr', { hasText: 'список с паспортными данными' })
  await expect(again.getByRole('combobox', { name: /Статус/ })).toHaveValue('done')
  await expect(again.getByRole('textbox', { name: /Ответственный/ })).toHaveValue('Иванова О. П.')
  await expect(page.locator('tr', { hasText: 'Заказать национальные флаги' })).toBeVisible()
})
