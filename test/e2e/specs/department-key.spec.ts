import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  DepartmentKeyStatus,
  DirectoryRecord,
  VisitRecord,
} from '../../../shared/api/contract'
import { HostProcess, expect, test } from '../fixtures/host'

const PASSPORT = { series: 'N', number: '11223344', expiresOn: '2031-05-01' }
const PASSPHRASE = 'Жамбыл-2026 весна'

/** A laptop: its own personal-data key, department keys and preferences, over the shared folder. */
async function laptop(dataDir: string, name: string) {
  const home = await mkdtemp(join(tmpdir(), `dp-e2e-${name}-`))
  const host = new HostProcess(dataDir, {
    DELEGATION_PLANNER_KEY_FILE: join(home, 'personal-data.key'),
    DELEGATION_PLANNER_PREFERENCES_FILE: join(home, 'preferences.json'),
  })
  await host.start()
  return { host, home }
}

test('the department key: created on one laptop, imported on another, passport data opens there', async ({
  browser,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'dp-e2e-shared-'))
  const a = await laptop(dataDir, 'ivanova')
  const b = await laptop(dataDir, 'petrov')
  try {
    const made = await a.host.call<VisitRecord>('createVisitFromTemplate', [
      'tpl-zhambyl-2025',
      { startDate: '2026-12-07' },
    ])
    const { directory, revision } = await a.host.call<DirectoryRecord>('getDirectory')
    await a.host.call('saveDirectory', [
      {
        ...directory,
        people: directory.people.map((p) =>
          p.id === 'p-esmagambetova' ? { ...p, passport: PASSPORT } : p,
        ),
      },
      revision,
    ])

    // Ivanova creates the key and saves its file for colleagues.
    const pageA = await browser.newPage()
    await pageA.goto(`${a.host.url}#/settings`)
    const sectionA = pageA.getByTestId('department-key')
    await expect(sectionA).toContainText('ключом этого компьютера')
    await sectionA.getByLabel('Название ключа').fill('Комитет по внешним связям')
    await sectionA.getByRole('button', { name: 'Создать ключ отдела' }).click()
    await expect(pageA.getByText('Ключ отдела создан').first()).toBeVisible()
    const fingerprint = (await sectionA.getByTestId('fingerprint').textContent())!.trim()
    expect(fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/)
    await expect(sectionA.getByTestId('sealed-counts')).toContainText(
      'Зашифровано ключом отдела: 1',
    )
    await sectionA.getByRole('button', { name: 'Сохранить файл ключа для коллег…' }).click()
    const dialog = pageA.getByRole('dialog')
    await dialog.getByLabel('Пароль файла ключа').fill(PASSPHRASE)
    await dialog.getByLabel('Пароль ещё раз').fill('другой пароль')
    await dialog.getByRole('button', { name: 'Сохранить' }).click()
    await expect(dialog).toContainText('Пароли не совпадают')
    await dialog.getByLabel('Пароль ещё раз').fill(PASSPHRASE)
    const download = pageA.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Сохранить' }).click()
    const keyFile = join(a.home, 'key.dpkey')
    const saved = await download
    expect(saved.suggestedFilename()).toBe(`Ключ отдела ${fingerprint}.dpkey`)
    await saved.saveAs(keyFile)
    expect(await readFile(keyFile, 'utf8')).toContain('"kdf"')
    await pageA.screenshot({ path: test.info().outputPath('department-key-a.png'), fullPage: true })

    // Petrov's laptop sees the archive's key, lacks it, and imports the file.
    const pageB = await browser.newPage()
    await pageB.goto(`${b.host.url}#/settings`)
    const sectionB = pageB.getByTestId('department-key')
    await expect(sectionB.getByRole('alert')).toContainText('Этого ключа на этом компьютере нет', {
      timeout: 10_000,
    })
    await expect(sectionB.getByTestId('fingerprint')).toHaveText(fingerprint)
    await pageB.screenshot({
      path: test.info().outputPath('department-key-b-missing.png'),
      fullPage: true,
    })
    // Without the key, the person card says passport data cannot be saved here, and it is not.
    await pageB.goto(`${b.host.url}#/visits/${made.visit.id}/participants`)
    await pageB.getByRole('button', { name: 'Изменить: Есмагамбетова Айжан Серикбаевна' }).click()
    const person = pageB.getByRole('dialog')
    await person.getByText('Паспортные данные (для списков на режимные объекты)').click()
    await expect(person.getByRole('alert')).toContainText('здесь не сохранятся')
    await person.getByLabel('Номер', { exact: true }).fill('99999999')
    await person.getByRole('button', { name: 'Сохранить' }).click()
    await expect(pageB.getByText('Изменения не сохранены').first()).toBeVisible()
    await expect(person).toBeVisible() // the officer's typing stays in the open card
    await person.getByRole('button', { name: 'Отмена' }).click()
    await pageB.goto(`${b.host.url}#/settings`)
    await sectionB.getByLabel('Файл ключа (.dpkey)').setInputFiles(keyFile)
    const importDialog = pageB.getByRole('dialog')
    await importDialog.getByLabel('Пароль файла ключа').fill('не тот пароль')
    await importDialog.getByRole('button', { name: 'Импортировать' }).click()
    await expect(importDialog).toContainText('Пароль не подходит')
    await importDialog.getByLabel('Пароль файла ключа').fill(PASSPHRASE)
    await importDialog.getByRole('button', { name: 'Импортировать' }).click()
    await expect(pageB.getByText('Открыто паспортных данных: 1').first()).toBeVisible()
    await expect(sectionB).toContainText('Ключ есть на этом компьютере')
    await expect(pageB.getByText('зашифрованы ключом, которого нет')).toHaveCount(0)
    await pageB.screenshot({
      path: test.info().outputPath('department-key-b-imported.png'),
      fullPage: true,
    })

    // The passport opens on Petrov's laptop, also after a restart; the folder never holds it plain.
    await b.host.restart()
    const people = (await b.host.call<DirectoryRecord>('getDirectory')).directory.people
    expect(people.find((p) => p.id === 'p-esmagambetova')?.passport).toEqual(PASSPORT)
    const status = await b.host.call<DepartmentKeyStatus>('getDepartmentKey')
    expect(status).toMatchObject({ available: true, sealed: { locked: 0 } })
    expect(await readFile(join(dataDir, 'directory.json'), 'utf8')).not.toContain('11223344')
  } finally {
    await a.host.stop()
    await b.host.stop()
    await rm(dataDir, { recursive: true, force: true })
    await rm(a.home, { recursive: true, force: true })
    await rm(b.home, { recursive: true, force: true })
  }
})
