import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  type Agreement,
  type FollowUp,
} from '../../../../shared/domain/agreements'
import type { Directory } from '../../../../shared/domain/directory'
import { byPrecedence, type Person } from '../../../../shared/domain/people'
import type { Visit } from '../../../../shared/domain/visit'
import {
  formatShortDate,
  isLocalDate,
  toLocalDate,
  type UiLanguage,
} from '../../../../shared/time/local-date'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { DateField } from '../../components/DateField'
import { DialogForm } from '../../components/DialogForm'
import { Modal } from '../../components/Modal'
import { SelectField } from '../../components/SelectField'
import { TextAreaField } from '../../components/TextAreaField'
import { TextField } from '../../components/TextField'
import { Button } from '../../components/Button'
import { newId } from '../../components/new-entries'

export interface DocumentsTabProps {
  visit: Visit
  directory: Directory
  update(change: (v: Visit) => Visit): void
}

const NONE = '__none__'

/** The signing item a document is linked to (the first signing that lists it). */
const signingOf = (visit: Visit, docId: string) =>
  visit.items.find((i) => i.kind === 'signing' && i.agreementIds.includes(docId))

/** The documents to sign: parties, signatories of both sides, status, the ceremony they belong to. */
export function DocumentsTab({ visit, directory, update }: DocumentsTabProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const [editing, setEditing] = useState<{ doc: Agreement; isNew: boolean } | null>(null)
  const [deleting, setDeleting] = useState<Agreement | null>(null)
  const today = toLocalDate(new Date())
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const signatories = (ids: string[]) =>
    ids
      .map((id) => people.get(id))
      .filter((p): p is Person => Boolean(p))
      .sort((a, b) => a.side.localeCompare(b.side) || byPrecedence(a, b))

  /** Saves the document and moves it to the chosen signing item. */
  const save = (doc: Agreement, signingId: string | undefined) => {
    update((v) => ({
      ...v,
      agreements: v.agreements.some((a) => a.id === doc.id)
        ? v.agreements.map((a) => (a.id === doc.id ? doc : a))
        : [...v.agreements, doc],
      items: v.items.map((i) => {
        if (i.kind !== 'signing') return i
        const has = i.agreementIds.includes(doc.id)
        if (i.id === signingId && !has) return { ...i, agreementIds: [...i.agreementIds, doc.id] }
        if (i.id !== signingId && has)
          return { ...i, agreementIds: i.agreementIds.filter((x) => x !== doc.id) }
        return i
      }),
    }))
    setEditing(null)
  }

  return (
    <div className="documents-tab">
      <div className="page-actions">
        <Button
          variant="primary"
          onClick={() =>
            setEditing({
              isNew: true,
              doc: {
                id: newId(),
                title: '',
                type: 'memorandum',
                parties: [],
                signatoryIds: [],
                status: 'draft',
                followUps: [],
              },
            })
          }
        >
          + {t('documents.add')}
        </Button>
      </div>
      {visit.agreements.length === 0 ? <p className="muted">{t('documents.empty')}</p> : null}
      <ul className="documents">
        {visit.agreements.map((a) => {
          const signing = signingOf(visit, a.id)
          return (
            <li key={a.id} className="card document">
              <div>
                <p className="card-meta">
                  {t(`documents.type.${a.type}`)} ·{' '}
                  <span className={`badge badge-doc-${a.status}`}>
                    {t(`documents.status.${a.status}`)}
                  </span>
                  {a.signedOn ? ` · ${formatShortDate(a.signedOn, lang)}` : ''}
                  {a.validUntil
                    ? ` · ${t('archive.agreements.columns.term').toLowerCase()} ${formatShortDate(a.validUntil, lang)}`
                    : ''}
                </p>
                <h3>{a.title}</h3>
                {a.parties.length ? <p>{a.parties.join(' — ')}</p> : null}
                {a.signatoryIds.length ? (
                  <p className="muted">
                    {t('documents.signatories')}:{' '}
                    {signatories(a.signatoryIds)
                      .map((p) => p.fullName)
                      .join('; ')}
                  </p>
                ) : null}
                <p className="muted small">
                  {t('documents.signing')}:{' '}
                  {signing
                    ? `${formatShortDate(signing.date, lang)} ${signing.start ?? ''} — ${signing.title}`
                    : t('documents.noSigning')}
                </p>
                {a.followUps.length ? (
                  <ul className="follow-up-list">
                    {[...a.followUps]
                      .sort((x, y) => x.due.localeCompare(y.due))
                      .map((f) => (
                        <li
                          key={f.id}
                          className={!f.done && f.due < today ? 'follow-up overdue' : 'follow-up'}
                        >
                          <span aria-hidden="true">{f.done ? '☑' : '☐'}</span>{' '}
                          {formatShortDate(f.due, lang)} — {f.title}
                          {f.owner ? <span className="muted"> · {f.owner}</span> : null}
                        </li>
                      ))}
                  </ul>
                ) : null}
                {a.notes ? <p className="muted">{a.notes}</p> : null}
              </div>
              <div className="person-actions">
                <Button
                  small
                  aria-label={`${t('common.edit')}: ${a.title}`}
                  onClick={() => setEditing({ doc: a, isNew: false })}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  variant="quiet"
                  small
                  aria-label={`${t('common.delete')}: ${a.title}`}
                  onClick={() => setDeleting(a)}
                >
                  {t('common.delete')}
                </Button>
              </div>
            </li>
          )
        })}
      </ul>
      {editing ? (
        <DocumentDialog
          visit={visit}
          directory={directory}
          doc={editing.doc}
          isNew={editing.isNew}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('common.delete')}
        body={t('documents.deleteConfirm', { title: deleting?.title ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => {
          const id = deleting?.id
          update((v) => ({
            ...v,
            agreements: v.agreements.filter((a) => a.id !== id),
            items: v.items.map((i) =>
              i.kind === 'signing' && id && i.agreementIds.includes(id)
                ? { ...i, agreementIds: i.agreementIds.filter((x) => x !== id) }
                : i,
            ),
          }))
          setDeleting(null)
        }}
      />
    </div>
  )
}

function DocumentDialog({
  visit,
  directory,
  doc: initial,
  isNew,
  onSave,
  onClose,
}: {
  visit: Visit
  directory: Directory
  doc: Agreement
  isNew: boolean
  onSave(doc: Agreement, signingId: string | undefined): void
  onClose(): void
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const [doc, setDoc] = useState(initial)
  const [parties, setParties] = useState(initial.parties.join('\n'))
  const [signingId, setSigningId] = useState(signingOf(visit, initial.id)?.id ?? NONE)
  const [submitted, setSubmitted] = useState(false)
  const participants = directory.people
    .filter((p) => visit.participantIds.includes(p.id))
    .sort((a, b) => a.side.localeCompare(b.side) || byPrecedence(a, b))
  const signings = visit.items.filter((i) => i.kind === 'signing')
  const titleError = submitted && !doc.title.trim() ? t('common.required') : undefined

  const submit = () => {
    setSubmitted(true)
    if (!doc.title.trim()) return
    const signedOn = doc.status === 'signed' && doc.signedOn && isLocalDate(doc.signedOn)
    const validUntil = doc.validUntil && isLocalDate(doc.validUntil) ? doc.validUntil : undefined
    // Steps without a title or a valid date are dropped rather than saved half-filled.
    const followUps = doc.followUps
      .map((f) => ({ ...f, title: f.title.trim() }))
      .filter((f) => f.title && isLocalDate(f.due))
    onSave(
      {
        ...doc,
        title: doc.title.trim(),
        parties: parties
          .split('\n')
          .map((p) => p.trim())
          .filter(Boolean)
          .slice(0, 20),
        signedOn: signedOn ? doc.signedOn : undefined,
        validUntil,
        followUps,
      },
      signingId === NONE ? undefined : signingId,
    )
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={isNew ? t('documents.add') : t('documents.edit')}
      wide
    >
      <DialogForm onSubmit={() => submit()} onCancel={onClose}>
        <TextField
          className="field-wide"
          label={t('documents.fields.title')}
          value={doc.title}
          maxLength={1000}
          onChange={(title) => setDoc({ ...doc, title })}
          error={titleError}
          autoFocus
        />
        <SelectField
          label={t('documents.fields.type')}
          value={doc.type}
          options={AGREEMENT_TYPES.map((k) => ({ value: k, label: t(`documents.type.${k}`) }))}
          onChange={(type) => setDoc({ ...doc, type: type as Agreement['type'] })}
        />
        <SelectField
          label={t('documents.fields.status')}
          value={doc.status}
          options={AGREEMENT_STATUSES.map((k) => ({
            value: k,
            label: t(`documents.status.${k}`),
          }))}
          onChange={(status) => setDoc({ ...doc, status: status as Agreement['status'] })}
        />
        {doc.status === 'signed' ? (
          <DateField
            label={t('documents.fields.signedOn')}
            value={doc.signedOn ?? ''}
            onChange={(signedOn) => setDoc({ ...doc, signedOn })}
          />
        ) : null}
        <DateField
          label={t('documents.fields.validUntil')}
          value={doc.validUntil ?? ''}
          onChange={(validUntil) => setDoc({ ...doc, validUntil: validUntil || undefined })}
        />
        <SelectField
          className="field-wide"
          label={t('documents.fields.signing')}
          value={signingId}
          options={[
            { value: NONE, label: t('common.none') },
            ...signings.map((i) => ({
              value: i.id,
              label: `${formatShortDate(i.date, lang)} ${i.start ?? ''} — ${i.title}`,
            })),
          ]}
          onChange={setSigningId}
        />
        <TextAreaField
          label={t('documents.fields.parties')}
          value={parties}
          onChange={setParties}
          rows={3}
        />
        <fieldset className="field-wide checklist">
          <legend>{t('documents.fields.signatories')}</legend>
          {participants.length === 0 ? (
            <p className="muted">{t('programme.noParticipants')}</p>
          ) : null}
          {participants.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={doc.signatoryIds.includes(p.id)}
                onChange={(e) =>
                  setDoc({
                    ...doc,
                    signatoryIds: e.target.checked
                      ? [...doc.signatoryIds, p.id]
                      : doc.signatoryIds.filter((x) => x !== p.id),
                  })
                }
              />
              <span>
                {p.fullName} <span className="muted">· {t(`participants.side.${p.side}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <FollowUpsEditor
          followUps={doc.followUps}
          onChange={(followUps) => setDoc({ ...doc, followUps })}
        />
        <TextAreaField
          label={t('documents.fields.notes')}
          value={doc.notes ?? ''}
          onChange={(notes) => setDoc({ ...doc, notes: notes || undefined })}
        />
      </DialogForm>
    </Modal>
  )
}

/** The milestones a document commits the sides to, each with a date, an owner and a done mark. */
function FollowUpsEditor({
  followUps,
  onChange,
}: {
  followUps: FollowUp[]
  onChange(followUps: FollowUp[]): void
}) {
  const { t } = useTranslation()
  const change = (id: string, patch: Partial<FollowUp>) =>
    onChange(followUps.map((f) => (f.id === id ? { ...f, ...patch } : f)))
  return (
    <fieldset className="field-wide follow-ups">
      <legend>{t('documents.fields.followUps')}</legend>
      {followUps.map((f, n) => (
        <div key={f.id} className="follow-up-row">
          <TextField
            label={`${t('documents.fields.followUpTitle')} ${n + 1}`}
            value={f.title}
            maxLength={1000}
            onChange={(title) => change(f.id, { title })}
          />
          <DateField
            label={t('documents.fields.followUpDue')}
            value={f.due}
            onChange={(due) => change(f.id, { due })}
          />
          <TextField
            label={t('documents.fields.followUpOwner')}
            value={f.owner ?? ''}
            maxLength={200}
            onChange={(owner) => change(f.id, { owner: owner || undefined })}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={f.done}
              onChange={(e) => change(f.id, { done: e.target.checked })}
            />
            <span>{t('documents.fields.followUpDone')}</span>
          </label>
          <Button
            variant="quiet"
            small
            aria-label={`${t('documents.fields.removeFollowUp')} ${n + 1}`}
            onClick={() => onChange(followUps.filter((x) => x.id !== f.id))}
          >
            ✕
          </Button>
        </div>
      ))}
      <Button
        small
        onClick={() =>
          onChange([
            ...followUps,
            {
              id: newId(),
              title: '',
              due: '',
              done: false,
            },
          ])
        }
      >
        {t('documents.fields.addFollowUp')}
      </Button>
    </fieldset>
  )
}
