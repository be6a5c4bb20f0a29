import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { VisitRecord } from '../../../shared/api/contract'
import { expect, test, type HostProcess } from '../fixtures/host'

/** The Zhambyl visit made from its template, as the e2e tests start from it. */
async function zhambylVisit(host: HostProcess): Promise<VisitRecord> {
  return host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: '2026-12-07' },
  ])
}

/**
 * Another laptop's save of the visit, delivered as a sync engine does it (a new file renamed into
 * place): the NPP tour renamed, one revision on.
 */
async function renameTourFromOutside(host: HostProcess, id: string): Promise<void> {
  const file = join(host.dataDir, 'visits', `${id}.json`)
  const current = JSON.parse(await readFile(file, 'utf8')) as {
    revision: number
    visit: VisitRecord['visit']
  }
  const next = {
    ...current,
    revision: current.revision + 1,
    visit: {
      ...current.visit,
      items: current.visit.items.map((i) =>
        i.title === 'Экскурсия на Ленинградскую АЭС'
          ? { ...i, title: 'Техническая экскурсия на Ленинградскую АЭС' }
          : i,
      ),
    },
  }
  await writeFile(`${file}.sync-tmp`, JSON.stringify(next))
  await rename(`${file}.sync-tmp`, file)
}

test('two versions of a visit from two computers: the banner, the merge screen, one visit again', async ({
  page,
  host,
}) => {
  const made = await zhambylVisit(host)
  const id = made.visit.id
  const file = join(host.dataDir, 'visits', `${id}.json`)
  // The version both laptops shared, as it is on disk.
  const shared = JSON.parse(await readFile(file, 'utf8')) as {
    revision: number
    visit: VisitRecord['visit']
    lineage: { revision: number; machine: string; at: string }[]
  }
  // This laptop renames the meeting and edits the notes...
  await host.call('saveVisit', [
    {
      ...made.visit,
      notes: 'Правка на этом ноутбуке',
      items: made.visit.items.map((i) =>
        i.id === 'i05' ? { ...i, title: 'Встреча у вице-губернатора' } : i,
      ),
    },
    made.revision,
  ])
  // ...while the other laptop renamed it too and moved lunch; Syncthing leaves its file beside.
  const copy = `${id}.sync-conflict-20261129-104233-PETROV7.json`
  const theirs = {
    ...shared,
    revision: shared.revision + 1,
    visit: {
      ...shared.visit,
      items: shared.visit.items.map((i) =>
        i.id === 'i05'
          ? { ...i, title: 'Встреча с вице-губернатором А. Кялиным (уточнено)' }
          : i.id === 'i08'
            ? { ...i, start: '13:00', end: '14:00' }
            : i,
      ),
    },
    lineage: [
      ...shared.lineage,
      {
        revision: shared.revision + 1,
        machine: 'bbbbbbbbbbbbbbbb',
        name: 'LAPTOP-PETROV',
        author: 'petrov',
        at: '2026-11-29T07:42:33.000Z',
      },
    ],
  }
  await writeFile(join(host.dataDir, 'visits', copy), JSON.stringify(theirs))
  await host.restart()

  await page.goto(`${host.url}#/visits/${id}/programme`)
  const banner = page.getByTestId('sync-banner')
  await expect(banner).toContainText('Две версии этого визита')
  await banner.getByRole('button', { name: 'Объединить версии' }).click()
  const dialog = page.getByRole('dialog', { name: 'Две версии визита' })
  await expect(dialog).toContainText('LAPTOP-PETROV, petrov')
  await expect(dialog).toContainText('Изменений принято без спора')
  const row = dialog.locator('tr[data-conflict="items:i05"]')
  await expect(row).toContainText('Встреча у вице-губернатора')
  await page.screenshot({ path: test.info().outputPath('merge.png'), fullPage: true })
  await row.getByRole('radio', { name: /уточнено/ }).check()
  await dialog.getByRole('button', { name: 'Сохранить объединённую версию' }).click()
  await expect(dialog).toBeHidden()
  await expect(banner).toBeHidden()
  await expect(page.getByText('Встреча с вице-губернатором А. Кялиным (уточнено)')).toBeVisible()

  // One visit again, after a restart too: both sides' changes in it, no copy left.
  await host.restart()
  await page.goto(`${host.url}#/visits/${id}/programme`)
  await expect(page.getByText('Встреча с вице-губернатором А. Кялиным (уточнено)')).toBeVisible()
  await expect(page.getByTestId('sync-banner')).toBeHidden()
  const now = await host.call<VisitRecord>('getVisit', [id])
  expect(now.visit.notes).toBe('Правка на этом ноутбуке')
  expect(now.visit.items.find((i) => i.id === 'i08')!.start).toBe('13:00')
})

test('a visit changed on disk from outside reloads in the open editor', async ({ page, host }) => {
  const made = await zhambylVisit(host)
  const id = made.visit.id
  await page.goto(`${host.url}#/visits/${id}/programme`)
  await expect(page.getByText('Экскурсия на Ленинградскую АЭС')).toBeVisible()
  await renameTourFromOutside(host, id)
  await expect(page.getByText('Техническая экскурсия на Ленинградскую АЭС')).toBeVisible({
    timeout: 15_000,
  })
  await expect(page.getByText(/показана новая версия/).first()).toBeVisible()
  // And the search knows the new title.
  const hits = await host.call<{ title: string }[]>('searchArchive', ['техническая экскурсия', {}])
  expect(hits.some((h) => h.title.includes('Визит делегации'))).toBe(true)
  await page.screenshot({ path: test.info().outputPath('reloaded.png'), fullPage: false })
})

