import type { VisitRecord } from '../../../shared/api/contract'
import { expect, test } from '../fixtures/host'

/** A date `days` from today, as the officer types it (the app runs on the real clock). */
const day = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000)
  const iso = d.toISOString().slice(0, 10)
  return { iso, typed: `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` }
}

test('archive search: filters, highlighted words, a document hit opens its visit’s documents', async ({
  page,
  host,
}) => {
  const past = await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: day(-370).iso },
  ])
  await host.call<VisitRecord>('createVisitFromTemplate', ['tpl-kz-ambassador-2023'])
  await page.goto(`${host.url}#/archive/search`)
  await page
    .getByRole('textbox', { name: 'Поиск по архиву' })
    .fill('меморандума дружественных Тараз')
  await page.getByRole('checkbox', { name: 'Документы' }).check()
  const hits = page.getByRole('list', { name: 'Поиск по архиву' }).getByRole('listitem')
  await expect(hits).toHaveCount(1)
  await expect(hits.first().locator('mark')).toHaveText(['Меморандум', 'дружественных', 'Тараз'])
  await page.screenshot({ path: test.info().outputPath('search.png'), fullPage: true })
  // A year filter that excludes the visit leaves nothing, and says so.
  await page.getByRole('combobox', { name: 'Год' }).click()
  await page.getByRole('option', { name: '2023' }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Ничего не найдено. Проверьте написание или уберите фильтры.',
  )
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click()
  await page.getByRole('checkbox', { name: 'Документы' }).check()
  // The list is searched again after each change: click only once it shows the document alone.
  await expect(hits).toHaveCount(1)
  await expect(hits.first().locator('mark')).toHaveText(['Меморандум', 'дружественных', 'Тараз'])
  await hits.first().getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`#/visits/${past.visit.id}/documents$`))
  await expect(page.getByRole('tab', { name: 'Документы', selected: true })).toBeVisible()
})

test('agreements register: a term and a follow-up set on a document, overdue stands out, ticked done survives a restart', async ({
  page,
  host,
}) => {
  const past = await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: day(-370).iso },
  ])
  await page.goto(`${host.url}#/visits/${past.visit.id}/documents`)
  await page
    .getByRole('button', { name: /^Изменить: Меморандум об установлении дружественных/ })
    .click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('combobox', { name: 'Статус' }).click()
  await page.getByRole('option', { name: 'Подписан' }).click()
  await dialog.getByRole('textbox', { name: 'Подписан (дата)' }).fill(day(-368).typed)
  await dialog
    .getByRole('textbox', { name: 'Действует до (пусто — бессрочно)' })
    .fill(day(60).typed)
  await dialog.getByRole('button', { name: '+ Этап' }).click()
  await dialog.getByRole('textbox', { name: 'Этап 1' }).fill('Дни Тараза в Сосновом Бору')
  await dialog.getByRole('textbox', { name: 'Срок' }).fill(day(-30).typed)
  await dialog.getByRole('textbox', { name: 'Ответственный' }).fill('Администрация Соснового Бора')
  await dialog.getByRole('button', { name: 'Сохранить' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('.follow-up.overdue')).toHaveText(/Дни Тараза в Сосновом Бору/)

  await page.getByRole('link', { name: 'Архив' }).click()
  await page.getByRole('tab', { name: 'Соглашения' }).click()
  const row = page.locator('.register-row.overdue')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Меморандум об установлении дружественных отношений')
  await expect(row).toContainText('просрочено: 1')
  await expect(row).toContainText('Истекает')
  await page.screenshot({ path: test.info().outputPath('register.png'), fullPage: true })
  await row.getByRole('checkbox', { name: 'Выполнено: Дни Тараза в Сосновом Бору' }).check()
  await expect(page.locator('.register-row.overdue')).toHaveCount(0)

  await host.restart()
  await page.goto(`${host.url}#/archive/agreements`)
  await expect(page.getByText('Документов: 3, с просроченным контролем: 0')).toBeVisible()
  await expect(
    page.getByRole('checkbox', { name: 'Выполнено: Дни Тараза в Сосновом Бору' }),
  ).toBeChecked()
})

