import type { Page } from '@playwright/test'
import type { VisitRecord } from '../../../shared/api/contract'
import { expect, test, type HostProcess } from '../fixtures/host'
import { VisitEditorPage } from '../pages/VisitEditorPage'

async function openZhambyl(page: Page, host: HostProcess) {
  const record = await host.call<VisitRecord>('createVisitFromTemplate', ['tpl-zhambyl-2025'])
  await page.goto(`${host.url}#/visits/${record.visit.id}`)
  const editor = new VisitEditorPage(page)
  await expect(editor.conflicts).toBeVisible()
  return editor
}

test('people are picked by type-ahead in either script, and an edit shows in every visit', async ({
  page,
  host,
}) => {
  const editor = await openZhambyl(page, host)
  await editor.tab('Участники').click()
  const hosts = page.getByRole('region', { name: 'Принимающая сторона' })
  await hosts.getByRole('button', { name: 'Убрать из визита: Воронков Михаил' }).click()
  await expect(hosts).not.toContainText('Воронков Михаил')

  const picker = hosts.getByRole('combobox', { name: 'Добавить из справочника' })
  await picker.fill('voronk')
  await expect(page.getByRole('option')).toHaveCount(1)
  await expect(page.getByRole('option')).toContainText('Воронков Михаил')
  await picker.press('Enter')
  await expect(hosts).toContainText('Воронков Михаил')

  // Edit the person: the programme of this visit shows the new name.
  await hosts.getByRole('button', { name: 'Изменить: Воронков Михаил' }).click()
  const dialog = page.getByRole('dialog', { name: 'Участник' })
  await dialog.getByLabel('ФИО', { exact: true }).fill('Воронков Михаил Вячеславович')
  await dialog.getByRole('button', { name: 'Сохранить' }).click()
  await expect(dialog).toBeHidden()
  await editor.tab('Программа').click()
  await page.getByRole('radio', { name: 'Список' }).click()
  await expect(page.locator('ol.items > li', { hasText: 'Встреча с главой' })).toContainText(
    'Воронков Михаил Вячеславович',
  )
  // A second visit from the same template sees the edited person too.
  const second = await host.call<VisitRecord>('createVisitFromTemplate', ['tpl-zhambyl-2025'])
  await page.goto(`${host.url}#/visits/${second.visit.id}`)
  await editor.tab('Участники').click()
  await expect(page.getByRole('region', { name: 'Принимающая сторона' })).toContainText(
    'Воронков Михаил Вячеславович',
  )
  // The directory finds him by the Latin spelling.
  await page.goto(`${host.url}#/directory`)
  await page.getByRole('tab', { name: 'Люди' }).click()
  await page.getByRole('searchbox').fill('Voronkov')
  await expect(page.locator('.venue-list > li')).toHaveCount(1)
  await expect(page.locator('.venue-list > li')).toContainText('Воронков Михаил Вячеславович')
})

