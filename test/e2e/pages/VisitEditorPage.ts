import { expect, type Locator, type Page } from '@playwright/test'

/** One visit open in the editor. */
export class VisitEditorPage {
  readonly saveState: Locator

  constructor(readonly page: Page) {
    this.saveState = page.getByRole('status').filter({ hasText: /сохран/i })
  }

  tab(name: 'Общие сведения' | 'Программа' | 'Участники' | 'Документы' | 'Подготовка' | 'Учёт') {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) })
  }

  get conflicts() {
    return this.page.getByTestId('conflicts-panel')
  }

  conflict(text: string | RegExp) {
    return this.conflicts.getByRole('button').filter({ hasText: text })
  }

  async showGrid() {
    await this.page.getByRole('radio', { name: 'Сетка' }).click()
    await expect(this.page.locator('.grid')).toBeVisible()
  }

  /** A block of the time grid, found by its title. */
  gridItem(title: string | RegExp) {
    return this.page.locator('.grid-item').filter({ hasText: title })
  }

  /** Drags a grid block (or its bottom edge) by a number of pixels. */
  async drag(block: Locator, dx: number, dy: number, edge = false) {
    const box = (await block.boundingBox())!
    const x = box.x + box.width / 2
    const y = edge ? box.y + box.height - 3 : box.y + Math.min(12, box.height / 2)
    await this.page.mouse.move(x, y)
    await this.page.mouse.down()
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 })
    await this.page.mouse.move(x + dx, y + dy, { steps: 4 })
    await this.page.mouse.up()
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
      // Type-ahead: a few letters of the venue, then pick it from the list.
      await dialog.getByRole('combobox', { name: 'Место' }).fill(item.venue.slice(0, 8))
      await this.page.getByRole('option', { name: item.venue }).click()
    }
    await dialog.getByRole('button', { name: 'Сохранить' }).click()
    await expect(dialog).toBeHidden()
  }

  async waitSaved() {
    await expect(this.page.getByText('Все изменения сохранены')).toBeVisible()
  }
}
