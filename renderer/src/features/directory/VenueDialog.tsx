import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  ACCESS_FIELDS,
  ACCESS_KINDS,
  DEFAULT_ACCESS_COLUMNS,
  type AccessRequest,
  SITE_MEMO_FIELDS,
  type SiteMemo,
  VENUE_KINDS,
  type AccessRequirement,
  type Venue,
} from '../../../../shared/domain/venues'
import { DialogForm } from '../../components/DialogForm'
import { Modal } from '../../components/Modal'
import { SelectField } from '../../components/SelectField'
import { TextAreaField } from '../../components/TextAreaField'
import { TextField } from '../../components/TextField'
import { TranslationsField } from '../../components/TranslationsField'
import { Button } from '../../components/Button'

export interface VenueDialogProps {
  venue: Venue
  isNew: boolean
  onSave(venue: Venue): void
  onClose(): void
}

const parseCoordinate = (text: string, limit: number): number | null | undefined => {
  if (!text.trim()) return undefined
  const n = Number(text.replace(',', '.'))
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null
}

/** A venue with its address, coordinates and access rules (kept as data: sites change them). */
export function VenueDialog({ venue: initial, isNew, onSave, onClose }: VenueDialogProps) {
  const { t } = useTranslation()
  const [venue, setVenue] = useState(initial)
  const [lat, setLat] = useState(initial.coordinates ? String(initial.coordinates.lat) : '')
  const [lon, setLon] = useState(initial.coordinates ? String(initial.coordinates.lon) : '')
  const [aliasText, setAliasText] = useState((initial.aliases ?? []).join('; '))
  const [submitted, setSubmitted] = useState(false)
  const set = (patch: Partial<Venue>) => setVenue((v) => ({ ...v, ...patch }))
  const setRule = (index: number, patch: Partial<AccessRequirement>) =>
    set({
      accessRequirements: venue.accessRequirements.map((r, i) =>
        i === index ? { ...r, ...patch } : r,
      ),
    })

  const request = venue.accessRequest
  const setRequest = (patch: Partial<AccessRequest>) =>
    request && set({ accessRequest: { ...request, ...patch } })
  const setColumn = (index: number, patch: Partial<AccessRequest['columns'][number]>) =>
    request &&
    setRequest({ columns: request.columns.map((c, i) => (i === index ? { ...c, ...patch } : c)) })
  const memo: SiteMemo = venue.memo ?? { documents: '', photo: '', dress: '', other: '' }
  const setMemo = (patch: Partial<SiteMemo>) => {
    const next = { ...memo, ...patch }
    const said = SITE_MEMO_FIELDS.some(
      (f) => next[f].trim() || Object.values(next.i18n?.[f] ?? {}).some((x) => x?.trim()),
    )
    set({ memo: said ? next : undefined })
  }

  const latValue = parseCoordinate(lat, 90)
  const lonValue = parseCoordinate(lon, 180)
  const nameError = submitted && !venue.name.trim() ? t('common.required') : undefined

  const submit = () => {
    setSubmitted(true)
    if (!venue.name.trim() || latValue === null || lonValue === null) return
    const coordinates =
      latValue !== undefined && lonValue !== undefined
        ? { lat: latValue, lon: lonValue }
        : undefined
    const accessRequest = venue.accessRequest && {
      ...venue.accessRequest,
      columns: venue.accessRequest.columns.map((c) => ({
        ...c,
        label: c.label.trim() || t(`access.fields.${c.field}`),
      })),
    }
    onSave({ ...venue, name: venue.name.trim(), coordinates, accessRequest })
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={isNew ? t('directory.addVenue') : t('directory.editVenue')}
      wide
    >
      <DialogForm onSubmit={() => submit()} onCancel={onClose}>
        <TextField
          className="field-wide"
          label={t('directory.fields.name')}
          value={venue.name}
          onChange={(name) => set({ name })}
          error={nameError}
          autoFocus
        />
        <TranslationsField
          label={t('translations.title')}
          value={venue.nameI18n}
          onChange={(nameI18n) => set({ nameI18n })}
          source={venue.name}
          isName
        />
        <TextField
          className="field-wide"
          label={t('directory.fields.aliases')}
          value={aliasText}
          onChange={(text) => {
            setAliasText(text)
            const aliases = text
              .split(';')
              .map((a) => a.trim())
              .filter(Boolean)
            set({ aliases: aliases.length > 0 ? aliases : undefined })
          }}
        />
        <TextField
          className="field-wide"
          label={t('directory.fields.address')}
          value={venue.address}
          onChange={(address) => set({ address })}
        />
        <TextField
          label={t('directory.fields.city')}
          value={venue.city ?? ''}
          onChange={(city) => set({ city: city || undefined })}
        />
        <TranslationsField
          label={t('translations.city')}
          value={venue.cityI18n}
          onChange={(cityI18n) => set({ cityI18n })}
          source={venue.city ?? ''}
          isName
        />
        <SelectField
          label={t('directory.fields.kind')}
          value={venue.kind}
          options={VENUE_KINDS.map((k) => ({ value: k, label: t(`venueKind.${k}`) }))}
          onChange={(k) => set({ kind: k as Venue['kind'] })}
        />
        <TextField
          label={t('directory.fields.lat')}
          value={lat}
          onChange={setLat}
          inputMode="decimal"
          error={latValue === null ? t('directory.errors.badCoordinate') : undefined}
        />
        <TextField
          label={t('directory.fields.lon')}
          value={lon}
          onChange={setLon}
          inputMode="decimal"
          error={lonValue === null ? t('directory.errors.badCoordinate') : undefined}
        />
        <TextField
          className="field-wide"
          label={t('directory.fields.contact')}
          value={venue.contact ?? ''}
          onChange={(contact) => set({ contact: contact || undefined })}
        />
        <fieldset className="field-wide rules">
          <legend>{t('directory.fields.access')}</legend>
          {venue.accessRequirements.map((rule, index) => (
            <div key={index} className="rule">
              <SelectField
                label={t('directory.fields.accessKind')}
                value={rule.kind}
                options={ACCESS_KINDS.map((k) => ({ value: k, label: t(`accessKind.${k}`) }))}
                onChange={(k) => setRule(index, { kind: k as AccessRequirement['kind'] })}
              />
              <TextField
                label={t('directory.fields.leadDays')}
                value={rule.leadDays === undefined ? '' : String(rule.leadDays)}
                inputMode="numeric"
                onChange={(v) => {
                  const n = Number(v)
                  setRule(index, {
                    leadDays:
                      v.trim() === '' || !Number.isInteger(n) || n < 0 || n > 365 ? undefined : n,
                  })
                }}
              />
              <TextField
                className="rule-note"
                label={t('directory.fields.accessNote')}
                value={rule.note}
                onChange={(note) => setRule(index, { note })}
              />
              <Button
                variant="quiet"
                small
                onClick={() =>
                  set({
                    accessRequirements: venue.accessRequirements.filter((_, i) => i !== index),
                  })
                }
              >
                {t('directory.removeRule')}
              </Button>
            </div>
          ))}
          <Button
            small
            onClick={() =>
              set({
                accessRequirements: [
                  ...venue.accessRequirements,
                  { kind: 'passport-list', note: '' },
                ],
              })
            }
          >
            + {t('directory.addRule')}
          </Button>
        </fieldset>
        <fieldset className="field-wide rules access-layout">
          <legend>{t('access.layout')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={Boolean(request)}
              onChange={(e) =>
                set({
                  accessRequest: e.target.checked
                    ? {
                        addressee: '',
                        addresseeName: '',
                        salutation: '',
                        note: '',
                        columns: DEFAULT_ACCESS_COLUMNS,
                      }
                    : undefined,
                })
              }
            />
            <span>{t('access.useLayout')}</span>
          </label>
          {request ? (
            <>
              <p className="muted small">{t('access.layoutHint')}</p>
              <TextField
                label={t('access.addressee')}
                value={request.addressee}
                maxLength={500}
                onChange={(addressee) => setRequest({ addressee })}
              />
              <TextField
                label={t('access.addresseeName')}
                value={request.addresseeName}
                maxLength={300}
                onChange={(addresseeName) => setRequest({ addresseeName })}
              />
              <TextField
                label={t('access.salutation')}
                value={request.salutation}
                maxLength={300}
                placeholder="Уважаемый Иван Иванович!"
                onChange={(salutation) => setRequest({ salutation })}
              />
              <TextField
                label={t('access.note')}
                value={request.note}
                maxLength={2000}
                onChange={(note) => setRequest({ note })}
              />
              <table className="table access-columns">
                <caption className="cell-label">{t('access.columns')}</caption>
                <thead>
                  <tr>
                    <th>№</th>
                    <th>{t('access.column')}</th>
                    <th>{t('access.columnLabel')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {request.columns.map((c, index) => (
                    <tr key={index}>
                      <td>{index + 1}</td>
                      <td>
                        <select
                          className="cell-input"
                          aria-label={`${t('access.column')} ${index + 1}`}
                          value={c.field}
                          onChange={(e) =>
                            setColumn(index, {
                              field: e.target.value as AccessRequest['columns'][number]['field'],
                            })
                          }
                        >
                          {ACCESS_FIELDS.map((f) => (
                            <option key={f} value={f}>
                              {t(`access.fields.${f}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <input
                          className="cell-input"
                          aria-label={`${t('access.columnLabel')} ${index + 1}`}
                          value={c.label}
                          maxLength={300}
                          onChange={(e) => setColumn(index, { label: e.target.value })}
                        />
                      </td>
                      <td className="nowrap">
                        <Button
                          variant="quiet"
                          small
                          disabled={index === 0}
                          aria-label={`${t('access.moveUp')}: ${c.label}`}
                          onClick={() => {
                            const list = [...request.columns]
                            ;[list[index - 1], list[index]] = [list[index]!, list[index - 1]!]
                            setRequest({ columns: list })
                          }}
                        >
                          ↑
                        </Button>
                        <Button
                          variant="quiet"
                          small
                          disabled={request.columns.length <= 1}
                          aria-label={`${t('access.removeColumn')}: ${c.label}`}
                          onClick={() =>
                            setRequest({ columns: request.columns.filter((_, i) => i !== index) })
                          }
                        >
                          ×
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Button
                small
                disabled={request.columns.length >= 20}
                onClick={() =>
                  setRequest({
                    columns: [
                      ...request.columns,
                      { field: 'nationality', label: t('access.fields.nationality') },
                    ],
                  })
                }
              >
                + {t('access.addColumn')}
              </Button>
            </>
          ) : null}
        </fieldset>
        <fieldset className="field-wide rules">
          <legend>{t('access.memo')}</legend>
          {SITE_MEMO_FIELDS.map((field) => (
            <div key={field} className="field-wide">
              <TextAreaField
                label={t(`briefing.memo.${field}`)}
                value={memo[field]}
                onChange={(text) => setMemo({ [field]: text })}
              />
              <TranslationsField
                label={t('translations.memo')}
                value={memo.i18n?.[field]}
                onChange={(tr) => setMemo({ i18n: { ...memo.i18n, [field]: tr } })}
                source={memo[field]}
                maxLength={4000}
              />
            </div>
          ))}
        </fieldset>
        <TextAreaField
          label={t('directory.fields.notes')}
          value={venue.notes ?? ''}
          onChange={(notes) => set({ notes: notes || undefined })}
        />
      </DialogForm>
    </Modal>
  )
}
