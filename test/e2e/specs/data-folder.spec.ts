import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DataFolderInfo } from '../../../shared/api/contract'
import { HostProcess, expect, test } from '../fixtures/host'

test('the archive folder: another folder chosen in the settings opens at the next start', async ({
  page,
}) => {
  const home = await mkdtemp(join(tmpdir(), 'dp-e2e-folder-'))
  const env = {
    DELEGATION_PLANNER_KEY_FILE: join(home, 'keys', 'personal-data.key'),
    DELEGATION_PLANNER_PREFERENCES_FILE: join(home, 'keys', 'preferences.json'),
    // The default folder of this 'computer' is inside the test's home, never the real one.
    XDG_CONFIG_HOME: join(home, 'config'),
  }
  const first = new HostProcess(join(home, 'local'), env)
  await first.start()
  let second: HostProcess | null = null
  try {
    await page.goto(`${first.url}#/settings`)
    const section = page.getByTestId('data-folder')
    const field = section.getByLabel('Другая папка архива (общая папка Syncthing, сетевой диск)')
    // A relative path and a folder of other files are refused in plain words.
    await field.fill('Архив')
    await section.getByRole('button', { name: 'Выбрать эту папку' }).click()
    await expect(section).toContainText('Укажите полный путь к папке')
    const documents = join(home, 'Документы')
    await mkdir(documents)
    await writeFile(join(documents, 'отчёт.docx'), 'x')
    await field.fill(documents)
    await section.getByRole('button', { name: 'Выбрать эту папку' }).click()
    await expect(section).toContainText('уже лежат другие файлы')
    // A Syncthing folder (only its .stfolder marker so far) is accepted.
    const shared = join(home, 'Sync', 'Архив отдела')
    await mkdir(join(shared, '.stfolder'), { recursive: true })
    await field.fill(shared)
    await section.getByRole('button', { name: 'Выбрать эту папку' }).click()
    await expect(section).toContainText(`При следующем запуске откроется: ${shared}`)
    await expect(page.getByText('Она откроется после перезапуска').first()).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('data-folder.png'), fullPage: true })

    // The next start without a folder named opens the chosen one.
    await first.stop()
    second = new HostProcess('', env)
    await second.start()
    const info = await second.call<DataFolderInfo>('getDataFolder')
    expect(info).toMatchObject({ current: shared, chosen: shared, fixed: false })
    await page.goto(`${second.url}#/settings`)
    await expect(page.getByText(shared).first()).toBeVisible()
    await expect(page.getByTestId('data-folder')).not.toContainText('При следующем запуске')

    // The share not connected at the next start: not made into a new archive; the window says so.
    await second.stop()
    await rm(shared, { recursive: true, force: true })
    await second.start()
    const fallback = await second.call<DataFolderInfo>('getDataFolder')
    expect(fallback.current).not.toBe(shared)
    await page.goto(`${second.url}#/settings`)
    await expect(page.getByRole('alert').first()).toContainText(`Папка архива ${shared} недоступна`)
    await page.screenshot({ path: test.info().outputPath('folder-unavailable.png') })
  } finally {
    await first.stop()
    await second?.stop()
    await rm(home, { recursive: true, force: true })
  }
})
