import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { readFile } from 'node:fs/promises'
import type { DirectoryRecord, ExportedFile, VisitRecord } from '../../../shared/api/contract'
import { expect, test } from '../fixtures/host'
import { wordProgramme } from '../../helpers/word-programme'

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'X-WR-CALNAME:Визит делегации провинции Хэйлунцзян',
  'BEGIN:VEVENT',
  'UID:a',
  'SUMMARY:Переговоры в Доме Правительства',
  'DTSTART:20261208T070000Z',
  'DTEND:20261208T083000Z',
  'LOCATION:Дом Правительства Ленинградской области',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:b',
  'SUMMARY:Личная встреча (не переносить)',
  'DTSTART:20261208T150000Z',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n')

test('a calendar file: the review screen shows each event with its source, dropped ones stay out', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/import`)
  await page.locator('input[type=file]').setInputFiles({
    name: 'programme.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from(ICS),
  })
  await expect(page.getByRole('heading', { name: 'Проверьте черновик' })).toBeVisible()
  const items = page.getByTestId('draft-item')
  await expect(items).toHaveCount(2)
  await items.first().click()
  await expect(page.getByTestId('source-text')).toContainText(
    'Переговоры в Доме Правительства · 2026-12-08 10:00–11:30',
  )
  await page.screenshot({ path: test.info().outputPath('review-ics.png') })
  await page.getByRole('checkbox', { name: 'Перенести: Личная встреча (не переносить)' }).uncheck()
  await page.getByRole('button', { name: 'Создать визит' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Визит делегации провинции Хэйлунцзян',
  )
  await expect(page.locator('ol.items > li')).toHaveCount(1)
  await expect(page.locator('ol.items > li')).toContainText('10:00–11:30')
})

test('a Word programme dropped onto the window: day rows read, unreadable rows reported', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/visits`)
  const bytes = (await wordProgramme()).toString('base64')
  // A DataTransfer holding the file, made in the page (the test's tsconfig has no DOM types).
  const dataTransfer = await page.evaluateHandle(`(() => {
    const dt = new DataTransfer()
    const data = Uint8Array.from(atob('${bytes}'), (c) => c.charCodeAt(0))
    dt.items.add(new File([data], 'Программа.docx'))
    return dt
  })()`)
  await page.dispatchEvent('body', 'dragover', { dataTransfer })
  await page.dispatchEvent('body', 'drop', { dataTransfer })
  await expect(page.getByRole('heading', { name: 'Проверьте черновик' })).toBeVisible()
  await expect(page.getByTestId('draft-item')).toHaveCount(3)
  await expect(page.getByRole('region', { name: /Не удалось прочитать/ })).toContainText(
    'по согласованию | Гатчина',
  )
  await page.getByTestId('draft-item').nth(2).click()
  await expect(page.getByTestId('source-text')).toHaveText(
    '10:00–12:30 | Экскурсия на Ленинградскую АЭС | Ленинградская АЭС',
  )
  await page.getByRole('button', { name: 'Создать визит' }).click()
  await expect(page.locator('ol.items > li')).toHaveCount(3)
  await expect(page.locator('ol.items > li').last()).toContainText('Ленинградская АЭС')
})

