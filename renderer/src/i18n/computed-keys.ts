import type { ParseKeys, TFunction } from 'i18next'
import type { Translate } from '../../../shared/wording/describe'

/**
 * The translator for keys computed at run time: the domain's facts and the errors name their
 * message by key (`conflicts.kind.night`), checked against the catalogues by the domain's tests.
 * Keys written in the interface's code go through `t` itself, whose keys are typed from the
 * Russian catalogue (see i18next.d.ts): a missing one fails the typecheck.
 */
export function computedKeys(t: TFunction): Translate {
  return (key, params) => t(key as ParseKeys, params ?? {})
}
