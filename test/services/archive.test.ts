import { describe, expect, test } from 'vitest'
import { AppError } from '../../shared/api/errors'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'

describe('agreements register and overview through the API', () => {
  test('a follow-up ticked done is saved with its date, survives a restart and leaves the overdue list', async () => {
    const dir = await tempDir()
    const options = {
      dataDir: dir,
      bundledDir: repoBundledDir,
      clock: fixedClock('2026-11-29T09:00:00Z'),
    }
    const api = await createAppApi(options)
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2025-11-17' })
    const [first, ...rest] = made.visit.agreements
    await api.saveVisit(
      {
        ...made.visit,
        agreements: [
          {
            ...first!,
            status: 'signed',
            signedOn: '2025-11-19',
            validUntil: '2030-11-18',
            followUps: [
              { id: 'school', title: 'Совместная летняя школа', due: '2026-07-15', done: false },
              { id: 'report', title: 'Отчёт за 2026 год', due: '2027-01-31', done: false },
            ],
          },
          ...rest,
        ],
      },
      made.revision,
    )
    const [row] = await api.listAgreements()
    expect(row).toMatchObject({
      agreement: { id: first!.id },
      overdue: 1,
      nextDue: '2026-07-15',
      state: 'signed',
    })

    await api.setFollowUpDone(made.visit.id, first!.id, 'school', true)
    const reopened = await createAppApi(options)
    const after = (await reopened.listAgreements()).find((r) => r.agreement.id === first!.id)!
    expect(after.overdue).toBe(0)
    expect(after.followUps.find((f) => f.id === 'school')).toMatchObject({
      done: true,
      doneOn: '2026-11-29',
    })
    expect(after.nextDue).toBe('2027-01-31')
    // Opened again: the date goes.
    await reopened.setFollowUpDone(made.visit.id, first!.id, 'school', false)
    const again = (await reopened.listAgreements()).find((r) => r.agreement.id === first!.id)!
    expect(again.followUps.find((f) => f.id === 'school')).toEqual(
      expect.not.objectContaining({ doneOn: expect.anything() }),
    )
    await expect(
      reopened.setFollowUpDone(made.visit.id, first!.id, 'nope', true),
    ).rejects.toBeInstanceOf(AppError)
  })

  test('the overview counts the archive and lists the visit ahead with its open tasks', async () => {
    const dir = await tempDir()
    const api = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      clock: fixedClock('2026-11-29T09:00:00Z'),
    })
    await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2025-11-17' })
    const ahead = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
    const overview = await api.archiveOverview()
    expect(overview.byYear).toEqual([
      { year: 2025, incoming: 1, outgoing: 0 },
      { year: 2026, incoming: 1, outgoing: 0 },
    ])
    expect(overview.upcoming.map((u) => u.visitId)).toEqual([ahead.visit.id])
    // The NPP letters were due 30 days before the tour: overdue on 29 November.
    expect(overview.upcoming[0]!.openTasks[0]).toMatchObject({ overdue: true })
  })
})
