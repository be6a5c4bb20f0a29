import { expect, type Locator, type Page } from '@playwright/test'

/** One visit open in the editor. */
export class VisitEditorPage {
  readonly saveState: Locator

  constructor(readonly page: Page) {
    this.saveState = page.getByRole('status').filter({ hasText: /сохран/i })
  }

  tab(name: 'Общие сведения' | 'Программа' | 'Участники' | 'Документы') {
    return this.page.getByRole('tab', { name })
  }

  day(heading: string) {
    return this.page.getByRole('region', { name: heading })
  }

  async addItem(
    dayHeading: string,
    item: { kind?: string; start: string; end: string; title: string; venue?: string },
  ) {
    await this.page.getByRole('button', { name: `Добавить пункт: ${dayHeading}` }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Новый пункт программы' })
    if (item.kind) {
      await dialog.getByRole('combobox', { name: 'Вид' }).click()
      await this.page.getByRole('option', { name: item.kind, exact: true }).click()
    }
    await dialog.getByLabel('Начало').fill(item.start)
    await dialog.getByLabel('Окончание').fill(item.end)
    await dialog.getByLabel('Событие').fill(item.title)
    if (item.venue) {
      await dialog.getByRole('combobox', { name: 'Место' }).click()
      await this.page.getByRole('option', { name: item.venue }).click()
    }
    await dialog.getByRole('button', { name: 'Сохранить' }).click()
    await expect(dialog).toBeHidden()
  }

  async waitSaved() {
    await expect(this.page.getByText('Все изменения сохранены')).toBeVisible()
  }
}
