import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createAppApi } from '../../electron/services/create-app-api'
import { readImportFile } from '../../electron/services/import-service'
import { repoBundledDir } from '../../electron/services/paths'
import { assertSafeZip } from '../../electron/services/zip-guard'
import { API_METHOD_NAMES } from '../../shared/api/contract'
import { dispatch } from '../../shared/api/dispatch'
import { AppError } from '../../shared/api/errors'
import { readIcs } from '../../shared/import/read-ics'
import { parsePressRelease } from '../../shared/import/parse-press-release'
import { fixedClock } from '../../shared/time/clock'
import { wordProgramme } from '../helpers/word-programme'
import { tempDir } from '../helpers/temp-dir'

const options = { year: 2026, today: '2026-11-29', timeZone: 'Europe/Moscow' }
const readText = (text: string) =>
  parsePressRelease(text, { year: 2026, today: '2026-11-29', timeZone: 'Europe/Moscow' })
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64')

/** A one-entry ZIP whose header declares `declared` bytes for `content`. */
function zipOf(name: string, content: Buffer, declared = content.length): Buffer {
  const data = deflateRawSync(content)
  const nameBytes = Buffer.from(name)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(declared, 22)
  local.writeUInt16LE(nameBytes.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(declared, 24)
  central.writeUInt16LE(nameBytes.length, 28)
  central.writeUInt32LE(0, 42)
  const dirOffset = local.length + nameBytes.length + data.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + nameBytes.length, 12)
  end.writeUInt32LE(dirOffset, 16)
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end])
}

const keyOf = (err: unknown) => (err instanceof AppError ? err.details?.key : String(err))

