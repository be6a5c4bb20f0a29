// The copy that goes to the delegation: officials only, names as И.О. Фамилия, no internal marks,
// and nothing goes out while questions are open unless the officer waives them (recorded).
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { describe, expect, test } from 'vitest'
import { filePrinter, hasChromium } from '../helpers/chromium-printer'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import type { PlannerApi, VisitRecord } from '../../shared/api/contract'
import { accessTaskKey } from '../../shared/domain/conflicts'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'

const printer = filePrinter()

async function zhambyl(): Promise<{ api: PlannerApi; record: VisitRecord }> {
  const api = await createAppApi({
    dataDir: await tempDir(),
    bundledDir: repoBundledDir,
    clock: fixedClock('2026-11-28T07:40:00Z'),
    printer,
  })
  return {
    api,
    record: await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' }),
  }
}

/**
 * Every placeholder filled, the reception given a place, the NPP letters marked sent, the drive
 * to the NPP given its time and the days their ways back.
 */
async function settle(api: PlannerApi, record: VisitRecord): Promise<void> {
  const { directory, revision } = await api.getDirectory()
  const names: Record<string, string> = {
    'p-taraz-city': 'Ахметов Ерлан Болатович',
    'p-dulati-rector': 'Сейтжанов Марат Кайратович',
    'p-zhambyl-college': 'Омарова Гульнара Сериковна',
    'p-lgu-rector': 'Лобанов Иван Андреевич',
    'p-sb-college': 'Петрова Анна Викторовна',
  }
  await api.saveDirectory(
    {
      ...directory,
      people: directory.people.map((p) =>
        names[p.id]
          ? { ...p, fullName: names[p.id]! }
          : /назначается/.test(p.fullName)
            ? { ...p, fullName: 'Смирнов Олег Петрович' }
            : p,
      ),
      venues: directory.venues.map((v) =>
        v.id === 'spb-delegation-hotel' ? { ...v, name: 'Гостиница «Москва»' } : v,
      ),
    },
    revision,
  )
  const npp = directory.venues.find((v) => v.id === 'leningrad-npp')!
  const visit = record.visit
  await api.saveVisit(
    {
      ...visit,
      items: [
        ...visit.items.map((i) =>
          i.kind === 'reception' && !i.venueId
            ? { ...i, venueId: 'lo-government-house' }
            : // The drive to the NPP takes 130 minutes: leave at 07:45.
              i.kind === 'transfer' && i.venueId === 'leningrad-npp'
              ? { ...i, start: '07:45' }
              : i,
        ),
        // The ways back the programme lacked: from Pushkin, from Gatchina, from Sosnovy Bor.
        ...[
          ['2026-12-08', 'pushkin-lgu', '17:00', '18:00'],
          ['2026-12-09', 'gatchina-palace', '18:15', '19:45'],
          ['2026-12-10', 'sosnovy-bor-administration', '15:30', '17:45'],
        ].map(([date, from, start, end]) => ({
          id: `back-${date}`,
          kind: 'transfer' as const,
          date: date!,
          start: start!,
          end: end!,
          title: 'Трансфер',
          fromVenueId: from!,
          venueId: 'spb-delegation-hotel',
          participantIds: [],
          agreementIds: [],
        })),
      ],
      tasks: [
        ...visit.tasks,
        ...npp.accessRequirements.map((_, n) => ({
          key: accessTaskKey('leningrad-npp', n),
          custom: false,
          status: 'done' as const,
        })),
      ],
    },
    record.revision,
  )
}

describe('the guest copy', () => {
  test('refused while the template’s placeholders are open; issued once they are settled', async () => {
    const { api, record } = await zhambyl()
    const open = await api.getOpenQuestions(record.visit.id, { variant: 'guest' })
    expect(open.map((q) => q.kind)).toEqual(
      expect.arrayContaining(['placeholder', 'no-venue', 'access-overdue']),
    )
    await expect(
      api.exportVisit(record.visit.id, 'docx', { variant: 'guest' }),
    ).rejects.toMatchObject({ details: { key: 'preflight.blocked', count: open.length } })

    await settle(api, record)
    expect(await api.getOpenQuestions(record.visit.id, { variant: 'guest' })).toEqual([])
    const file = await api.exportVisit(record.visit.id, 'docx', { variant: 'guest' })
    expect(file.fileName).toMatch(/\.docx$/)
    // Nothing was waived: no waiver recorded.
    expect((await api.getVisit(record.visit.id)).visit.waivers).toEqual([])
  })

  test('issued with the open questions waived: the waiver and what was open are recorded', async () => {
    const { api, record } = await zhambyl()
    const open = await api.getOpenQuestions(record.visit.id, { variant: 'guest' })
    const file = await api.exportVisit(record.visit.id, 'docx', { variant: 'guest', waive: true })
    const { waivers } = (await api.getVisit(record.visit.id)).visit
    expect(waivers).toEqual([
      { at: '2026-11-28T07:40:00.000Z', document: file.fileName, issues: open.map((q) => q.text) },
    ])
  })

  test.skipIf(!hasChromium)(
    'the printed copy: officials as И.О. Фамилия, the head in the title, no internal marks',
    async () => {
      const { api, record } = await zhambyl()
      await settle(api, record)
      const file = await api.exportVisit(record.visit.id, 'pdf', { variant: 'guest' })
      const path = join(await tempDir(), 'guest.pdf')
      await writeFile(path, Buffer.from(file.base64, 'base64'))
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
      for (const internal of ['пример', 'уточня', 'Редакция', 'Сопровождающий', 'Подготовлено'])
        expect(text).not.toContain(internal)
      expect(text).toContain(
        'пребывания делегации Жамбылской области Республики Казахстан во главе с заместителем акима Жамбылской области А.С. Есмагамбетовой',
      )
      expect(text).toContain('А. Кялин')
      expect(text).not.toContain('Кялин Александр')
      expect(text).toContain('Гостиница «Москва»')
    },
    60_000,
  )

  test('the internal briefing lists what is open under “Открытые вопросы”', async () => {
    const { api, record } = await zhambyl()
    const { html } = await api.renderBriefing(record.visit.id, {})
    expect(html).toContain('<h2>Открытые вопросы</h2>')
    expect(html).toContain('Гостиница делегации (уточняется)')
    expect(html).toContain('срок пропущен')
  })
})

describe('the internal briefing of a visit made from a template', () => {
  test('marks tentative times once, as the app does, with no planning notes of the template', async () => {
    const { api, record } = await zhambyl()
    const file = await api.exportVisit(record.visit.id, 'docx', {})
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.base64, 'base64') })
    expect(value).toMatch(/время условное/i)
    expect(value).not.toContain('пример по пресс-релизу')
    expect(value).toContain('Гостиница по бронированию.')
  })
})
