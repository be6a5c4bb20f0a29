import type { VisitRecord } from '../../../shared/api/contract'
import { expect, test } from '../fixtures/host'
import { VisitListPage } from '../pages/VisitListPage'

test('the archive: search in another word form, open the hit, see the partner’s history', async ({
  page,
  host,
}) => {
  const next = await host.call<VisitRecord>('createVisitFromTemplate', [
    'tpl-zhambyl-2025',
    { startDate: '2026-12-07' },
  ])
  await host.call<VisitRecord>('createVisitFromTemplate', ['tpl-kz-ambassador-2023'])
  const list = new VisitListPage(page)
  await list.goto(host.url)
  // The ambassador's meeting mentions the Zhambyl delegation of 2022 too, so it is found second.
  await list.search.fill('Жамбылской')
  await expect(list.rows).toHaveCount(3) // the header and two visits
  await expect(list.rows.nth(1)).toContainText(next.visit.title)
  await list.search.fill('Zhambyl')
  await expect(list.rows.nth(1)).toContainText(next.visit.title)
  await list.rows.nth(1).getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(next.visit.title)
  await page.getByRole('tab', { name: /^Общие сведения/ }).click()
  const history = page.getByTestId('history')
  await expect(history.getByRole('heading')).toHaveText(
    'История отношений: Жамбылская область, Казахстан',
  )
  // The November 2025 visit (the template's past visit), what was signed then, and this visit.
  await expect(history).toContainText('17–21 ноября 2025 г.')
  await expect(history).toContainText('Меморандум о сотрудничестве между ЛГУ им. А.С. Пушкина')
  await expect(history).toContainText('этот визит')
  await page.screenshot({ path: test.info().outputPath('history.png'), fullPage: true })
})
