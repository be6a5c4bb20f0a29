import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { rescheduleDays, type RescheduleOptions } from '../../../../shared/domain/reschedule'
import type { Visit } from '../../../../shared/domain/visit'
import { formatShortDate, isLocalDate } from '../../../../shared/time/local-date'
import { DateField } from '../../components/DateField'
import { DialogForm } from '../../components/DialogForm'
import { Modal } from '../../components/Modal'
import { TableHead } from '../../components/TableHead'
import { SkipDaysFields, type SkipDays } from '../../components/SkipDaysFields'

/**
 * 'Перенести визит…': a new first day and the weekend and holiday options, the days as they move
 * previewed, then one change of the visit (one Ctrl+Z brings the old dates back).
 */
export function RescheduleDialog({
  visit,
  onClose,
  onApply,
}: {
  visit: Visit
  onClose(): void
  onApply(options: RescheduleOptions): void
}) {
  const { t } = useTranslation()
  const [startDate, setStartDate] = useState(visit.startDate)
  const [{ skipWeekends, skipHolidays }, setSkip] = useState<SkipDays>({
    skipWeekends: false,
    skipHolidays: false,
  })
  const options = { startDate, skipWeekends, skipHolidays }
  const valid = isLocalDate(startDate)
  const days = useMemo(
    () => (valid ? rescheduleDays(visit, { startDate, skipWeekends, skipHolidays }) : []),
    [visit, valid, startDate, skipWeekends, skipHolidays],
  )
  const day = (d: string) => formatShortDate(d, 'ru')
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('reschedule.title')}>
      <DialogForm
        onSubmit={() => valid && onApply(options)}
        onCancel={onClose}
        submitLabel={t('reschedule.apply')}
        submitDisabled={!valid}
      >
        <DateField
          label={t('reschedule.start')}
          value={startDate}
          onChange={setStartDate}
          {...(valid ? {} : { error: t('common.badDate') })}
        />
        <div className="field">
          <SkipDaysFields value={{ skipWeekends, skipHolidays }} onChange={setSkip} />
        </div>
        <p className="field-wide field-hint">{t('reschedule.hint')}</p>
        <table className="table field-wide" data-testid="reschedule-preview">
          <TableHead columns={[t('reschedule.from'), t('reschedule.to'), t('reschedule.items')]} />
          <tbody>
            {days.map((d) => (
              <tr key={d.from}>
                <td>{day(d.from)}</td>
                <td>{day(d.to)}</td>
                <td className="num">{d.items}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </DialogForm>
    </Modal>
  )
}
