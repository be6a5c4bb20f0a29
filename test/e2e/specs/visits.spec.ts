import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { VisitRecord } from '../../../shared/api/contract'
import { expect, test } from '../fixtures/host'
import { VisitEditorPage } from '../pages/VisitEditorPage'
import { VisitListPage } from '../pages/VisitListPage'

test('an officer creates a visit, plans two days, and finds it all after a reload and a restart', async ({
  page,
  host,
}) => {
  const list = new VisitListPage(page)
  await list.goto(host.url)
  await list.createVisit({
    title: 'Визит делегации Жамбылской области',
    country: 'Казахстан',
    region: 'Жамбылская область',
    start: '17.11.2026',
    end: '21.11.2026',
  })

  const editor = new VisitEditorPage(page)
  await expect(
    page.getByRole('heading', { name: 'Визит делегации Жамбылской области', level: 1 }),
  ).toBeVisible()
  await expect(editor.day('17 ноября 2026 г., вторник')).toBeVisible()
  await editor.addItem('18 ноября 2026 г., среда', {
    kind: 'Подписание',
    start: '14:00',
    end: '14:45',
    title: 'Подписание меморандума ЛГУ им. А.С. Пушкина и Таразского университета',
    venue: 'Ленинградский государственный университет имени А.С. Пушкина',
  })
  await editor.addItem('18 ноября 2026 г., среда', {
    start: '10:00',
    end: '11:00',
    title: 'Встреча с вице-губернатором',
  })
  await editor.addItem('20 ноября 2026 г., пятница', {
    kind: 'Посещение объекта',
    start: '10:00',
    end: '12:30',
    title: 'Экскурсия на Ленинградскую АЭС',
    venue: 'Ленинградская АЭС',
  })
  await editor.waitSaved()

  const day18 = editor.day('18 ноября 2026 г., среда')
  await expect(day18.locator('ol.items > li')).toHaveCount(2)
  // Items appear in time order whatever order they were added in.
  await expect(day18.locator('ol.items > li').first()).toContainText('Встреча с вице-губернатором')

  await page.reload()
  await expect(editor.day('18 ноября 2026 г., среда').locator('ol.items > li')).toHaveCount(2)
  await expect(editor.day('20 ноября 2026 г., пятница')).toContainText('Ленинградская АЭС')

  await host.restart()
  await list.goto(host.url)
  await expect(list.rows.filter({ hasText: 'Визит делегации Жамбылской области' })).toContainText(
    '17–21 ноября 2026 г.',
  )
  await list.rows
    .filter({ hasText: 'Визит делегации Жамбылской области' })
    .getByRole('link')
    .click()
  await expect(editor.day('18 ноября 2026 г., среда')).toContainText(
    'Подписание меморандума ЛГУ им. А.С. Пушкина',
  )
  await expect(editor.day('20 ноября 2026 г., пятница')).toContainText('10:00–12:30')
})

test('undo and redo step through programme changes', async ({ page, host }) => {
  const record = await host.call<VisitRecord>('createVisit', [
    { title: 'Рабочий визит', startDate: '2026-03-02', endDate: '2026-03-03' },
  ])
  await page.goto(`${host.url}#/visits/${record.visit.id}`)
  const editor = new VisitEditorPage(page)
  await editor.addItem('2 марта 2026 г., понедельник', {
    start: '09:00',
    end: '10:00',
    title: 'Завтрак',
  })
  await expect(page.getByText('Завтрак')).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(page.getByText('Завтрак')).toBeHidden()
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByText('Завтрак')).toBeVisible()
  await editor.waitSaved()
  await page.reload()
  await expect(page.getByText('Завтрак')).toBeVisible()
})

