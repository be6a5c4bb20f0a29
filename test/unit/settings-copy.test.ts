import { describe, expect, test } from 'vitest'
import { SAMPLE_COST_NORMS } from '../../shared/domain/cost-norms'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { reconcileSettingsCopy } from '../../shared/domain/settings-copy'

const base = () => ({
  planning: defaultPlanningSettings(),
  costNorms: SAMPLE_COST_NORMS,
  seededTemplates: ['tpl-a'],
})

describe('reconcileSettingsCopy', () => {
  test('defaults and the sample take the other side; both changed keeps ours and names it', () => {
    const ours = { ...base(), planning: { ...base().planning, roadSpeedKmh: 40 } }
    const approved = { ...SAMPLE_COST_NORMS, sample: false }
    const theirs = {
      planning: { ...base().planning, roadSpeedKmh: 35, nightStart: '23:00' },
      costNorms: approved,
      seededTemplates: ['tpl-b'],
    }
    const r = reconcileSettingsCopy(ours, theirs)
    expect(r.settings.planning.roadSpeedKmh).toBe(40)
    expect(r.settings.planning.nightStart).toBe('23:00')
    expect(r.settings.costNorms).toBe(approved)
    expect(r.settings.seededTemplates).toEqual(['tpl-a', 'tpl-b'])
    expect(r.taken).toEqual(['planning.nightStart', 'costNorms'])
    expect(r.differing).toEqual(['planning.roadSpeedKmh'])
  })

  test('the other side still at the defaults changes nothing and is no difference', () => {
    const ours = { ...base(), planning: { ...base().planning, roadSpeedKmh: 40 } }
    const r = reconcileSettingsCopy(ours, base())
    expect(r).toEqual({ settings: ours, taken: [], differing: [] })
  })
})
