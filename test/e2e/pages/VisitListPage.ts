import type { Locator, Page } from '@playwright/test'

/** The archive screen as an officer sees it. */
export class VisitListPage {
  readonly newVisitButton: Locator
  readonly search: Locator
  readonly rows: Locator

  constructor(readonly page: Page) {
    this.newVisitButton = page.getByRole('button', { name: 'Новый визит' })
    this.search = page.getByRole('searchbox', { name: 'Поиск по названию или партнёру' })
    this.rows = page.getByRole('table').getByRole('row')
  }

  async goto(url: string) {
    await this.page.goto(url)
    await this.page.getByRole('heading', { name: 'Визиты', level: 1 }).waitFor()
  }

  async createVisit(fields: {
    title: string
    country: string
    region: string
    start: string
    end: string
  }) {
    await this.newVisitButton.click()
    const dialog = this.page.getByRole('dialog', { name: 'Новый визит' })
    await dialog.getByLabel('Название визита').fill(fields.title)
    await dialog.getByLabel('Страна партнёра').fill(fields.country)
    await dialog.getByLabel('Регион партнёра').fill(fields.region)
    await dialog.getByLabel('Дата начала', { exact: true }).fill(fields.start)
    await dialog.getByLabel('Дата окончания', { exact: true }).fill(fields.end)
    await dialog.getByLabel('Дата окончания', { exact: true }).press('Tab')
    await dialog.getByRole('button', { name: 'Создать' }).click()
  }

  template(title: RegExp) {
    return this.page.getByRole('button', {
      name: new RegExp(`Создать по шаблону: ${title.source}`),
    })
  }
}