describe('hostile files on import', () => {
  test('zip bombs are refused before anything unpacks them; a real Word file passes', async () => {
    const zeros = Buffer.alloc(60 * 1024 * 1024)
    // Honest header, bomb ratio.
    expect(() => assertSafeZip(zipOf('word/document.xml', zeros))).toThrow(/zip bomb|too large/)
    // A header that lies about the size: caught by the capped inflate.
    const liar = zipOf('word/document.xml', Buffer.alloc(2 * 1024 * 1024, 0x41), 1000)
    await expect(readImportFile('liar.docx', liar, options, readText)).rejects.toSatisfy(
      (err) => keyOf(err) === 'import.errors.zipUnsafe',
    )
    const docx = await wordProgramme()
    expect(() => assertSafeZip(docx)).not.toThrow()
  })

  test('too large, deeply nested, prototype keys, binary junk: each a clear error or plain data', async () => {
    await expect(
      readImportFile('big.txt', Buffer.alloc(21 * 1024 * 1024, 0x61), options, readText),
    ).rejects.toSatisfy((err) => keyOf(err) === 'import.errors.tooLarge')
    const nested = `{"format":"delegation-planner/visit-bundle","schemaVersion":1,"visit":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    await expect(
      readImportFile('deep.dvisit.json', Buffer.from(nested), options, readText),
    ).rejects.toBeInstanceOf(AppError)
    const proto =
      '{"format":"delegation-planner/visit-bundle","schemaVersion":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"visit":{"__proto__":{"polluted":true}}}'
    await readImportFile('proto.dvisit.json', Buffer.from(proto), options, readText).catch(
      () => undefined,
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  test('a file name with ../ is only a label: nothing is written outside the data folder', async () => {
    // The data folder three levels down a folder of its own: '../../../' from it lands in `root`,
    // which no other test touches (the system's temporary folder changes under parallel tests).
    const root = await tempDir()
    const dir = join(root, 'a', 'b', 'c')
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const draft = await api.readImport(
      '../../../etc/passwd.txt',
      b64('Визит 7 декабря 2026 года'),
      {},
    )
    expect(draft.sourceName).toBe('../../../etc/passwd.txt')
    expect(await readdir(root)).toEqual(['a'])
    expect(await readdir(join(root, 'a', 'b'))).toEqual(['c'])
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025')
    const current = await api.getVisit(made.visit.id)
    await api.saveVisit({ ...current.visit, title: '../../../evil/<script>' }, current.revision)
    const file = await api.exportVisit(made.visit.id, 'ics', {})
    expect(file.fileName).not.toMatch(/[\\/]|\.\./)
  })

  test('wrong types, unknown kinds, impossible dates are refused by every door', async () => {
    const dir = await tempDir()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025')
    const bad = [
      { ...made.visit, startDate: '2026-02-29' },
      { ...made.visit, items: [{ ...made.visit.items[0]!, kind: 'spaceship' }] },
      { ...made.visit, items: [{ ...made.visit.items[0]!, start: '25:61' }] },
      { ...made.visit, title: 42 },
    ]
    for (const visit of bad) {
      const answer = await dispatch(api, 'saveVisit', [visit, made.revision])
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' } })
    }
    expect((await api.getVisit(made.visit.id)).revision).toBe(made.revision)
  })
})

describe('fuzz', () => {
  test('dispatch answers an envelope for any method and any arguments, and never throws', async () => {
    const dir = await tempDir()
    const api = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      clock: fixedClock('2026-11-29T09:00:00Z'),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...API_METHOD_NAMES), fc.string()),
        fc.oneof(fc.array(fc.anything(), { maxLength: 4 }), fc.anything()),
        async (method, args) => {
          const answer = await dispatch(api, method, args)
          expect(typeof answer.ok).toBe('boolean')
          if (!answer.ok) expect(answer.error.code).toMatch(/^[a-z-]+$/)
        },
      ),
      { numRuns: 300 },
    )
    // Whatever it was sent, the folder is still sound.
    expect((await api.getStorageReport()).quarantined).toEqual([])
  }, 60_000)

  test('the importers read any bytes or text into a draft or a translated error', async () => {
    const translated = (err: unknown) =>
      err instanceof AppError && typeof err.details?.key === 'string'
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a)),
          fc.string({ maxLength: 2000, unit: 'grapheme' }).map((s) => Buffer.from(s)),
          fc.string({ maxLength: 500 }).map((s) => Buffer.from(`BEGIN:VCALENDAR\n${s}`)),
          fc.string({ maxLength: 500 }).map((s) => Buffer.from(`PK\u0003\u0004${s}`)),
          fc
            .string({ maxLength: 500 })
            .map((s) => Buffer.from(`{"format":"delegation-planner/visit-bundle",${s}`)),
        ),
        async (bytes) => {
          try {
            const draft = await readImportFile('fuzz', bytes, options, readText)
            expect(Array.isArray(draft.items)).toBe(true)
          } catch (err) {
            expect(translated(err), String(err)).toBe(true)
          }
        },
      ),
      { numRuns: 400 },
    )
  }, 60_000)

  test('the press-release reader and the calendar reader never crash on text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000, unit: 'grapheme' }), (text) => {
        const draft = readText(text)
        expect(Array.isArray(draft.items)).toBe(true)
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              'BEGIN:VEVENT',
              'END:VEVENT',
              'DTSTART:20261207T100000Z',
              'DTEND:20261207T110000Z',
              'RRULE:FREQ=SECONDLY;COUNT=100000000',
              'RRULE:FREQ=DAILY',
              'SUMMARY:Встреча',
              'DTSTART;TZID=Europe/Moscow:20260329T023000',
            ),
            fc.string({ maxLength: 60 }),
          ),
          { maxLength: 30 },
        ),
        (lines) => {
          try {
            readIcs(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n'), {
              timeZone: 'Europe/Moscow',
              sourceName: 'fuzz.ics',
            })
          } catch (err) {
            // ical.js rejects some text outright; readImportFile turns that into 'unreadable'.
            expect(err).toBeInstanceOf(Error)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
