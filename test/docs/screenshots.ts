// `npm run screenshots`: the README's pictures, taken from the built app in browser mode with the
// Zhambyl sample and a Sichuan visit, at 1280×800 in Debian's Chromium (never downloaded).
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { VisitRecord } from '../../shared/api/contract'
import { CHROMIUM_FLAGS, defaultChromiumPath } from '../../electron/node-host/pdf-printer-chromium'
import { HostProcess } from '../helpers/host-process'

const dataDir = await mkdtemp(join(tmpdir(), 'dp-shots-'))
const host = new HostProcess(dataDir)
await host.start()
const browser = await chromium.launch({ executablePath: defaultChromiumPath(), args: CHROMIUM_FLAGS })
try {
  const zhambyl = await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: '2026-12-07' },
  ])
  await host.call<VisitRecord>('createVisitFromTemplate', ['tpl-zhambyl-2025', { startDate: '2025-11-17' }])
  await host.call<VisitRecord>('createVisit', [
    {
      title: 'Визит делегации провинции Сычуань',
      partnerCountry: 'Китай',
      partnerRegion: 'провинция Сычуань',
      startDate: '2027-04-12',
      endDate: '2027-04-14',
    },
  ])
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const shot = async (hash: string, file: string, ready: () => Promise<unknown>) => {
    await page.goto(`${host.url}${hash}`)
    await ready()
    await page.screenshot({ path: join('docs', file) })
    console.log(`docs/${file}`)
  }
  await shot('#/visits', 'screenshot-list.png', () =>
    page.getByRole('link', { name: /Сычуань/ }).first().waitFor(),
  )
  await page.evaluate("localStorage.setItem('dp.programme.view', 'list')")
  await shot(`#/visits/${zhambyl.visit.id}/programme`, 'screenshot-editor.png', () =>
    page.getByRole('heading', { level: 2 }).first().waitFor(),
  )
  await page.evaluate("localStorage.setItem('dp.programme.view', 'table')")
  await shot(`#/visits/${zhambyl.visit.id}/programme`, 'screenshot-table.png', () =>
    page.locator('.programme-table').waitFor(),
  )
  // The press-release reader's review of a real release (the Zhambyl delegation's, a seed).
  const release = await readFile(
    join('test', 'fixtures', 'press-releases', 'zhambyl-delegation-leningrad-oblast.txt'),
    'utf8',
  )
  await page.goto(`${host.url}#/import`)
  await page.getByLabel('Или вставьте текст пресс-релиза').fill(release)
  await page.getByRole('button', { name: 'Разобрать текст' }).click()
  await page.getByText('Насколько уверенно прочитано').waitFor()
  await page.screenshot({ path: join('docs', 'screenshot-import.png') })
  console.log('docs/screenshot-import.png')
} finally {
  await browser.close()
  await host.stop()
  await rm(dataDir, { recursive: true, force: true })
}
