import { describe, expect, test } from 'vitest'
import { runCli } from '../../electron/cli/index'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { tempDir } from '../helpers/temp-dir'

describe('archive search through the API', () => {
  test('the index follows saves, deletions, directory edits and a restart', async () => {
    const dir = await tempDir()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025')
    expect(
      (await api.searchArchive('Жамбылская область', { kinds: ['visit'] })).map((h) => h.visitId),
    ).toEqual([made.visit.id])
    const saved = await api.saveVisit(
      { ...made.visit, title: 'Визит делегации провинции Хэйлунцзян' },
      made.revision,
    )
    expect(await api.searchArchive('Хэйлунцзян', {})).toHaveLength(1)
    expect(await api.searchArchive('Heilongjiang', {})).toHaveLength(0) // a different spelling system
    const { directory, revision } = await api.getDirectory()
    await api.saveDirectory(
      {
        ...directory,
        people: directory.people.map((p) =>
          p.id === 'p-voronkov' ? { ...p, fullName: 'Воронцов Михаил' } : p,
        ),
      },
      revision,
    )
    expect((await api.searchArchive('Воронцов', { kinds: ['person'] })).map((h) => h.id)).toEqual([
      'person:p-voronkov',
    ])

    const reopened = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    expect(await reopened.searchArchive('Хэйлунцзян', {})).toHaveLength(1)
    await reopened.deleteVisit(saved.visit.id)
    expect(await reopened.searchArchive('Хэйлунцзян', {})).toEqual([])
  })

  test('CLI search --json prints ranked hits', async () => {
    const dir = await tempDir()
    let out = ''
    const io = { out: (t: string) => (out += t), err: () => undefined }
    await runCli(['from-template', 'tpl-zhambyl-2025', '--data-dir', dir], io)
    out = ''
    expect(await runCli(['search', 'меморандума', '--json', '--data-dir', dir], io)).toBe(0)
    const hits = JSON.parse(out) as { kind: string; score: number; matched: string[] }[]
    expect(hits.length).toBeGreaterThan(1)
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a))
    expect(hits.flatMap((h) => h.matched)).toContain('Меморандум')
  })
})
