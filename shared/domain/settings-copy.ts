import type { CostNorms } from './cost-norms'
import { defaultPlanningSettings, type PlanningSettings } from './planning'
import { stableJson } from './stable-json'

/** The department's settings as two computers hold them. */
export interface SharedSettings {
  planning: PlanningSettings
  costNorms: CostNorms
  seededTemplates: string[]
}

export interface SettingsReconciliation {
  settings: SharedSettings
  /** Settings taken from the other computer (this one still had the defaults or the sample). */
  taken: string[]
  /** Settings both computers changed differently: this computer's kept. */
  differing: string[]
}

/**
 * Reconciles the department's settings with another computer's version (the copy a sync engine
 * left): a setting this computer still has at its default (or the sample cost norms) takes the
 * other's; a setting both changed keeps this computer's and is named; shipped templates already
 * copied in on either side stay copied in.
 */
export function reconcileSettingsCopy(
  ours: SharedSettings,
  theirs: SharedSettings,
): SettingsReconciliation {
  const taken: string[] = []
  const differing: string[] = []
  const defaults = defaultPlanningSettings() as Record<string, unknown>
  const planning = { ...ours.planning } as Record<string, unknown>
  for (const [key, value] of Object.entries(theirs.planning)) {
    if (stableJson(planning[key]) === stableJson(value)) continue
    if (stableJson(planning[key]) === stableJson(defaults[key])) {
      planning[key] = value
      taken.push(`planning.${key}`)
    } else if (stableJson(value) !== stableJson(defaults[key])) differing.push(`planning.${key}`)
  }
  let costNorms = ours.costNorms
  if (stableJson(ours.costNorms) !== stableJson(theirs.costNorms)) {
    if (ours.costNorms.sample && !theirs.costNorms.sample) {
      costNorms = theirs.costNorms
      taken.push('costNorms')
    } else if (!theirs.costNorms.sample) differing.push('costNorms')
  }
  return {
    settings: {
      planning: planning as PlanningSettings,
      costNorms,
      seededTemplates: [...new Set([...ours.seededTemplates, ...theirs.seededTemplates])],
    },
    taken,
    differing,
  }
}
