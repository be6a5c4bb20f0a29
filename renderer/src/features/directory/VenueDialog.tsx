import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  ACCESS_KINDS,
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
  const [submitted, setSubmitted] = useState(false)
  const set = (patch: Partial<Venue>) => setVenue((v) => ({ ...v, ...patch }))
  const setRule = (index: number, patch: Partial<AccessRequirement>) =>
    set({
      accessRequirements: venue.accessRequirements.map((r, i) =>
        i === index ? { ...r, ...patch } : r,
      ),
    })

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
    onSave({ ...venue, name: venue.name.trim(), coordinates })
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
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() =>
                  set({
                    accessRequirements: venue.accessRequirements.filter((_, i) => i !== index),
                  })
                }
              >
                {t('directory.removeRule')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-small"
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
          </button>
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
