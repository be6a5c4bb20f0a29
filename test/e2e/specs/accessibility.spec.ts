import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test, zhambylVisit } from '../fixtures/host'

// Every screen an officer meets, checked by axe against WCAG 2.1 A and AA: none may have a
// serious or critical violation (contrast, names of controls, roles, labels).
const VISIT_TABS = [
  'overview',
  'programme',
  'participants',
  'documents',
  'logistics',
  'briefing',
  'estimate',
  'report',
  'checklist',
]
const ARCHIVE_TABS = ['overview', 'search', 'agreements', 'journal']
const RELEASE = [
  'Делегация Жамбылской области посетила Ленинградскую область',
  'С 17 по 19 ноября 2025 года Ленинградскую область посетила делегация Жамбылской области Республики Казахстан во главе с заместителем акима области Айжан Есмагамбетовой.',
  'В ходе визита делегация посетила Ленинградскую атомную электростанцию в Сосновом Бору.',
].join('\n\n')

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // The briefing's preview is a PDF-like page of its own, checked in the exports' tests; its
    // frame would make axe wait for a document that has no axe in it.
    .exclude('iframe')
    .analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')} [${n.any.map((c) => c.message).join('; ')}]`)
          .join(' | ')}`,
    )
}

test('no serious or critical accessibility violation on any screen', async ({ page, host }) => {
  test.setTimeout(240_000)
  const made = await zhambylVisit(host)
  const found: Record<string, string[]> = {}
  const check = async (name: string, url: string, ready: () => Promise<void>) => {
    await page.goto(`${host.url}${url}`)
    await ready()
    const list = await violations(page)
    if (list.length) found[name] = list
  }
  const heading = (name: string | RegExp) => async () =>
    expect(page.getByRole('heading', { level: 1, name })).toBeVisible()

  await check('visits', '#/visits', heading('Визиты'))
  for (const tab of VISIT_TABS)
    await check(`visit/${tab}`, `#/visits/${made.visit.id}/${tab}`, async () => {
      await expect(page.getByRole('tabpanel')).toBeVisible()
      await expect(page.getByText('Загрузка…')).toHaveCount(0)
    })
  // The briefing's preview (Справка), as the document it is: its frame has no scripts, so its
  // page is checked on its own.
  await page.goto(`${host.url}#/visits/${made.visit.id}/briefing`)
  const frame = page.locator('iframe.preview-frame')
  await expect(frame).toHaveAttribute('srcdoc', /<html/)
  const preview = await page.context().newPage()
  await preview.setContent((await frame.getAttribute('srcdoc'))!)
  const document = await violations(preview)
  if (document.length) found['briefing preview'] = document
  await preview.close()
  // The programme as a time grid too.
  await page.goto(`${host.url}#/visits/${made.visit.id}/programme`)
  await page.getByRole('radio', { name: 'Сетка' }).click()
  const grid = await violations(page)
  if (grid.length) found['visit/programme grid'] = grid
  await page.getByRole('radio', { name: 'Список' }).click()
  for (const tab of ARCHIVE_TABS)
    await check(`archive/${tab}`, `#/archive/${tab}`, async () => {
      await expect(page.getByRole('tabpanel')).toBeVisible()
    })
  await check('import', '#/import', heading(/Импорт/))
  for (const tab of ['Места проведения', 'Люди', 'Организации']) {
    await check(`directory/${tab}`, '#/directory', heading('Справочник'))
    await page.getByRole('tab', { name: tab }).click()
    const list = await violations(page)
    if (list.length) found[`directory/${tab}`] = list
  }
  // The import review (with its directory matches) and a visit holding undated lines.
  await check('import', '#/import', heading(/Импорт/))
  await page.getByLabel('Или вставьте текст пресс-релиза').fill(RELEASE)
  await page.getByRole('button', { name: 'Разобрать текст' }).click()
  await expect(page.getByRole('region', { name: 'Сверка со справочником' })).toBeVisible()
  const review = await violations(page)
  if (review.length) found['import review'] = review
  await page.getByRole('button', { name: 'Создать визит' }).click()
  await expect(page.getByRole('region', { name: /Без даты/ })).toBeVisible()
  const tray = await violations(page)
  if (tray.length) found['visit/programme with undated lines'] = tray
  await check('settings', '#/settings', heading('Настройки'))
  // A dialog open: the new visit form.
  await page.goto(`${host.url}#/visits`)
  await page.getByRole('button', { name: 'Новый визит' }).first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  const dialog = await violations(page)
  if (dialog.length) found['dialog: new visit'] = dialog
  expect(found).toEqual({})
})
