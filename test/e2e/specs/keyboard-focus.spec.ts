import { expect, test, zhambylVisit } from '../fixtures/host'

test('the keyboard stays where the officer was: on the item just added or edited, or on the button that opened a dialog', async ({
  page,
  host,
}) => {
  const made = await zhambylVisit(host)
  await page.goto(`${host.url}#/visits/${made.visit.id}/programme`)
  const add = page.getByRole('button', { name: /^Добавить пункт: 9 декабря/ })
  await add.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Новый пункт программы' })
  await dialog.getByRole('textbox', { name: 'Начало' }).fill('17:00')
  await dialog.getByRole('textbox', { name: 'Событие' }).fill('Встреча с ректором')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  // On the new item, on day 3, not at the top of the page.
  await expect(page.getByRole('button', { name: 'Изменить: Встреча с ректором' })).toBeFocused()

  // Edited and saved: still on that item, under its new title.
  await page.keyboard.press('Enter')
  const edit = page.getByRole('dialog', { name: 'Пункт программы' })
  await edit.getByRole('textbox', { name: 'Событие' }).fill('Встреча с ректором университета')
  await page.keyboard.press('Enter')
  await expect(edit).toBeHidden()
  await expect(
    page.getByRole('button', { name: 'Изменить: Встреча с ректором университета' }),
  ).toBeFocused()

  // Cancelled with Escape: back on the button that opened it.
  await add.focus()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(add).toBeFocused()
})

test('opening a visit puts the keyboard on its title; a few Tabs and Enter reach any day’s “Добавить пункт”', async ({
  page,
  host,
}) => {
  const made = await zhambylVisit(host)
  await page.goto(`${host.url}#/visits`)
  const link = page.getByRole('link', { name: made.visit.title }).first()
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: made.visit.title })).toBeFocused()
  await page.getByRole('tab', { name: /^Программа/ }).click()
  await page.getByRole('heading', { level: 1 }).focus()

  // From the title: the tools, the tabs, the view switch (one stop), then the row of days.
  const target = page.getByRole('button', { name: /^К дню: 9 декабря/ })
  let presses = 0
  const focused = () => target.evaluate((el) => el === el.ownerDocument.activeElement)
  while (!(await focused()) && presses < 30) {
    await page.keyboard.press('Tab')
    presses++
  }
  expect(presses).toBeLessThanOrEqual(12)
  await page.keyboard.press('Enter')
  const add = page.getByRole('button', { name: /^Добавить пункт: 9 декабря/ })
  await expect(add).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Новый пункт программы' })).toBeVisible()
  test.info().annotations.push({ type: 'tab presses to day 3', description: String(presses) })
})