test('archive overview: the visit ahead with its overdue tasks, and the charts', async ({
  page,
  host,
}) => {
  await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: day(-370).iso },
  ])
  const ahead = await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: day(10).iso },
  ])
  await page.goto(`${host.url}#/archive/overview`)
  const upcoming = page.locator('.upcoming-list > li')
  await expect(upcoming).toHaveCount(1)
  await expect(upcoming).toContainText(ahead.visit.title)
  // The NPP letters are due 30 days before the tour, ten days away: overdue.
  await expect(upcoming.locator('.task.overdue').first()).toContainText('Ленинградская АЭС')
  await expect(page.locator('figure.chart figcaption')).toHaveText([
    'Визиты по годам',
    'Визиты по странам',
    'Документы по видам',
  ])
  await expect(page.getByRole('img', { name: 'Визиты по странам' }).locator('rect')).toHaveCount(1)
  await page.screenshot({ path: test.info().outputPath('overview.png'), fullPage: true })
  await upcoming.getByRole('link').click()
  await expect(page.getByRole('tab', { name: /^Подготовка/, selected: true })).toBeVisible()
})

test('after the visit: the report previewed and saved, the press release drafted with declined names, edited, drafted again', async ({
  page,
  host,
}) => {
  const made = await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: day(-370).iso },
  ])
  await host.call('saveVisit', [{ ...made.visit, status: 'completed' }, made.revision])
  await page.goto(`${host.url}#/visits/${made.visit.id}/report`)
  await expect(page.getByRole('tab', { name: 'После визита', selected: true })).toBeVisible()
  const preview = page.frameLocator('iframe[title="Предпросмотр отчёта"]')
  await expect(preview.getByRole('heading', { name: 'Итоги визита' })).toBeVisible()
  await expect(preview.getByRole('heading', { name: 'Приложение. Ход визита' })).toBeVisible()
  // The results lead the report: a prompt until the officer writes them, then their words.
  await expect(preview.getByText(/Итоги визита не записаны/)).toBeVisible()
  const results = page.getByLabel('Итоги визита (печатаются первыми в отчёте)')
  await results.fill('Договорились о летней школе для студентов из Тараза.')
  await expect(
    preview.getByText('Договорились о летней школе для студентов из Тараза.'),
  ).toBeVisible()
  await expect(page.getByText('Все изменения сохранены')).toBeVisible()
  await page.reload()
  await expect(results).toHaveValue('Договорились о летней школе для студентов из Тараза.')

  const press = page.getByRole('textbox', { name: 'Черновик пресс-релиза' })
  await expect(press).toHaveValue(/^Александр Кялин встретился с делегацией Жамбылской области/)
  await expect(press).toHaveValue(
    /во главе с заместителем акима Жамбылской области Айжан Есмагамбетовой/,
  )
  await page.screenshot({ path: test.info().outputPath('report.png'), fullPage: true })
  await press.fill('Мой заголовок\n\nМой абзац.')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Пресс-релиз (DOCX)' }).click()
  expect((await download).suggestedFilename()).toMatch(/^Черновик пресс-релиза — .*\.docx$/)
  await page.getByRole('button', { name: 'Составить заново' }).click()
  await expect(press).toHaveValue(/^Александр Кялин встретился/)

  const pdf = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Отчёт (PDF)' }).click()
  expect((await pdf).suggestedFilename()).toMatch(/^Отчёт о визите — .*\.pdf$/)

  // The head of delegation's passport, no longer needed once the visit is over.
  type Dir = { directory: { people: { id: string; passport?: unknown }[] }; revision: number }
  const before = await host.call<Dir>('getDirectory')
  await host.call('saveDirectory', [
    {
      ...before.directory,
      people: before.directory.people.map((p) =>
        p.id === 'p-esmagambetova' ? { ...p, passport: { series: 'N', number: '98765432' } } : p,
      ),
    },
    before.revision,
  ])
  await page.getByRole('button', { name: 'Удалить паспортные данные участников' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Удалить' }).click()
  await expect(page.getByText('Паспортные данные удалены у людей: 1.').first()).toBeVisible()
  const after = await host.call<Dir>('getDirectory')
  expect(after.directory.people.find((p) => p.id === 'p-esmagambetova')?.passport).toBeUndefined()
})
