import type { DirectoryRecord, VisitRecord } from '../../../shared/api/contract'
import { expect, test, zhambylVisit } from '../fixtures/host'

test('a venue, a person and their organisation created from the item dialog, in any order, by keyboard', async ({
  page,
  host,
}) => {
  const made = await zhambylVisit(host)
  const id = made.visit.id
  await page.goto(`${host.url}#/visits/${id}/programme`)
  await page
    .getByRole('button', { name: /^Добавить пункт:/ })
    .first()
    .click()
  const dialog = page.getByRole('dialog', { name: 'Новый пункт программы' })
  await dialog
    .getByRole('textbox', { name: 'Событие' })
    .fill('Встреча с губернатором провинции Сычуань')

  // A venue the directory does not have: typed, offered, added and chosen.
  const venue = dialog.getByRole('combobox', { name: 'Место' })
  await venue.fill('Гостиница «Астория»')
  await expect(dialog.getByRole('option', { name: 'Добавить «Гостиница «Астория»»' })).toBeVisible()
  await venue.press('ArrowDown')
  await venue.press('Enter')
  await expect(venue).toHaveValue('Гостиница «Астория»')

  // A person nobody entered before: typed in the item, completed in a dialog of their own.
  const participant = dialog.getByRole('combobox', { name: 'Добавить участника' })
  await participant.fill('Хуан Цян')
  await participant.press('ArrowDown')
  await participant.press('Enter')
  const person = page.getByRole('dialog', { name: 'Новый участник' })
  await expect(person.getByRole('textbox', { name: 'ФИО', exact: true })).toHaveValue('Хуан Цян')
  await person.getByRole('textbox', { name: 'Должность' }).fill('Губернатор провинции Сычуань')
  // …and the organisation he belongs to, created from the person's field.
  const org = person.getByRole('combobox', { name: 'Организация' })
  await org.fill('Правительство провинции Сычуань')
  await org.press('ArrowDown')
  await org.press('Enter')
  await expect(org).toHaveValue('Правительство провинции Сычуань')
  await page.screenshot({ path: test.info().outputPath('create-person-from-item.png') })
  await person.getByRole('button', { name: 'Сохранить' }).click()
  await expect(person).toBeHidden()
  await expect(dialog.getByRole('checkbox', { name: /Хуан Цян/ })).toBeChecked()
  await page.screenshot({ path: test.info().outputPath('item-with-created-entries.png') })
  await dialog.getByRole('button', { name: 'Сохранить' }).click()
  await expect(dialog).toBeHidden()

  // The directory holds all three, linked; the item and the visit hold the person and the venue.
  const directory = (await host.call<DirectoryRecord>('getDirectory')).directory
  const createdOrg = directory.organisations.find(
    (o) => o.name === 'Правительство провинции Сычуань',
  )
  const createdPerson = directory.people.find((p) => p.fullName === 'Хуан Цян')
  const createdVenue = directory.venues.find((v) => v.name === 'Гостиница «Астория»')
  expect(createdOrg).toBeTruthy()
  expect(createdVenue).toBeTruthy()
  expect(createdPerson).toMatchObject({
    organisationId: createdOrg!.id,
    position: 'Губернатор провинции Сычуань',
    side: 'guest',
  })
  await expect
    .poll(async () => {
      const v = (await host.call<VisitRecord>('getVisit', [id])).visit
      const item = v.items.find((i) => i.title.startsWith('Встреча с губернатором'))
      return [
        item?.venueId === createdVenue!.id,
        item?.participantIds.includes(createdPerson!.id),
        v.participantIds.includes(createdPerson!.id),
      ]
    })
    .toEqual([true, true, true])

  // The organisation is in the directory's own list, where its translations are added.
  await page.goto(`${host.url}#/directory`)
  await page.getByRole('tab', { name: 'Организации' }).click()
  await page.getByRole('button', { name: 'Изменить: Правительство провинции Сычуань' }).click()
  const orgDialog = page.getByRole('dialog', { name: 'Организация' })
  await orgDialog.getByText('Название на других языках').click()
  await orgDialog.getByRole('textbox', { name: /English/ }).fill('Sichuan Provincial Government')
  await orgDialog.getByRole('button', { name: 'Сохранить' }).click()
  await expect(orgDialog).toBeHidden()
  await expect(page.getByText('Sichuan Provincial Government')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('directory-organisations.png') })
  const saved = (await host.call<DirectoryRecord>('getDirectory')).directory
  expect(saved.organisations.find((o) => o.id === createdOrg!.id)?.nameI18n?.en).toBe(
    'Sichuan Provincial Government',
  )
})
