import {
  KNOWN_ZONES,
  isCountryZone,
  offsetMinutes,
  utcLabel,
  zoneOfCountry,
} from '../../../../shared/time/zones'
import { useZoneName } from './ZoneClocks'
import { rescheduleVisit } from '../../../../shared/domain/reschedule'
import { useTranslation } from 'react-i18next'
import {
  DIRECTIONS,
  MAX_VISIT_DAYS,
  VISIT_STATUSES,
  type Visit,
} from '../../../../shared/domain/visit'
import { daysBetween } from '../../../../shared/time/local-date'
import { DateField } from '../../components/DateField'
import { SelectField } from '../../components/SelectField'
import { TextAreaField } from '../../components/TextAreaField'
import { TextField } from '../../components/TextField'
import { TranslationsField } from '../../components/TranslationsField'

export interface OverviewTabProps {
  visit: Visit
  update(change: (v: Visit) => Visit, coalesceKey?: string): void
}

/** The visit's header: title, partner, dates, time zones, status, objectives. */
export function OverviewTab({ visit, update }: OverviewTabProps) {
  const { t } = useTranslation()
  const set = <K extends keyof Visit>(key: K, value: Visit[K]) =>
    update((v) => ({ ...v, [key]: value }), `field:${key}`)
  const span = daysBetween(visit.startDate, visit.endDate)
  const dateError =
    span < 0
      ? t('visit.errors.endBeforeStart')
      : span >= MAX_VISIT_DAYS
        ? t('visit.errors.tooLong', { days: MAX_VISIT_DAYS })
        : undefined
  // A date that would make the visit invalid is not applied: the file always validates.
  const setDates = (startDate: string, endDate: string) => {
    const n = daysBetween(startDate, endDate)
    if (n >= 0 && n < MAX_VISIT_DAYS) update((v) => ({ ...v, startDate, endDate }))
  }
  const zoneName = useZoneName()
  // 'Алматы (UTC+5)': the city in the officer's language and the offset on the visit's first day.
  const zoneLabel = (zone: string) =>
    `${zoneName(zone)} (${utcLabel(offsetMinutes(visit.startDate, '12:00', zone))})`
  const zones = KNOWN_ZONES.includes(visit.timeZone)
    ? KNOWN_ZONES
    : [visit.timeZone, ...KNOWN_ZONES]
  const homeZones =
    visit.homeTimeZone && !zones.includes(visit.homeTimeZone)
      ? [visit.homeTimeZone, ...zones]
      : zones
  return (
    <div className="form-grid">
      <TextField
        className="field-wide"
        label={t('visit.fields.title')}
        value={visit.title}
        onChange={(v) => v.trim() && set('title', v)}
      />
      <SelectField
        label={t('visit.fields.direction')}
        value={visit.direction}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(`visit.direction.${d}`) }))}
        onChange={(v) => set('direction', v as Visit['direction'])}
      />
      <SelectField
        label={t('visit.fields.status')}
        value={visit.status}
        options={VISIT_STATUSES.map((s) => ({ value: s, label: t(`visit.status.${s}`) }))}
        onChange={(v) => set('status', v as Visit['status'])}
      />
      <TextField
        label={t('visit.fields.partnerCountry')}
        value={visit.partnerCountry}
        onChange={(country) =>
          update((v) => {
            // The delegation's clock follows the country while it is unset or a country's zone
            // (typed letter by letter, the country passes through names that match nothing).
            const inferred = zoneOfCountry(country)
            const follows = !v.homeTimeZone || isCountryZone(v.homeTimeZone)
            return inferred && follows
              ? { ...v, partnerCountry: country, homeTimeZone: inferred }
              : { ...v, partnerCountry: country }
          }, 'field:partnerCountry')
        }
      />
      <TextField
        label={t('visit.fields.partnerRegion')}
        value={visit.partnerRegion}
        onChange={(v) => set('partnerRegion', v)}
      />
      <TranslationsField
        label={t('translations.region')}
        value={visit.partnerRegionI18n}
        onChange={(v) => set('partnerRegionI18n', v)}
        source={visit.partnerRegion}
        isName
      />
      <DateField
        label={t('visit.fields.startDate')}
        value={visit.startDate}
        hint={t('reschedule.startHint')}
        onChange={(d) => {
          // The whole visit moves with its first day (one undo step); the end date sets the length.
          if (d !== visit.startDate) update((v) => rescheduleVisit(v, { startDate: d }))
        }}
      />
      <DateField
        label={t('visit.fields.endDate')}
        value={visit.endDate}
        onChange={(d) => setDates(visit.startDate, d)}
        error={dateError}
      />
      <SelectField
        label={t('visit.fields.timeZone')}
        value={visit.timeZone}
        options={zones.map((z) => ({ value: z, label: zoneLabel(z) }))}
        onChange={(v) => set('timeZone', v)}
      />
      <SelectField
        label={t('visit.fields.homeTimeZone')}
        value={visit.homeTimeZone ?? visit.timeZone}
        options={homeZones.map((z) => ({ value: z, label: zoneLabel(z) }))}
        onChange={(v) => set('homeTimeZone', v)}
      />
      <TextAreaField
        label={t('visit.fields.objectives')}
        value={visit.objectives}
        onChange={(v) => set('objectives', v)}
        rows={4}
      />
      <TextAreaField
        label={t('visit.fields.background')}
        value={visit.background}
        onChange={(v) => set('background', v)}
        rows={5}
      />
      <TextAreaField
        label={t('visit.fields.notes')}
        value={visit.notes}
        onChange={(v) => set('notes', v)}
        rows={4}
      />
    </div>
  )
}
