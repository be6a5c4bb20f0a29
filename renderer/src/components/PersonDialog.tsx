import { useState } from 'react'
import type { DepartmentKeySummary } from '../../../shared/api/contract'
import { useTranslation } from 'react-i18next'
import {
  MAX_PHOTO_CHARS,
  SIDES,
  type Organisation,
  type Passport,
  type Person,
  type Side,
} from '../../../shared/domain/people'
import { isLocalDate } from '../../../shared/time/local-date'
import { Combobox } from './Combobox'
import { DialogForm } from './DialogForm'
import { Modal } from './Modal'
import { SelectField } from './SelectField'
import { TextAreaField } from './TextAreaField'
import { TextField } from './TextField'
import { TranslationsField } from './TranslationsField'
import { transliterate } from '../../../shared/i18n/transliterate'
import { Button } from './Button'
import { useApiData } from '../api/use-api-data'
import { newId } from './new-entries'
import { onFilePicked } from './file-input'

/** Longest side of a kept portrait, in pixels: enough for 3 × 4 cm at print quality. */
const PHOTO_SIDE = 480

/**
 * Reads a JPEG or PNG and redraws it at most PHOTO_SIDE pixels on its long side as a JPEG data:
 * URL, so the directory stays small and nothing but pixels is kept (no EXIF, no metadata).
 */
async function scalePhoto(file: File): Promise<string> {
  if (!/^image\/(jpeg|png)$/.test(file.type) || file.size > 20 * 1024 * 1024)
    throw new Error('not a photo')
  const bitmap = await createImageBitmap(file)
  const scale = Math.min(1, PHOTO_SIDE / Math.max(bitmap.width, bitmap.height))
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(bitmap.width * scale))
  canvas.height = Math.max(1, Math.round(bitmap.height * scale))
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no canvas')
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  const url = canvas.toDataURL('image/jpeg', 0.85)
  if (url.length > MAX_PHOTO_CHARS) throw new Error('too large')
  return url
}
export interface PersonDialogProps {
  side: Side
  /** The person to edit; absent for a new one. */
  person?: Person
  /** The directory's organisations, picked by type-ahead. */
  organisations: Organisation[]
  onSave(person: Person): void
  onClose(): void
  /** Adds an organisation by the name typed in its field; answers its id (none on failure). */
  onCreateOrganisation?(name: string): Promise<string | undefined>
  /** For a new person: the name already typed where they were needed. */
  initialName?: string
}

/**
 * A person of the directory, new or edited. Visits refer to people by id, so an edit shows in
 * every visit that has them.
 */