test('two tabs: different edits merge by themselves; the same field changed in both is the officer’s choice', async ({
  page,
  context,
  host,
}) => {
  const record = await host.call<VisitRecord>('createVisit', [
    { title: 'Визит Посла', startDate: '2026-05-12', endDate: '2026-05-12' },
  ])
  const url = `${host.url}#/visits/${record.visit.id}`
  const second = await context.newPage()
  await page.goto(url)
  await second.goto(url)

  // Different items added in each tab: the stale save merges with the other and keeps both.
  const first = new VisitEditorPage(page)
  await first.addItem('12 мая 2026 г., вторник', {
    start: '12:00',
    end: '13:00',
    title: 'Встреча в первом окне',
  })
  await first.waitSaved()
  const other = new VisitEditorPage(second)
  await other.addItem('12 мая 2026 г., вторник', {
    start: '15:00',
    end: '16:00',
    title: 'Встреча во втором окне',
  })
  await expect(
    second.getByText(/изменения объединены, ваши правки сохранены/).first(),
  ).toBeVisible()
  await expect(second.getByText('Встреча в первом окне')).toBeVisible()
  await expect(second.getByText('Встреча во втором окне')).toBeVisible()
  await other.waitSaved()
  const both = (await host.call<VisitRecord>('getVisit', [record.visit.id])).visit.items
  expect(both.map((i) => i.title).sort()).toEqual([
    'Встреча в первом окне',
    'Встреча во втором окне',
  ])

  // The same field changed differently in both: the officer chooses, and loses nothing.
  await page.goto(`${url}/overview`)
  await second.goto(`${url}/overview`)
  await page.getByLabel('Название визита').fill('Визит Посла Казахстана')
  await first.waitSaved()
  await second.getByLabel('Название визита').fill('Визит Посла (уточнено)')
  const conflict = second.getByRole('alertdialog', { name: 'Визит изменён в другом окне' })
  await expect(conflict).toBeVisible()
  await expect(conflict).toContainText('Ваши изменения не потеряны')
  await conflict.getByRole('button', { name: 'Загрузить их версию' }).click()
  await expect(second.getByLabel('Название визита')).toHaveValue('Визит Посла Казахстана')
  // The officer's own edit is one undo away.
  await second.keyboard.press('Control+z')
  await expect(second.getByLabel('Название визита')).toHaveValue('Визит Посла (уточнено)')
})

test('a visit starts from a sample template with its programme, people and documents', async ({
  page,
  host,
}, testInfo) => {
  const list = new VisitListPage(page)
  await list.goto(host.url)
  await expect(page.getByRole('heading', { name: 'Шаблоны прошлых визитов' })).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Создать по шаблону' })).toHaveCount(3)
  await page.screenshot({ path: testInfo.outputPath('visit-list-empty.png'), fullPage: true })

  await list.template(/Визит делегации Жамбылской области/).click()
  // The dialog previews the programme before anything is created.
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByTestId('reuse-preview')).toContainText('Экскурсия на Ленинградскую АЭС')
  await dialog.getByRole('button', { name: 'Создать визит' }).click()
  const editor = new VisitEditorPage(page)
  await expect(editor.day('20 ноября 2025 г., четверг')).toContainText(
    'Экскурсия на Ленинградскую АЭС',
  )
  await page.screenshot({ path: testInfo.outputPath('visit-editor.png') })
  await editor.tab('Участники').click()
  await expect(page.getByRole('region', { name: 'Делегация (гости)' })).toContainText(
    'Есмагамбетова Айжан Серикбаевна',
  )
  await editor.tab('Документы').click()
  await expect(
    page.getByText(
      'Меморандум об установлении дружественных отношений между Сосновоборским городским округом и городом Тараз',
    ),
  ).toBeVisible()

  await page.goto(host.url)
  await expect(list.rows).toHaveCount(2)
  await list.search.fill('Жамбыл')
  await expect(list.rows).toHaveCount(2)
  // The archive search: another word form, the Latin spelling, a typo.
  await list.search.fill('Жамбылская область')
  await expect(list.rows).toHaveCount(2)
  await list.search.fill('Zhambyl')
  await expect(list.rows).toHaveCount(2)
  await list.search.fill('меморандума Сосновоборским')
  await expect(list.rows).toHaveCount(2)
  await list.search.fill('Киргизия')
  await expect(page.getByText('Ничего не найдено')).toBeVisible()
  await list.search.fill('')
  await page.screenshot({ path: testInfo.outputPath('visit-list.png'), fullPage: true })
})

