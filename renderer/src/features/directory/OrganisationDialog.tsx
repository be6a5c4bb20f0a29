import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ORGANISATION_KINDS, type Organisation } from '../../../../shared/domain/people'
import { DialogForm } from '../../components/DialogForm'
import { Modal } from '../../components/Modal'
import { SelectField } from '../../components/SelectField'
import { TextAreaField } from '../../components/TextAreaField'
import { TextField } from '../../components/TextField'
import { TranslationsField } from '../../components/TranslationsField'

export interface OrganisationDialogProps {
  organisation: Organisation
  isNew: boolean
  onSave(organisation: Organisation): void
  onClose(): void
}

/** An organisation with its short name, kind, place and its name in the partners' languages. */
export function OrganisationDialog({
  organisation: initial,
  isNew,
  onSave,
  onClose,
}: OrganisationDialogProps) {
  const { t } = useTranslation()
  const [org, setOrg] = useState(initial)
  const [submitted, setSubmitted] = useState(false)
  const set = (patch: Partial<Organisation>) => setOrg((o) => ({ ...o, ...patch }))
  const text = (key: 'shortName' | 'country' | 'region' | 'address', max: number) => (
    <TextField
      label={t(`directory.organisationFields.${key}`)}
      value={org[key] ?? ''}
      maxLength={max}
      onChange={(v) => set({ [key]: v.trim() ? v : undefined })}
    />
  )
  const submit = () => {
    setSubmitted(true)
    if (!org.name.trim()) return
    onSave({ ...org, name: org.name.trim(), shortName: org.shortName?.trim() || undefined })
  }
  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={isNew ? t('directory.addOrganisation') : t('directory.editOrganisation')}
      wide
    >
      <DialogForm onSubmit={submit} onCancel={onClose}>
        <TextField
          className="field-wide"
          label={t('directory.organisationFields.name')}
          value={org.name}
          maxLength={500}
          onChange={(name) => set({ name })}
          error={submitted && !org.name.trim() ? t('common.required') : undefined}
          autoFocus
        />
        <TranslationsField
          label={t('directory.organisationFields.translations')}
          value={org.nameI18n}
          onChange={(nameI18n) => set({ nameI18n })}
        />
        {text('shortName', 200)}
        <SelectField
          label={t('directory.organisationFields.kind')}
          value={org.kind}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKind.${k}`) }))}
          onChange={(kind) => set({ kind: kind as Organisation['kind'] })}
        />
        {text('country', 100)}
        {text('region', 200)}
        {text('address', 500)}
        <TextAreaField
          label={t('directory.organisationFields.notes')}
          value={org.notes ?? ''}
          onChange={(notes) => set({ notes: notes || undefined })}
        />
      </DialogForm>
    </Modal>
  )
}