export function PersonDialog({
  side,
  person: existing,
  organisations,
  onSave,
  onClose,
  onCreateOrganisation,
  initialName = '',
}: PersonDialogProps) {
  const { t } = useTranslation()
  const [person, setPerson] = useState<Person>(
    () =>
      existing ?? {
        id: newId(),
        fullName: initialName.trim(),
        position: '',
        side,
        precedence: 10,
        languages: side === 'host' ? ['ru'] : [],
      },
  )
  // The archive's department key when this computer lacks it: passport data cannot be saved here.
  const keyStatus = useApiData((a) => a.getDepartmentKey(), []).data
  const keyMissing: DepartmentKeySummary | null =
    keyStatus && !keyStatus.available ? keyStatus.archive : null
  const [languages, setLanguages] = useState(person.languages.join(', '))
  const [rank, setRank] = useState(String(person.precedence))
  const [submitted, setSubmitted] = useState(false)
  const [photoError, setPhotoError] = useState('')
  const set = (patch: Partial<Person>) => setPerson((p) => ({ ...p, ...patch }))
  const setPassport = (patch: Partial<Passport>) =>
    setPerson((p) => {
      const next: Passport = { ...p.passport, ...patch }
      for (const k of Object.keys(next) as (keyof Passport)[])
        if (next[k] === undefined || next[k] === '') delete next[k]
      const { passport: _old, ...rest } = p
      return Object.keys(next).length ? { ...rest, passport: next } : rest
    })
  const passportText = (
    key: Exclude<keyof Passport, 'issuedOn' | 'expiresOn' | 'birthDate'>,
    label: string,
    wide = false,
  ) => (
    <TextField
      className={wide ? 'field-wide' : undefined}
      label={label}
      value={person.passport?.[key] ?? ''}
      maxLength={key === 'series' ? 20 : 300}
      autoComplete="off"
      onChange={(v) => setPassport({ [key]: v || undefined })}
    />
  )
  const passportDate = (key: 'issuedOn' | 'expiresOn' | 'birthDate', label: string) => (
    <div className="field">
      <label>
        {label}
        <input
          type="date"
          className="input-date"
          value={person.passport?.[key] ?? ''}
          onChange={(e) =>
            setPassport({ [key]: isLocalDate(e.target.value) ? e.target.value : undefined })
          }
        />
      </label>
    </div>
  )
  const rankValue = Number(rank)
  const rankOk = Number.isInteger(rankValue) && rankValue >= 1 && rankValue <= 999
  const nameError = submitted && !person.fullName.trim() ? t('common.required') : undefined

  const submit = () => {
    setSubmitted(true)
    if (!person.fullName.trim() || !rankOk) return
    onSave({
      ...person,
      fullName: person.fullName.trim(),
      precedence: rankValue,
      languages: languages
        .split(/[,\s]+/)
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, 20),
    })
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={existing ? t('participants.editPerson') : t('participants.addNew')}
    >
      <DialogForm onSubmit={() => submit()} onCancel={onClose}>
        <TextField
          className="field-wide"
          label={t('participants.fields.fullName')}
          value={person.fullName}
          onChange={(fullName) => set({ fullName })}
          error={nameError}
          autoFocus
        />
        <TextField
          className="field-wide"
          label={t('participants.fields.fullNameLatin')}
          value={person.fullNameLatin ?? ''}
          onChange={(v) => set({ fullNameLatin: v || undefined })}
          placeholder={
            person.fullName.trim()
              ? t('translations.fallback', { text: transliterate(person.fullName) })
              : ''
          }
        />
        <TranslationsField
          label={t('translations.name')}
          value={person.nameI18n}
          onChange={(nameI18n) => set({ nameI18n })}
          source={person.fullNameLatin || person.fullName}
          isName
        />
        <TextField
          className="field-wide"
          label={t('participants.fields.position')}
          value={person.position}
          onChange={(position) => set({ position })}
        />
        <TranslationsField
          label={t('translations.position')}
          value={person.positionI18n}
          onChange={(positionI18n) => set({ positionI18n })}
        />
        <Combobox
          className="field-wide"
          label={t('participants.fields.organisation')}
          options={[
            { value: '', label: t('common.none') },
            ...[...organisations]
              .sort((a, b) => a.name.localeCompare(b.name, 'ru'))
              .map((o) => ({ value: o.id, label: o.name, searchText: [o.shortName] })),
          ]}
          selectedLabel={
            organisations.find((o) => o.id === person.organisationId)?.name ?? t('common.none')
          }
          emptyText={t('participants.noMatches')}
          onPick={(id) => set({ organisationId: id || undefined })}
          onCreate={
            onCreateOrganisation &&
            ((name) =>
              void onCreateOrganisation(name).then((id) => id && set({ organisationId: id })))
          }
        />
        <SelectField
          label={t('participants.fields.side')}
          value={person.side}
          options={SIDES.map((s) => ({ value: s, label: t(`participants.side.${s}`) }))}
          onChange={(s) => set({ side: s as Side })}
        />
        <TextField
          label={t('participants.fields.precedence')}
          value={rank}
          onChange={setRank}
          inputMode="numeric"
          error={rankOk ? undefined : '1–999'}
        />
        <TextField
          label={t('participants.fields.languages')}
          value={languages}
          onChange={setLanguages}
        />
        <TextField
          label={t('participants.fields.phone')}
          value={person.phone ?? ''}
          onChange={(v) => set({ phone: v || undefined })}
        />
        <TextField
          className="field-wide"
          label={t('participants.fields.dietaryNotes')}
          value={person.dietaryNotes ?? ''}
          onChange={(v) => set({ dietaryNotes: v || undefined })}
        />
        <TextField
          className="field-wide"
          label={t('participants.fields.accessibilityNotes')}
          value={person.accessibilityNotes ?? ''}
          onChange={(v) => set({ accessibilityNotes: v || undefined })}
        />
        <details className="field-wide passport" open={Boolean(person.passport)}>
          <summary>{t('participants.passport.title')}</summary>
          <p className="muted small">{t('participants.passport.hint')}</p>
          {keyMissing ? (
            <p className="banner banner-warning" role="alert">
              {t('departmentKey.personMissing', {
                name: keyMissing.name,
                fingerprint: keyMissing.fingerprint,
              })}
            </p>
          ) : null}
          <div className="form-grid">
            {passportText('series', t('participants.passport.series'))}
            {passportText('number', t('participants.passport.number'))}
            {passportText('issuedBy', t('participants.passport.issuedBy'), true)}
            {passportDate('issuedOn', t('participants.passport.issuedOn'))}
            {passportDate('expiresOn', t('participants.passport.expiresOn'))}
            {passportDate('birthDate', t('participants.passport.birthDate'))}
            {passportText('birthPlace', t('participants.passport.birthPlace'))}
            {passportText('nationality', t('participants.passport.nationality'))}
            {passportText('registrationAddress', t('participants.passport.registration'), true)}
          </div>
        </details>
        <div className="field field-wide person-photo">
          <span className="cell-label">{t('participants.photo.label')}</span>
          <div className="photo-row">
            {person.photo ? (
              <img
                src={person.photo}
                alt={t('participants.photo.alt', { name: person.fullName })}
              />
            ) : null}
            <label className="button button-small">
              {person.photo ? t('participants.photo.replace') : t('participants.photo.add')}
              <input
                type="file"
                accept="image/jpeg,image/png"
                className="visually-hidden"
                onChange={onFilePicked(
                  (file) =>
                    void scalePhoto(file).then(
                      (photo) => {
                        setPhotoError('')
                        set({ photo })
                      },
                      () => setPhotoError(t('participants.photo.bad')),
                    ),
                )}
              />
            </label>
            {person.photo ? (
              <Button variant="quiet" small onClick={() => set({ photo: undefined })}>
                {t('participants.photo.remove')}
              </Button>
            ) : null}
          </div>
          {photoError ? (
            <span className="field-error" role="alert">
              {photoError}
            </span>
          ) : (
            <span className="field-hint">{t('participants.photo.hint')}</span>
          )}
        </div>
        <TextAreaField
          label={t('participants.fields.bio')}
          value={person.bio ?? ''}
          onChange={(v) => set({ bio: v || undefined })}
          rows={3}
        />
      </DialogForm>
    </Modal>
  )
}
