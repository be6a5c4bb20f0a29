import { useTranslation } from 'react-i18next'

export interface SkipDays {
  skipWeekends: boolean
  skipHolidays: boolean
}

/** Whether moved days skip weekends and Russian public holidays (templates, reuse, rescheduling). */
export function SkipDaysFields({
  value,
  onChange,
}: {
  value: SkipDays
  onChange(value: SkipDays): void
}) {
  const { t } = useTranslation()
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={value.skipWeekends}
          onChange={(e) => onChange({ ...value, skipWeekends: e.target.checked })}
        />
        <span>{t('reuse.skipWeekends')}</span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={value.skipHolidays}
          onChange={(e) => onChange({ ...value, skipHolidays: e.target.checked })}
        />
        <span>{t('reuse.skipHolidays')}</span>
      </label>
    </>
  )
}
