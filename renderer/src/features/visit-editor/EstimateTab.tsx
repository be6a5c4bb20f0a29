import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CostNorms } from '../../../../shared/domain/cost-norms'
import type { Visit } from '../../../../shared/domain/visit'
import {
  ESTIMATE_CATEGORIES,
  computeEstimate,
  formatMoney,
  type Estimate,
} from '../../../../shared/paperwork/estimate'
import type { Directory } from '../../../../shared/domain/directory'
import { errorMessage } from '../../api/error-message'
import { useToast } from '../../components/Toasts'
import { ExportButton } from './ExportButton'
import { useExportFile } from './useExportFile'
import { useApiData } from '../../api/use-api-data'

export interface EstimateTabProps {
  visit: Visit
  directory: Directory
  update(change: (v: Visit) => Visit, coalesceKey?: string): void
}

const quantity = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace('.', ','))

/** The cost estimate: the group's norms applied to the programme and lists, with its exports. */
export function EstimateTab({ visit, directory, update }: EstimateTabProps) {
  const { t } = useTranslation()
  const toast = useToast()
  const { busy, exportAs } = useExportFile(visit.id)
  const norms: CostNorms | null =
    useApiData((a) => a.getSettings(), [], {
      onError: (err) => toast(errorMessage(t, err), 'error'),
    }).data?.costNorms ?? null

  // The same pure computation the exports and the CLI run, on the visit as it is on screen.
  const estimate: Estimate | null = useMemo(
    () => (norms ? computeEstimate(visit, directory, norms) : null),
    [visit, directory, norms],
  )

  const groupId = estimate?.group.id ?? visit.costGroupId ?? ''
  return (
    <div className="estimate">
      <div className="estimate-head">
        <h2>{t('estimate.heading')}</h2>
        <label className="field">
          <span className="cell-label">{t('estimate.group')}</span>
          <select
            value={groupId}
            onChange={(e) => {
              const costGroupId = e.target.value
              update((v) => ({ ...v, costGroupId }))
            }}
          >
            {(norms?.groups ?? []).map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <div className="button-row">
          <ExportButton
            format="estimate-xlsx"
            label={t('estimate.exportXlsx')}
            busy={busy}
            primary
            onExport={(f) => exportAs(f)}
          />
          <ExportButton
            format="estimate-pdf"
            label={t('estimate.exportPdf')}
            busy={busy}
            onExport={(f) => exportAs(f)}
          />
        </div>
      </div>
      {estimate?.sample ? (
        <p className="banner banner-warning small" role="note">
          {t('estimate.sample')}
        </p>
      ) : null}
      <p className="muted small">{t('estimate.hint')}</p>
      {!estimate ? null : estimate.lines.length === 0 ? (
        <p className="muted">{t('estimate.empty')}</p>
      ) : (
        <table className="table estimate-table">
          <thead>
            <tr>
              <th>{t('estimate.columns.description')}</th>
              <th className="num">{t('estimate.columns.quantity')}</th>
              <th>{t('estimate.columns.unit')}</th>
              <th className="num">{t('estimate.columns.unitCost')}</th>
              <th className="num">{t('estimate.columns.total')}</th>
            </tr>
          </thead>
          {ESTIMATE_CATEGORIES.map((category) => {
            const lines = estimate.lines.filter((l) => l.category === category)
            if (lines.length === 0) return null
            const subtotal = lines.reduce((s, l) => s + Math.round(l.total * 100), 0) / 100
            return (
              <tbody key={category}>
                <tr className="estimate-category">
                  <th colSpan={5} scope="colgroup">
                    {t(`estimate.categories.${category}`)}
                  </th>
                </tr>
                {lines.map((l, i) => (
                  <tr key={i}>
                    <td>{l.description}</td>
                    <td className="num">{quantity(l.quantity)}</td>
                    <td>{l.unit}</td>
                    <td className="num">{formatMoney(l.unitCost)}</td>
                    <td className="num">{formatMoney(l.total)}</td>
                  </tr>
                ))}
                <tr className="estimate-subtotal">
                  <td colSpan={4}>
                    {t('estimate.subtotal', {
                      category: t(`estimate.categories.${category}`).toLowerCase(),
                    })}
                  </td>
                  <td className="num">{formatMoney(subtotal)}</td>
                </tr>
              </tbody>
            )
          })}
          <tfoot>
            <tr className="estimate-total">
              <td colSpan={4}>
                {t('estimate.total')}, {estimate.currency === 'RUB' ? '₽' : estimate.currency}
              </td>
              <td className="num" data-testid="estimate-total">
                {formatMoney(estimate.total)}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  )
}