test('a visit file comes back whole as a copy', async ({ page, host }) => {
  const record = await host.call<VisitRecord>('createVisitFromTemplate', ['tpl-zhambyl-2025'])
  const file = await host.call<ExportedFile>('exportVisit', [record.visit.id, 'bundle', {}])
  await page.goto(`${host.url}#/import`)
  await page.locator('input[type=file]').setInputFiles({
    name: file.fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(file.base64, 'base64'),
  })
  await expect(page.getByText('Файл визита переносится целиком')).toBeVisible()
  await expect(page.getByTestId('draft-item')).toHaveCount(record.visit.items.length)
  await page.getByRole('button', { name: 'Импортировать как копию' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.visit.title)
  expect(page.url()).not.toContain(record.visit.id)
  const visits = await host.call<unknown[]>('listVisits')
  expect(visits).toHaveLength(2)
})

test('a press release pasted as text: events, documents and people, each with its sentence', async ({
  page,
  host,
}) => {
  const text = await readFile(
    'test/fixtures/press-releases/zhambyl-delegation-leningrad-oblast.txt',
    'utf8',
  )
  await page.goto(`${host.url}#/import`)
  await page.getByLabel('Год (если в тексте не указан)').fill('2025')
  await page.getByLabel('Или вставьте текст пресс-релиза').fill(text)
  await page.getByRole('button', { name: 'Разобрать текст' }).click()
  await expect(page.getByRole('heading', { name: 'Проверьте черновик' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Название' }).first()).toHaveValue(
    /Жамбылской области/,
  )
  const items = page.getByTestId('draft-item')
  await expect(
    items.filter({ has: page.locator('input[value*="Ленинградскую атомную"]') }),
  ).toHaveCount(1)
  await items.first().click()
  await expect(page.getByTestId('source-text')).toContainText('18 ноября')
  await expect(page.getByRole('region', { name: /Документы/ })).toContainText(
    'Меморандум о сотрудничестве',
  )
  await expect(page.getByRole('region', { name: /Участники/ })).toContainText('Есмагамбетова')
  await page.screenshot({ path: test.info().outputPath('review-press.png'), fullPage: true })
  await page.getByRole('button', { name: 'Создать визит' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Жамбылской области')
  await page.getByRole('tab', { name: /^Документы/ }).click()
  await expect(
    page.getByText('Меморандум о сотрудничестве', { exact: false }).first(),
  ).toBeVisible()
  await page.getByRole('tab', { name: /^Участники/ }).click()
  await expect(page.getByRole('region', { name: 'Делегация (гости)' })).toContainText(
    'Есмагамбетова',
  )
})

test("another region's release about its trip abroad: who travels where, and how sure the reader is", async ({
  page,
  host,
}) => {
  const text = await readFile('test/fixtures/press/kz-01-kurgan-bogomolov-astana-2009.txt', 'utf8')
  await page.goto(`${host.url}#/import`)
  await expect(page.getByRole('textbox', { name: 'Дата публикации' })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('import-form.png') })
  await page.getByLabel('Год (если в тексте не указан)').fill('2009')
  await page.getByLabel('Или вставьте текст пресс-релиза').fill(text)
  await page.getByRole('button', { name: 'Разобрать текст' }).click()
  await expect(page.getByRole('heading', { name: 'Проверьте черновик' })).toBeVisible()
  await expect(page.getByLabel('Направление')).toHaveValue('outgoing')
  await expect(page.getByRole('textbox', { name: 'Регион партнёра' })).toHaveValue('Астана')
  const sure = page.getByRole('region', { name: 'Насколько уверенно прочитано' })
  await expect(sure.getByTestId('confidence-direction')).toContainText(
    'уверенно: в тексте сказано, кто куда едет',
  )
  await expect(sure.getByTestId('confidence-dates')).toContainText('даты названы в тексте')
  await expect(page.getByRole('region', { name: /Участники/ })).toContainText(
    'Олег Богомолов — Губернатор Зауралья',
  )
  await page.screenshot({ path: test.info().outputPath('review-outgoing.png'), fullPage: true })
})

test('a 50 MB file is refused with a clear message before it is read', async ({ page, host }) => {
  await page.goto(`${host.url}#/import`)
  const big = test.info().outputPath('archive.docx')
  await mkdir(dirname(big), { recursive: true })
  await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 0x41))
  await page.locator('input[type=file]').setInputFiles(big)
  await expect(
    page.getByText('Файл слишком большой для импорта: больше 20 МБ.').first(),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Проверьте черновик' })).toHaveCount(0)
  await rm(big)
})

test('an import that knows the directory: the NPP written in full is the directory NPP, undated lines wait in a tray until placed', async ({
  page,
  host,
}) => {
  const text = [
    'Делегация Жамбылской области посетила Ленинградскую область',
    'С 17 по 19 ноября 2025 года Ленинградскую область посетила делегация Жамбылской области Республики Казахстан во главе с заместителем акима области Айжан Есмагамбетовой.',
    '17 ноября гостей принял вице-губернатор Ленинградской области Александр Кялин. Стороны обсудили сотрудничество в сфере образования.',
    'В ходе визита делегация посетила Ленинградскую атомную электростанцию в Сосновом Бору, где ознакомилась с работой энергоблоков.',
  ].join('\n\n')
  await page.goto(`${host.url}#/import`)
  // The year field is empty: the text's own year is taken.
  await expect(page.getByLabel('Год (если в тексте не указан)')).toHaveValue('')
  await page.getByLabel('Или вставьте текст пресс-релиза').fill(text)
  await page.getByRole('button', { name: 'Разобрать текст' }).click()
  const matches = page.getByRole('region', { name: 'Сверка со справочником' })
  const npp = matches.getByRole('combobox', {
    name: 'Ленинградская атомная электростанция в Сосновом Бору',
  })
  await expect(npp.locator('option:checked')).toHaveText('Ленинградская АЭС')
  await expect(matches.getByTestId('match-row').first()).toContainText('похоже — проверьте')
  await page.screenshot({ path: test.info().outputPath('review-matches.png'), fullPage: true })
  await page.getByRole('button', { name: 'Создать визит' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Жамбылской области')

  // The two undated lines are in the tray, not on 17 November; the check names them.
  const tray = page.getByRole('region', { name: /Без даты/ })
  await expect(tray.locator('li')).toHaveCount(2)
  await expect(tray).toContainText('Ленинградская АЭС')
  await expect(page.locator('ol.items > li')).toHaveCount(1)
  await expect(page.getByText('Пунктов без даты: 2')).toBeVisible()
  const directory = (await host.call<DirectoryRecord>('getDirectory')).directory
  expect(directory.venues.filter((v) => /атомн|АЭС/.test(v.name))).toHaveLength(1)
  await page.screenshot({ path: test.info().outputPath('tray.png'), fullPage: true })

  // Placed through the item dialog: a day and a time, then it is part of the programme.
  await tray.getByRole('button', { name: /^Поставить в программу…: Посещение/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Новый пункт программы' })
  await dialog.getByRole('combobox', { name: 'День' }).click()
  await page.getByRole('option', { name: /^18 ноября 2025/ }).click()
  await dialog.getByRole('textbox', { name: 'Начало' }).fill('10:00')
  await dialog.getByRole('button', { name: 'Сохранить' }).click()
  await expect(dialog).toBeHidden()
  await expect(tray.locator('li')).toHaveCount(1)
  await expect(page.locator('ol.items > li')).toHaveCount(2)
  await expect(page.locator('ol.items > li').last()).toContainText('Ленинградская АЭС')
  // One Ctrl+Z puts it back in the tray.
  await page.keyboard.press('Control+z')
  await expect(tray.locator('li')).toHaveCount(2)
  await expect(page.locator('ol.items > li')).toHaveCount(1)
})
