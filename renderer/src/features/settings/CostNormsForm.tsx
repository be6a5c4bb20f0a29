import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CostNormsSchema,
  SAMPLE_COST_NORMS,
  type CostGroup,
  type CostNorms,
} from '../../../../shared/domain/cost-norms'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { useToast } from '../../components/Toasts'
import { Button } from '../../components/Button'

const TEXT_FIELDS = ['name', 'headRoom', 'memberRoom'] as const
const MONEY_FIELDS = [
  'headRoomPerNight',
  'memberRoomPerNight',
  'mealsPerDay',
  'officialMealPerPerson',
  'buffetPerPerson',
  'culturalPerPerson',
  'interpreterPerHour',
  'transportPerHour',
  'souvenirPerGift',
  'flowersPerCeremony',
  'vipHallPerPerson',
] as const
type MoneyField = (typeof MONEY_FIELDS)[number]
type TextField = (typeof TEXT_FIELDS)[number]
/** Amounts are edited as typed text ('4 500,50') and parsed on save. */
type DraftGroup = Pick<CostGroup, 'id' | TextField> & Record<MoneyField, string>

const toDraft = (g: CostGroup): DraftGroup => ({
  id: g.id,
  name: g.name,
  headRoom: g.headRoom,
  memberRoom: g.memberRoom,
  ...(Object.fromEntries(MONEY_FIELDS.map((f) => [f, String(g[f])])) as Record<MoneyField, string>),
})
const money = (text: string) => Number(text.replace(/\s/g, '').replace(',', '.'))

/** The norms per delegation group, fields down and groups across, as the approved table reads. */
export function CostNormsForm({ initial }: { initial: CostNorms }) {
  const { t } = useTranslation()
  const api = useApi()
  const toast = useToast()
  const [norms, setNorms] = useState(initial)
  const [groups, setGroups] = useState(() => initial.groups.map(toDraft))
  useEffect(() => {
    setNorms(initial)
    setGroups(initial.groups.map(toDraft))
  }, [initial])

  const parsed = CostNormsSchema.safeParse({
    currency: norms.currency,
    sample: false,
    groups: groups.map((g) => ({
      ...g,
      ...Object.fromEntries(MONEY_FIELDS.map((f) => [f, money(g[f])])),
    })),
  })
  const setGroup = (index: number, patch: Partial<DraftGroup>) =>
    setGroups((list) => list.map((g, i) => (i === index ? { ...g, ...patch } : g)))

  const save = async (next: CostNorms) => {
    try {
      const saved = await api.saveSettings({ costNorms: next })
      setNorms(saved.costNorms)
      setGroups(saved.costNorms.groups.map(toDraft))
      toast(t('settings.saved'))
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    }
  }

  return (
    <section className="settings-section" aria-labelledby="cost-norms">
      <h2 id="cost-norms">
        {t('estimate.norms.heading')}{' '}
        {norms.sample ? (
          <span className="badge badge-sample">{t('estimate.norms.sampleBadge')}</span>
        ) : null}
      </h2>
      <p className="muted small">{t('estimate.norms.hint')}</p>
      {norms.sample ? <p className="small">{t('estimate.norms.sampleNote')}</p> : null}
      <div className="table-scroll">
        <table className="table norms-table">
          <thead>
            <tr>
              <th />
              {groups.map((g, i) => (
                <th key={g.id} scope="col">
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...TEXT_FIELDS, ...MONEY_FIELDS].map((field) => (
              <tr key={field}>
                <th scope="row">{t(`estimate.norms.fields.${field}`)}</th>
                {groups.map((g, i) => (
                  <td key={g.id} className={TEXT_FIELDS.includes(field as TextField) ? '' : 'num'}>
                    <input
                      className="cell-input"
                      aria-label={`${t(`estimate.norms.fields.${field}`)}, ${i + 1}`}
                      value={g[field]}
                      inputMode={TEXT_FIELDS.includes(field as TextField) ? undefined : 'decimal'}
                      maxLength={300}
                      onChange={(e) => setGroup(i, { [field]: e.target.value })}
                    />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th />
              {groups.map((g, i) => (
                <td key={g.id}>
                  <Button
                    variant="quiet"
                    small
                    disabled={groups.length <= 1}
                    onClick={() => setGroups((list) => list.filter((_, n) => n !== i))}
                  >
                    {t('estimate.norms.removeGroup')}
                  </Button>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {!parsed.success ? (
        <p className="field-error" role="alert">
          {t('estimate.norms.invalid')}
        </p>
      ) : null}
      <div className="button-row">
        <Button
          disabled={groups.length >= 20}
          onClick={() =>
            setGroups((list) => [
              ...list,
              toDraft({
                ...SAMPLE_COST_NORMS.groups.at(-1)!,
                id: `group-${crypto.randomUUID().slice(0, 8)}`,
                name: `${t('estimate.norms.fields.name')} ${list.length + 1}`,
              }),
            ])
          }
        >
          + {t('estimate.norms.addGroup')}
        </Button>
        <Button
          variant="primary"
          disabled={!parsed.success}
          onClick={() => parsed.success && void save(parsed.data)}
        >
          {t('estimate.norms.save')}
        </Button>
        {!norms.sample ? (
          <Button onClick={() => void save(SAMPLE_COST_NORMS)}>{t('estimate.norms.reset')}</Button>
        ) : null}
      </div>
    </section>
  )
}
