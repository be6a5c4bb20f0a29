import { describe, expect, test } from 'vitest'
import { reconcileDirectoryCopy, type Directory } from '../../shared/domain/directory'
import { aPerson } from '../helpers/builders'

const venue = (id: string, name: string) => ({ id, name, address: '', city: 'Санкт-Петербург' })

describe('reconcileDirectoryCopy', () => {
  test('keeps what either side added, completes this side’s empty fields, lists real differences', () => {
    const kyalin = aPerson({ id: 'p1', fullName: 'Кялин Александр', position: 'Вице-губернатор' })
    const ours: Directory = {
      people: [{ ...kyalin, phone: '+7 812 111-11-11' }, aPerson({ id: 'p2', fullName: 'Наш' })],
      organisations: [],
      venues: [venue('v1', 'Дом Правительства')] as Directory['venues'],
    }
    const theirs: Directory = {
      people: [
        { ...kyalin, email: 'k@example.org', position: 'Вице-губернатор (уточнено)' },
        aPerson({ id: 'p3', fullName: 'Их' }),
      ],
      organisations: [{ id: 'o1', name: 'ЛГУ им. А. С. Пушкина', kind: 'university' }],
      venues: [venue('v1', 'Дом Правительства')] as Directory['venues'],
    }
    const r = reconcileDirectoryCopy(ours, theirs)
    const p1 = r.directory.people.find((p) => p.id === 'p1')!
    expect(p1).toMatchObject({
      phone: '+7 812 111-11-11',
      email: 'k@example.org',
      position: 'Вице-губернатор',
    })
    expect(r.directory.people.map((p) => p.id)).toEqual(['p1', 'p2', 'p3'])
    expect(r.directory.organisations.map((o) => o.id)).toEqual(['o1'])
    expect(r.added).toEqual(['Их', 'ЛГУ им. А. С. Пушкина'])
    expect(r.differing).toEqual(['Кялин Александр'])
  })

  test('an entry the other side only completed is not a difference; equal copies change nothing', () => {
    const p = aPerson({ id: 'p1', fullName: 'Есмагамбетова' })
    const r = reconcileDirectoryCopy(
      { people: [p], organisations: [], venues: [] },
      { people: [{ ...p, phone: '+7 701 000' }], organisations: [], venues: [] },
    )
    expect(r.differing).toEqual([])
    expect(r.directory.people[0]!.phone).toBe('+7 701 000')
    const same = reconcileDirectoryCopy(r.directory, r.directory)
    expect(same).toEqual({ directory: r.directory, added: [], differing: [], passportsTaken: [] })
  })

  test('passport data is whole: the version entered or deleted later stands', () => {
    const p = aPerson({ id: 'p1', fullName: 'Кялин Александр' })
    const passport = { series: 'N', number: '55667788', expiresOn: '2031-05-01' }
    const entered = { ...p, passport, passportChangedAt: '2026-11-29T09:10:00.000Z' }
    const dir = (people: Directory['people']): Directory => ({
      people,
      organisations: [],
      venues: [],
    })
    // Entered over there after this side's last word on it: it arrives.
    const arrives = reconcileDirectoryCopy(dir([{ ...p, phone: '1' }]), dir([entered]))
    expect(arrives.directory.people[0]).toMatchObject({ phone: '1', passport })
    expect(arrives.passportsTaken).toEqual(['p1'])
    // Deleted here later: the deletion stands.
    const deleted = { ...p, passportChangedAt: '2026-11-29T09:20:00.000Z' }
    const stands = reconcileDirectoryCopy(dir([deleted]), dir([entered]))
    expect(stands.directory.people[0]!.passport).toBeUndefined()
    expect(stands.passportsTaken).toEqual([])
    // Deleted over there later: this side's data goes too.
    const goes = reconcileDirectoryCopy(dir([entered]), dir([deleted]))
    expect(goes.directory.people[0]!.passport).toBeUndefined()
    expect(goes.directory.people[0]!.passportChangedAt).toBe(deleted.passportChangedAt)
    // Without a time on the other side (an older copy), this side's stands, field by field too.
    const older = reconcileDirectoryCopy(dir([p]), dir([{ ...p, passport }]))
    expect(older.directory.people[0]!.passport).toBeUndefined()
  })
})
