import { describe, expect, test } from 'vitest'
import { classifyVisitFile } from '../../shared/domain/sync-conflicts'

const known = new Set(['a1b2c3d4e5f60718', 'tpl-zhambyl-2025'])

describe('copies made by sync engines', () => {
  test.each([
    ['a1b2c3d4e5f60718.sync-conflict-20261129-104233-ABCDEF7.json', 'syncthing'],
    ['a1b2c3d4e5f60718 (conflicted copy 2026-11-29 104233).json', 'nextcloud'],
    ['a1b2c3d4e5f60718 (conflicted copy ivanova 2026-11-29 104233).json', 'nextcloud'],
    ['a1b2c3d4e5f60718_conflict-20261129-104233.json', 'owncloud'],
    ["a1b2c3d4e5f60718 (Ivanova's conflicted copy 2026-11-29).json", 'dropbox'],
    ['a1b2c3d4e5f60718 (Case Conflict).json', 'dropbox'],
    ['a1b2c3d4e5f60718-LAPTOP7.json', 'onedrive'],
    ['tpl-zhambyl-2025-PC2.json', 'onedrive'],
  ])('%s is a %s copy of the visit', (name, engine) => {
    const got = classifyVisitFile(name, known)
    expect(got).toEqual({
      kind: 'conflict',
      id: name.startsWith('tpl') ? 'tpl-zhambyl-2025' : 'a1b2c3d4e5f60718',
      engine,
    })
  })

  test('the visit itself, a new visit, and anything else', () => {
    expect(classifyVisitFile('a1b2c3d4e5f60718.json', known)).toEqual({
      kind: 'visit',
      id: 'a1b2c3d4e5f60718',
    })
    // A dash in a new visit's own id is not taken for OneDrive's suffix.
    expect(classifyVisitFile('new-visit-2027.json', known)).toEqual({
      kind: 'visit',
      id: 'new-visit-2027',
    })
    expect(classifyVisitFile('notes.txt', known)).toEqual({ kind: 'other' })
    expect(classifyVisitFile('../evil.json', known)).toEqual({ kind: 'other' })
  })
})
