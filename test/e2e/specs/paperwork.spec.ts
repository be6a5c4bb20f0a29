import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import type { DirectoryRecord, VisitRecord } from '../../../shared/api/contract'
import { shiftDate, toLocalDate } from '../../../shared/time/local-date'
import { withFictionalPassports } from '../../helpers/fictional-passports'
import { expect, test } from '../fixtures/host'

const download = async (page: Page, click: () => Promise<void>): Promise<Download> => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  return file
}
const pdfText = async (d: Download) =>
  execFileSync('pdftotext', ['-raw', (await d.path())!, '-'], { encoding: 'utf8' })

test('the paperwork from the UI: bilingual guest programme, talking points, access letter and list, estimate, journal', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000)
  // A visit six weeks ahead, so that the plant's 30-day deadline is still to come.
  const start = shiftDate(toLocalDate(new Date()), 42)
  const made = await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: start },
  ])
  const id = made.visit.id
  const shot = (name: string) =>
    page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })

  // Talking points for the meeting with the vice-governor, typed in the item dialog.
  await page.goto(`${host.url}#/visits/${id}/programme`)
  await page.getByRole('button', { name: /^Изменить: Встреча с вице-губернатором/ }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByText('Тезисы к встрече (для справки)').click()
  await dialog
    .getByLabel('Поднять (по пункту в строке)')
    .fill('Поблагодарить за визит\nПредложить переподготовку специалистов для АЭС')
  await dialog.getByLabel('Избегать (по пункту в строке)').fill('Сроки строительства АЭС')
  await expect(dialog).toContainText('из ~2200 знаков')
  await shot('item-points')
  await dialog.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText('Все изменения сохранены')).toBeVisible()

  // The bilingual guest programme (RU/EN) and the talking points in the full briefing.
  await page.goto(`${host.url}#/visits/${id}/briefing`)
  const preview = page.frameLocator('iframe[title="Предпросмотр"]')
  await page.getByRole('radio', { name: 'Полная справка' }).check()
  await expect(preview.getByRole('heading', { name: 'Тезисы к встречам' })).toBeVisible()
  await expect(preview.getByText('Предложить переподготовку специалистов для АЭС')).toBeVisible()
  await page.getByRole('radio', { name: 'Программа для гостей' }).check()
  await page.getByRole('checkbox', { name: /УТВЕРЖДАЮ/ }).check()
  await page.getByLabel('Второй язык (программа и списки в две колонки)').selectOption('en')
  await expect(preview.getByRole('heading', { name: 'PROGRAMME' })).toBeVisible()
  await expect(preview.getByText('Members of the delegation')).toBeVisible()
  await shot('guest-bilingual')
  const waiveAndIssue = async (button: string) => {
    await page.getByRole('button', { name: button }).click()
    await page.getByRole('button', { name: 'Выпустить как есть (записать)' }).click()
  }
  const guest = await download(page, () => waiveAndIssue('Сохранить PDF'))
  const guestText = await pdfText(guest)
  expect(guestText).toContain('УТВЕРЖДАЮ')
  expect(guestText).toContain('PROGRAMME')
  expect(guestText).toContain('Members of the delegation')
  const guestDocx = await download(page, () => waiveAndIssue('Программа (DOCX)'))
  expect(guestDocx.suggestedFilename()).toMatch(/\.docx$/)

  // Passport data: the group from a fictional fixture, the head typed in the person card.
  const dir = await host.call<DirectoryRecord>('getDirectory', [])
  const others = made.visit.participantIds.filter((p) => p !== 'p-esmagambetova')
  await host.call('saveDirectory', [withFictionalPassports(dir.directory, others), dir.revision])
  await page.goto(`${host.url}#/visits/${id}/checklist`)
  await page.reload() // the directory was changed from outside this window
  const access = page.getByRole('group', { name: 'Письмо и список для допуска' })
  await expect(access.getByText('Не хватает данных для списка: 1')).toBeVisible()
  await shot('checklist-access')
  await page.goto(`${host.url}#/visits/${id}/participants`)
  await page.getByRole('button', { name: 'Изменить: Есмагамбетова Айжан Серикбаевна' }).click()
  const person = page.getByRole('dialog')
  await person.getByText('Паспортные данные (для списков на режимные объекты)').click()
  await person.getByLabel('Серия').fill('N')
  await person.getByLabel('Номер', { exact: true }).fill('00000077')
  await person.getByLabel('Кем выдан').fill('ОБРАЗЕЦ — МВД (вымышленное)')
  await person.getByLabel('Место рождения').fill('г. Образцово (вымышленное)')
  await person.getByLabel('Адрес регистрации').fill('ОБРАЗЕЦ: ул. Вымышленная, д. 77')
  await shot('person-passport')
  await person.getByRole('button', { name: 'Сохранить' }).click()
  await expect(person).toBeHidden()

  // The checklist: the plant's access task carries the letter and the list, and 'sent'.
  await page.goto(`${host.url}#/visits/${id}/checklist`)
  await expect(access).toBeVisible()
  await expect(access.getByText(/Не хватает данных/)).toBeHidden()
  // The letter is not signable yet (no signer, addressee or executor named; names still to
  // come on the list): the officer sees why, and issues it with the waiver recorded.
  await access.getByRole('button', { name: 'Письмо и список (DOCX)' }).click()
  const gate = page.getByRole('alertdialog')
  await expect(
    gate.getByText('Подписант: не указаны И.О. Фамилия (Настройки, «Бланк письма»)'),
  ).toBeVisible()
  await expect(gate.getByText(/^В списке: «Представитель акимата г. Тараз/)).toBeVisible()
  await shot('letter-gate')
  const letter = await download(page, () =>
    gate.getByRole('button', { name: 'Выпустить как есть (записать)' }).click(),
  )
  expect(letter.suggestedFilename()).toMatch(/^Письмо о посещении — Ленинградская АЭС — .*\.docx$/)
  const letterPdf = await download(page, async () => {
    await access.getByRole('button', { name: 'Письмо и список (PDF)' }).click()
    await page.getByRole('button', { name: 'Выпустить как есть (записать)' }).click()
  })
  const listText = await pdfText(letterPdf)
  expect(listText).toContain('N 00000077')
  expect(listText).toContain('О посещении объекта «Ленинградская АЭС»')
  await access.getByRole('button', { name: 'Отправлено' }).click()
  await expect(page.getByText(/^Письмо со списком отправлено /).first()).toBeVisible()
  await expect(page.getByText('Все изменения сохранены')).toBeVisible()
  await page.reload()
  const row = page.locator('tr[data-task-key^="access:leningrad-npp:"]').first()
  await expect(row.getByRole('combobox')).toHaveValue('done')

  // The estimate: group 2 of the sample norms, said to be a sample; another group, another sum.
  await page.goto(`${host.url}#/visits/${id}/estimate`)
  await expect(page.getByText(/Нормы — образец/)).toBeVisible()
  const total = page.getByTestId('estimate-total')
  await expect(total).not.toBeEmpty()
  const before = await total.textContent()
  await shot('estimate')
  await page.getByLabel('Нормы группы').selectOption('group-1')
  await expect(total).not.toHaveText(before!)
  const xlsx = await download(page, () =>
    page.getByRole('button', { name: 'Смета (XLSX)' }).click(),
  )
  expect(xlsx.suggestedFilename()).toMatch(/^Смета — .*\.xlsx$/)
  expect((await readFile((await xlsx.path())!)).subarray(0, 2).toString()).toBe('PK')
  const estimatePdf = await download(page, () =>
    page.getByRole('button', { name: 'Смета (PDF)' }).click(),
  )
  expect(await pdfText(estimatePdf)).toContain('Смета расходов на приём делегации')

  // The journal: the meetings of the visit, completed in place, kept, exported.
  await page.goto(`${host.url}#/archive/journal`)
  await page.getByLabel('С', { exact: true }).fill(start)
  await page.getByLabel('По', { exact: true }).fill(shiftDate(start, 10))
  const first = page.locator('[data-entry="1"]')
  await expect(first).toContainText('Есмагамбетова Айжан Серикбаевна')
  await first
    .getByLabel('Характер и краткое содержание беседы: 1')
    .fill('Обсуждены переподготовка кадров и академическая мобильность.')
  await first.getByLabel('Основание встречи: 1').click()
  await expect(page.getByText('Сохранено').first()).toBeVisible()
  await shot('journal')
  await page.reload()
  await expect(first.getByLabel('Характер и краткое содержание беседы: 1')).toHaveValue(
    'Обсуждены переподготовка кадров и академическая мобильность.',
  )
  const journal = await download(page, () =>
    page.getByRole('button', { name: 'Журнал (DOCX)' }).click(),
  )
  expect(journal.suggestedFilename()).toMatch(/^Журнал приёма иностранных граждан/)
  const journalXlsx = await download(page, () =>
    page.getByRole('button', { name: 'Журнал (XLSX)' }).click(),
  )
  expect(journalXlsx.suggestedFilename()).toMatch(/\.xlsx$/)
})

test('settings: the cost norms (a sample until edited) and the letterhead', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/settings`)
  const norms = page.getByRole('region', { name: /Нормы расходов на приём делегаций/ })
  await expect(norms.getByText('образец', { exact: true })).toBeVisible()
  await norms.getByLabel('Питание, в день на человека, 2').fill('3 900')
  await norms.getByRole('button', { name: 'Сохранить нормы' }).click()
  await expect(norms.getByText('образец', { exact: true })).toBeHidden()
  await page.getByLabel('ФИО подписывающего').fill('Иванов Иван Иванович')
  await page.getByRole('button', { name: 'Сохранить', exact: true }).first().click()
  await shot(page, 'settings-norms')
  await page.reload()
  await expect(
    page
      .getByRole('region', { name: /Нормы расходов/ })
      .getByLabel('Питание, в день на человека, 2'),
  ).toHaveValue('3900')
  await expect(page.getByLabel('ФИО подписывающего')).toHaveValue('Иванов Иван Иванович')
})

const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })
