// Every string the officer reads comes from the catalogues: keys are typed, the domain gives facts.
import { describe, expect, test } from 'vitest'
import { buildMenuTemplate } from '../../electron/main/menu'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { translate } from '../../shared/i18n/translate'
import { tempDir } from '../helpers/temp-dir'

describe('one way to speak', () => {
  test('a key the catalogue does not have fails the typecheck', () => {
    // @ts-expect-error: not a key of the catalogue (the typecheck of `npm test` fails without this line's marker)
    expect(translate('ru', 'menu.noSuchEntry')).toBe('menu.noSuchEntry')
    expect(translate('en', 'menu.file')).toBe('File')
  })

  test('the application menu speaks the chosen language from the catalogues', () => {
    const labels = (lang: 'ru' | 'en') =>
      buildMenuTemplate(lang, () => undefined).flatMap((m) => [
        m.label,
        ...(Array.isArray(m.submenu) ? m.submenu.map((i) => i.label) : []),
      ])
    const en = labels('en').filter(Boolean)
    const ru = labels('ru').filter(Boolean)
    expect(en).toContain('Undo')
    expect(en.every((l) => !/[а-яё]/i.test(l!))).toBe(true)
    expect(ru).toContain('Отменить')
    expect(ru.every((l) => /[а-яё]/i.test(l!))).toBe(true)
  })

  test("a visit's history says what changed in the officer's language", async () => {
    const api = await createAppApi({ dataDir: await tempDir(), bundledDir: repoBundledDir })
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025')
    await api.saveVisit(
      { ...made.visit, title: 'Визит делегации', participantIds: [], notes: 'Уточнить состав' },
      made.revision,
    )
    const [latest] = await api.listRevisions(made.visit.id)
    expect(latest!.changes).toEqual([
      'Изменено: название, заметки.',
      'Изменены: состав участников.',
    ])
    await api.saveSettings({ language: 'en' })
    const [again] = await api.listRevisions(made.visit.id)
    expect(again!.changes).toEqual(['Changed: title, notes.', 'Changed: participants.'])
    await api.close()
  })
})
