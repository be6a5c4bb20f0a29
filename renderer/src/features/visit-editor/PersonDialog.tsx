import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SIDES, type Person, type Side } from '../../../../shared/domain/people'
import { DialogForm } from '../../components/DialogForm'
import { Modal } from '../../components/Modal'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'

export interface PersonDialogProps {
  side: Side
  onSave(person: Person): void
  onClose(): void
}

/** A new participant for the directory and the visit. */
export function PersonDialog({ side, onSave, onClose }: PersonDialogProps) {
  const { t } = useTranslation()
  const [person, setPerson] = useState<Person>({
    id: crypto.randomUUID().replace(/-/g, '').slice(0, 12),
    fullName: '',
    position: '',
    side,
    precedence: 10,
    languages: side === 'host' ? ['ru'] : [],
  })
  const [languages, setLanguages] = useState(person.languages.join(', '))
  const [rank, setRank] = useState(String(person.precedence))
  const [submitted, setSubmitted] = useState(false)
  const set = (patch: Partial<Person>) => setPerson((p) => ({ ...p, ...patch }))
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
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('participants.addNew')}>
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
        />
        <TextField
          className="field-wide"
          label={t('participants.fields.position')}
          value={person.position}
          onChange={(position) => set({ position })}
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
      </DialogForm>
    </Modal>
  )
}
