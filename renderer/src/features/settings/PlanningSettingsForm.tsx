import { useEffect, useState } from 'react'
import type { Translations } from '../../../../shared/domain/common'
import type { Letterhead } from '../../../../shared/domain/planning'
import { TranslationsField } from '../../components/TranslationsField'
import { useTranslation } from 'react-i18next'
import type { Directory } from '../../../../shared/domain/directory'
import {
  PlanningSettingsSchema,
  defaultPlanningSettings,
  type PlanningSettings,
} from '../../../../shared/domain/planning'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toasts'
import { Button } from '../../components/Button'
import { TableHead } from '../../components/TableHead'

interface Draft {
  roadSpeedKmh: string
  detourFactor: string
  travelBufferMinutes: string
  nightStart: string
  nightEnd: string
  hostRegion: string
  hostRegionI18n: Translations | undefined
  letterhead: Letterhead
  travelOverrides: { fromVenueId: string; toVenueId: string; minutes: string }[]
}

const toDraft = (s: PlanningSettings): Draft => ({
  roadSpeedKmh: String(s.roadSpeedKmh),
  detourFactor: String(s.detourFactor),
  travelBufferMinutes: String(s.travelBufferMinutes),
  nightStart: s.nightStart,
  nightEnd: s.nightEnd,
  hostRegion: s.hostRegion,
  hostRegionI18n: s.hostRegionI18n,
  letterhead: s.letterhead,
  travelOverrides: s.travelOverrides.map((o) => ({ ...o, minutes: String(o.minutes) })),
})

const num = (text: string) => Number(text.replace(',', '.'))

/** Road speed, buffers, night hours and the table of measured drives between venues. */
export function PlanningSettingsForm({
  initial,
  directory,
}: {
  initial: PlanningSettings
  directory: Directory
}) {
  const { t } = useTranslation()
  const api = useApi()
  const toast = useToast()
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial))
  useEffect(() => setDraft(toDraft(initial)), [initial])
  const venues = [...directory.venues].sort((a, b) => a.name.localeCompare(b.name, 'ru'))

  const parsed = PlanningSettingsSchema.safeParse({
    roadSpeedKmh: num(draft.roadSpeedKmh),
    detourFactor: num(draft.detourFactor),
    travelBufferMinutes: num(draft.travelBufferMinutes),
    nightStart: draft.nightStart,
    nightEnd: draft.nightEnd,
    hostRegion: draft.hostRegion,
    hostRegionI18n: draft.hostRegionI18n,
    letterhead: draft.letterhead,
    travelOverrides: draft.travelOverrides
      .filter((o) => o.fromVenueId && o.toVenueId)
      .map((o) => ({ ...o, minutes: num(o.minutes) })),
  })

  const save = async () => {
    if (!parsed.success) return
    try {
      const saved = await api.saveSettings({ planning: parsed.data })
      setDraft(toDraft(saved.planning))
      toast(t('settings.saved'))
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    }
  }
  const letterField = (key: keyof Letterhead) => (
    <TextField
      label={t(`access.${key}`)}
      value={draft.letterhead[key]}
      maxLength={500}
      onChange={(value) =>
        setDraft({ ...draft, letterhead: { ...draft.letterhead, [key]: value } })
      }
    />
  )
  const field = (
    key: Exclude<keyof Draft, 'travelOverrides' | 'hostRegionI18n' | 'letterhead'>,
    label: string,
  ) => (
    <TextField
      label={label}
      value={draft[key]}
      onChange={(value) => setDraft({ ...draft, [key]: value })}
    />
  )
  const setRow = (index: number, patch: Partial<Draft['travelOverrides'][number]>) =>
    setDraft({
      ...draft,
      travelOverrides: draft.travelOverrides.map((o, i) => (i === index ? { ...o, ...patch } : o)),
    })
  const venueSelect = (value: string, label: string, onChange: (v: string) => void) => (
    <select
      className="cell-input"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">—</option>
      {venues.map((v) => (
        <option key={v.id} value={v.id}>
          {v.name}
        </option>
      ))}
      {value && !venues.some((v) => v.id === value) ? <option value={value}>{value}</option> : null}
    </select>
  )

  return (
    <section className="settings-section" aria-labelledby="planning-settings">
      <h2 id="planning-settings">{t('settings.planning')}</h2>
      <p className="muted small">{t('settings.planningHint')}</p>
      <div className="form-grid">
        {field('roadSpeedKmh', t('settings.roadSpeed'))}
        {field('detourFactor', t('settings.detour'))}
        {field('travelBufferMinutes', t('settings.buffer'))}
        {field('nightStart', t('settings.nightStart'))}
        {field('nightEnd', t('settings.nightEnd'))}
        {field('hostRegion', t('settings.hostRegion'))}
        <TranslationsField
          label={t('translations.hostRegion')}
          value={draft.hostRegionI18n}
          onChange={(hostRegionI18n) => setDraft({ ...draft, hostRegionI18n })}
          source={draft.hostRegion}
          isName
        />
      </div>
      <h3>{t('access.letterhead')}</h3>
      <p className="muted small">{t('access.letterheadHint')}</p>
      <div className="form-grid">
        {letterField('organisation')}
        {letterField('address')}
        {letterField('contacts')}
        {letterField('signerPosition')}
        {letterField('signerName')}
        {letterField('executor')}
      </div>
      <h3>{t('settings.overrides')}</h3>
      <table className="table register-table">
        <TableHead
          columns={[t('settings.from'), t('settings.to'), t('settings.minutes')]}
          actions
        />
        <tbody>
          {draft.travelOverrides.map((o, i) => (
            <tr key={i}>
              <td>
                {venueSelect(o.fromVenueId, t('settings.from'), (fromVenueId) =>
                  setRow(i, { fromVenueId }),
                )}
              </td>
              <td>
                {venueSelect(o.toVenueId, t('settings.to'), (toVenueId) =>
                  setRow(i, { toVenueId }),
                )}
              </td>
              <td>
                <input
                  className="cell-input cell-number"
                  aria-label={t('settings.minutes')}
                  inputMode="numeric"
                  value={o.minutes}
                  onChange={(e) => setRow(i, { minutes: e.target.value })}
                />
              </td>
              <td>
                <Button
                  variant="quiet"
                  small
                  onClick={() =>
                    setDraft({
                      ...draft,
                      travelOverrides: draft.travelOverrides.filter((_, j) => j !== i),
                    })
                  }
                >
                  {t('settings.removeOverride')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <Button
          onClick={() =>
            setDraft({
              ...draft,
              travelOverrides: [
                ...draft.travelOverrides,
                { fromVenueId: '', toVenueId: '', minutes: '60' },
              ],
            })
          }
        >
          + {t('settings.addOverride')}
        </Button>
        <Button onClick={() => setDraft(toDraft(defaultPlanningSettings()))}>
          {t('settings.reset')}
        </Button>
        <Button variant="primary" disabled={!parsed.success} onClick={() => void save()}>
          {t('settings.save')}
        </Button>
      </div>
      {!parsed.success ? (
        <p className="form-error" role="alert">
          {t('settings.invalid')}
        </p>
      ) : null}
    </section>
  )
}