test('edits not yet saved meet a change from another computer: merged, both kept', async ({
  page,
  host,
}) => {
  const made = await zhambylVisit(host)
  const id = made.visit.id
  // The window does not hear of the change from outside (its event stream is cut): only its own
  // save finds it.
  await page.route('**/api/events**', (route) => route.abort())
  await page.goto(`${host.url}#/visits/${id}/overview`)
  const notes = page.getByLabel('Примечания', { exact: true })
  await expect(notes).toBeVisible()
  await renameTourFromOutside(host, id)
  await notes.fill('Уточнить состав группы на АЭС')
  await expect(page.getByText(/изменения объединены, ваши правки сохранены/).first()).toBeVisible({
    timeout: 10_000,
  })
  // Both on disk: the other computer's title and this officer's notes.
  await expect
    .poll(async () => {
      const saved = (await host.call<VisitRecord>('getVisit', [id])).visit
      return [saved.notes, saved.items.some((i) => i.title.startsWith('Техническая экскурсия'))]
    })
    .toEqual(['Уточнить состав группы на АЭС', true])
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
})

test('a visit and a template another computer saved appear in the open list', async ({
  page,
  host,
}) => {
  const made = await zhambylVisit(host)
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: 'Визиты', level: 1 })).toBeVisible()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2)
  // The sync engine delivers a colleague's visit and template: new files renamed into place.
  const current = JSON.parse(
    await readFile(join(host.dataDir, 'visits', `${made.visit.id}.json`), 'utf8'),
  ) as { visit: VisitRecord['visit'] }
  const theirs = {
    ...current,
    revision: 1,
    lineage: [],
    visit: {
      ...current.visit,
      id: 'colleague0000001',
      title: 'Визит делегации провинции Хэйлунцзян',
    },
  }
  const visitFile = join(host.dataDir, 'visits', 'colleague0000001.json')
  await writeFile(`${visitFile}.sync-tmp`, JSON.stringify(theirs))
  await rename(`${visitFile}.sync-tmp`, visitFile)
  const template = JSON.parse(
    await readFile(join(host.dataDir, 'templates', 'tpl-zhambyl-2025.json'), 'utf8'),
  ) as { title: string }
  await writeFile(
    join(host.dataDir, 'templates', 'tpl-colleague.json'),
    JSON.stringify({ ...template, id: 'tpl-colleague', title: 'Шаблон коллеги: Хэйлунцзян' }),
  )
  await expect(page.getByText('Визит делегации провинции Хэйлунцзян')).toBeVisible({
    timeout: 15_000,
  })
  await expect(page.getByText('Шаблон коллеги: Хэйлунцзян')).toBeVisible({ timeout: 15_000 })
  await page.screenshot({ path: test.info().outputPath('list-from-outside.png'), fullPage: true })
})

test('two versions of the directory: merged at start, the banner and the settings say what', async ({
  page,
  host,
}) => {
  await zhambylVisit(host)
  const shared = JSON.parse(await readFile(join(host.dataDir, 'directory.json'), 'utf8')) as {
    directory: { people: Record<string, unknown>[] }
  }
  shared.directory.people.push({
    id: 'p-petrov',
    fullName: 'Петров Пётр Петрович',
    position: 'Консультант отдела протокола',
    side: 'host',
    precedence: 50,
    languages: ['ru'],
  })
  // The copy arrives while the app is closed: a running app's folder watch would merge it at
  // once (as it should), and this test is about the merge at start.
  await host.stop()
  await writeFile(
    join(host.dataDir, 'directory.sync-conflict-20261129-104233-PETROV7.json'),
    JSON.stringify(shared),
  )
  await host.start()
  await page.goto(host.url)
  await expect(page.getByText(/Справочник изменяли на двух компьютерах/)).toBeVisible()
  await page.getByRole('button', { name: 'Подробнее' }).click()
  await expect(page.getByTestId('directory-copies')).toContainText(
    'Добавлены записи другого компьютера: Петров Пётр Петрович',
  )
  await page.screenshot({ path: test.info().outputPath('directory-copies.png'), fullPage: true })
  await page
    .getByRole('link', { name: 'Справочник' })
    .or(page.getByRole('button', { name: 'Справочник' }))
    .first()
    .click()
  await page.getByRole('tab', { name: 'Люди' }).click()
  await expect(page.getByText('Петров Пётр Петрович')).toBeVisible()
})

test('the history of a visit: who changed what, and an earlier version brought back', async ({
  page,
  host,
}) => {
  const made = await zhambylVisit(host)
  const id = made.visit.id
  await host.call('saveVisit', [
    { ...made.visit, title: 'Визит (черновик названия)' },
    made.revision,
  ])
  await page.goto(`${host.url}#/visits/${id}/overview`)
  await expect(page.getByRole('heading', { name: 'Визит (черновик названия)' })).toBeVisible()
  await page.getByText('История изменений визита').click()
  const first = page.locator('li[data-revision="1"]')
  await expect(page.locator('li[data-revision="2"]')).toContainText('Изменено: название.')
  await first.getByRole('button', { name: 'Вернуть эту версию' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Вернуть эту версию' }).click()
  await expect(page.getByRole('heading', { name: made.visit.title })).toBeVisible()
  await expect(page.locator('li[data-revision="3"]')).toContainText('текущая')
  await page.screenshot({ path: test.info().outputPath('history.png'), fullPage: true })
})