test('hostile text in a field is shown as text, never run', async ({ page, host }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
  const record = await host.call<VisitRecord>('createVisit', [
    { title: payload, startDate: '2026-05-12', endDate: '2026-05-12' },
  ])
  await page.goto(`${host.url}#/visits/${record.visit.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload)
  // The same text in a document, then on every archive page and in the report and release.
  await host.call('saveVisit', [
    {
      ...record.visit,
      partnerRegion: payload,
      agreements: [
        {
          id: 'a1',
          title: `Меморандум ${payload}`,
          parties: [payload],
          status: 'signed',
          followUps: [{ id: 'f1', title: payload, due: '2026-06-01' }],
        },
      ],
    },
    record.revision,
  ])
  await page.goto(`${host.url}#/archive/search`)
  await page.getByRole('textbox', { name: 'Поиск по архиву' }).fill('меморандум img')
  await expect(page.locator('.search-hit').first()).toContainText(payload)
  await page.getByRole('tab', { name: 'Соглашения' }).click()
  await expect(page.locator('.register-row').first()).toContainText(`Меморандум ${payload}`)
  await page.getByRole('tab', { name: 'Обзор' }).click()
  await expect(page.locator('figure.chart').first()).toBeVisible()
  await page.goto(`${host.url}#/visits/${record.visit.id}/report`)
  await expect(page.getByRole('textbox', { name: 'Черновик пресс-релиза' })).toHaveValue(
    new RegExp(payload.slice(0, 12)),
  )
  await expect(
    page
      .frameLocator('iframe[title="Предпросмотр отчёта"]')
      .getByRole('heading', { name: 'Итоги визита' }),
  ).toBeVisible()
  expect(
    await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined()
})

test('the interface switches to English and stays so after a reload', async ({ page, host }) => {
  await page.goto(`${host.url}#/settings`)
  await page.getByRole('combobox', { name: 'Язык интерфейса' }).click()
  await page.getByRole('option', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('link', { name: 'Visits' })).toBeVisible()
})

test('a damaged file at start-up is reported, and the rest of the archive loads', async ({
  page,
  host,
}) => {
  await host.call('createVisit', [
    { title: 'Целый визит', startDate: '2026-05-12', endDate: '2026-05-12' },
  ])
  await writeFile(join(host.dataDir, 'visits', 'broken.json'), '{"schemaVersion":1,"revision":')
  await host.restart()
  await page.goto(host.url)
  await expect(page.getByRole('alert').filter({ hasText: 'повреждённые файлы: 1' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Целый визит' })).toBeVisible()
  await page.getByRole('button', { name: 'Подробнее' }).click()
  await expect(page.getByText('visits/broken.json')).toBeVisible()
})

test('venues keep their access rules in the directory', async ({ page, host }, testInfo) => {
  await page.goto(`${host.url}#/directory`)
  const npp = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Ленинградская АЭС' }) })
  await expect(npp).toContainText('Список с паспортными данными (за 30 дн.)')
  await page.screenshot({ path: testInfo.outputPath('directory.png'), fullPage: false })
  await page.getByRole('button', { name: 'Новое место' }).click()
  const dialog = page.getByRole('dialog', { name: 'Новое место' })
  await dialog.getByLabel('Название').fill('Гостиница «Балтика»')
  await dialog.getByLabel('Адрес').fill('Ленинградская обл., г. Сосновый Бор')
  await dialog.getByLabel('Широта').fill('59,9')
  await dialog.getByLabel('Долгота').fill('29.08')
  await dialog.getByRole('button', { name: 'Сохранить' }).click()
  await expect(dialog).toBeHidden()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Гостиница «Балтика»' })).toBeVisible()
})

test('the address without the access key opens nothing and says which address to open', async ({
  page,
  host,
}) => {
  await page.goto(new URL(host.url).origin + '/#/visits')
  await expect(page.getByRole('alert')).toContainText(
    'откройте адрес, который программа напечатала',
  )
  await expect(page.getByRole('link', { name: 'Визиты' })).toHaveCount(0)
  // The key given once stays with the tab: the address bar loses it, a reload still works.
  await page.goto(host.url)
  await expect(page.getByRole('link', { name: 'Визиты' })).toBeVisible()
  expect(page.url()).not.toContain('token=')
  await page.reload()
  await expect(page.getByRole('link', { name: 'Визиты' })).toBeVisible()
})