test('seating: heads in the centre; a drag swaps two seats, undo restores, the plan survives a reload', async ({
  page,
  host,
}) => {
  await openZhambyl(page, host)
  await page.getByRole('radio', { name: 'Список' }).click()
  await page
    .getByRole('button', { name: /^Рассадка: Подписание меморандума о сотрудничестве/ })
    .click()
  const dialog = page.getByRole('dialog')
  const seat = (name: RegExp) => dialog.getByRole('button', { name })
  const head = seat(/^Есмагамбетова Айжан Серикбаевна, место 1/)
  await expect(head).toBeVisible()
  const second = seat(/^Представитель акимата г\. Тараз.*, место 2/)
  const headBox = (await head.boundingBox())!
  const secondBox = (await second.boundingBox())!
  expect(Math.abs(headBox.y - secondBox.y)).toBeLessThan(40)
  await page.screenshot({ path: test.info().outputPath('seating.png') })

  // Drag the head onto the second seat.
  await page.mouse.move(headBox.x + headBox.width / 2, headBox.y + headBox.height - 10)
  await page.mouse.down()
  await page.mouse.move(secondBox.x + secondBox.width / 2, headBox.y + headBox.height - 10, {
    steps: 6,
  })
  await page.mouse.up()
  await expect(seat(/^Есмагамбетова Айжан Серикбаевна, место 2/)).toBeVisible()
  await expect(seat(/^Представитель акимата г\. Тараз.*, место 1/)).toBeVisible()

  // The keyboard swaps it back.
  await seat(/^Есмагамбетова Айжан Серикбаевна, место 2/).focus()
  const key = headBox.x < secondBox.x ? 'ArrowLeft' : 'ArrowRight'
  await page.keyboard.press(key)
  await expect(seat(/^Есмагамбетова Айжан Серикбаевна, место 1/)).toBeVisible()
  await page.keyboard.press(key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft')
  await expect(seat(/^Есмагамбетова Айжан Серикбаевна, место 2/)).toBeVisible()

  await dialog.getByRole('button', { name: 'Закрыть' }).last().click()
  await page.keyboard.press('Control+z')
  await page
    .getByRole('button', { name: /^Рассадка: Подписание меморандума о сотрудничестве/ })
    .click()
  await expect(seat(/^Есмагамбетова Айжан Серикбаевна, место 1/)).toBeVisible()
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+Shift+z')
  await new VisitEditorPage(page).waitSaved()
  await page.reload()
  await page
    .getByRole('button', { name: /^Рассадка: Подписание меморандума о сотрудничестве/ })
    .click()
  await expect(seat(/^Есмагамбетова Айжан Серикбаевна, место 2/)).toBeVisible()

  // The plan prints: a one-page PDF, downloaded, and the notice says where it went.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Сохранить PDF для печати' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^Рассадка — Подписание меморандума.*\.pdf$/)
  await expect(
    page.getByText(/^Файл «Рассадка — .*\.pdf» сохранён в папку загрузок браузера\.$/),
  ).toBeVisible()
})

test('logistics: a car with passengers and a hotel booking survive a restart', async ({
  page,
  host,
}) => {
  const editor = await openZhambyl(page, host)
  await editor.tab('Учёт').click()
  await page.getByRole('button', { name: '+ Добавить машину' }).click()
  const car = page.getByTestId('vehicle')
  await car.getByLabel('Машина', { exact: true }).fill('Минивэн Mercedes V-класс')
  await car.getByLabel('Мест', { exact: true }).fill('1')
  await car.getByLabel('Водитель', { exact: true }).fill('Петров И. И.')
  await car.getByRole('checkbox', { name: 'Есмагамбетова Айжан Серикбаевна' }).check()
  await car.getByRole('checkbox', { name: 'Кялин Александр' }).check()
  await expect(car.getByRole('alert')).toContainText('мест меньше, чем пассажиров')
  await car.getByLabel('Мест', { exact: true }).fill('7')
  await expect(car.getByRole('alert')).toHaveCount(0)
  await page.getByRole('button', { name: '+ Добавить бронь' }).click()
  const stay = page.getByTestId('stay')
  await stay.getByLabel('Гостиница', { exact: true }).fill('Гостиница «Москва»')
  await stay.getByRole('checkbox', { name: 'Есмагамбетова Айжан Серикбаевна' }).check()
  await stay.getByRole('checkbox', { name: 'Бронь подтверждена' }).check()
  await editor.waitSaved()

  const hash = new URL(page.url()).hash
  await host.restart()
  await page.goto(`${host.url}${hash}`)
  await editor.tab('Учёт').click()
  await expect(page.getByTestId('vehicle').getByLabel('Машина', { exact: true })).toHaveValue(
    'Минивэн Mercedes V-класс',
  )
  await expect(
    page.getByTestId('vehicle').getByRole('checkbox', { name: 'Кялин Александр' }),
  ).toBeChecked()
  await expect(page.getByTestId('stay').getByLabel('Гостиница', { exact: true })).toHaveValue(
    'Гостиница «Москва»',
  )
  await expect(page.getByText('Гости без брони гостиницы:')).not.toContainText('Есмагамбетова')
})

test('settings: a slower road speed turns a comfortable drive into a conflict', async ({
  page,
  host,
}) => {
  const record = await host.call<VisitRecord>('createVisit', [
    {
      title: 'Поездка в Гатчину',
      startDate: '2026-06-01',
      endDate: '2026-06-01',
      status: 'completed',
    },
  ])
  const visit = record.visit
  await host.call('saveVisit', [
    {
      ...visit,
      participantIds: ['p-kyalin'],
      items: [
        {
          id: 'a',
          kind: 'meeting',
          date: '2026-06-01',
          start: '10:00',
          end: '11:00',
          title: 'Встреча в Пушкине',
          venueId: 'pushkin-lgu',
          participantIds: ['p-kyalin'],
        },
        {
          id: 'b',
          kind: 'excursion',
          date: '2026-06-01',
          start: '12:00',
          end: '13:00',
          title: 'Гатчинский дворец',
          venueId: 'gatchina-palace',
          participantIds: ['p-kyalin'],
        },
      ],
    },
    record.revision,
  ])
  await page.goto(`${host.url}#/visits/${visit.id}`)
  const editor = new VisitEditorPage(page)
  await expect(editor.conflicts).toContainText('Нарушений не найдено')

  await page.goto(`${host.url}#/settings`)
  await page.getByLabel('Средняя скорость кортежа, км/ч').fill('15')
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click()
  await expect(page.getByText('Настройки сохранены.').first()).toBeVisible()
  await page.getByLabel('Средняя скорость кортежа, км/ч').fill('1000')
  await expect(page.getByRole('alert')).toContainText('скорость 5–200')
  await expect(page.getByRole('button', { name: 'Сохранить', exact: true })).toBeDisabled()

  await page.goto(`${host.url}#/visits/${visit.id}`)
  await expect(
    editor.conflict(/Ленинградский государственный университет.*Большой Гатчинский дворец/),
  ).toBeVisible()
})
