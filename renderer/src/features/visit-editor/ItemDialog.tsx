import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Directory } from '../../../../shared/domain/directory'
import {
  DRESS_CODES,
  ITEM_KINDS,
  MEALS,
  type ItemKind,
  type ItineraryItem,
  type TalkingPoints,
} from '../../../../shared/domain/itinerary-item'
import { byPrecedence } from '../../../../shared/domain/people'
import type { PlanningSettings } from '../../../../shared/domain/planning'
import { travelMinutes } from '../../../../shared/domain/travel'
import type { Visit } from '../../../../shared/domain/visit'
import {
  formatDayHeading,
  minutesOfDay,
  parseTypedTime,
  type UiLanguage,
} from '../../../../shared/time/local-date'
import { Combobox } from '../../components/Combobox'
import { DialogForm } from '../../components/DialogForm'
import { Modal } from '../../components/Modal'
import { SelectField } from '../../components/SelectField'
import { TextAreaField } from '../../components/TextAreaField'
import { TextField } from '../../components/TextField'
import { TranslationsField } from '../../components/TranslationsField'
import { PersonDialog } from '../../components/PersonDialog'
import type { DirectoryActions } from './directory-actions'

/** Kinds of events that have talking points. */
const POINTS_KINDS = new Set<ItemKind>([
  'meeting',
  'talks',
  'signing',
  'reception',
  'conference',
  'press',
])
/** About one printed page of points. */
const POINTS_PAGE = 2200

export interface ItemDialogProps {
  visit: Visit
  directory: Directory
  item: ItineraryItem
  isNew: boolean
  dates: string[]
  /** Road speed and the travel table, for the drive estimate of a transfer. */
  planning: PlanningSettings
  /** The item, and the people of the directory it brought into the visit. */
  onSave(item: ItineraryItem, joined: string[]): void
  onClose(): void
  /** Venues and people typed here that the directory does not have yet. */
  directoryActions: DirectoryActions
  /** Where the keyboard goes once the dialog is gone. */
  returnFocus?(): HTMLElement | null | undefined
}

const NONE = '__none__'

/** The fields every kind of item has. */
const COMMON_FIELDS = [
  'id',
  'date',
  'start',
  'end',
  'title',
  'venueId',
  'participantIds',
  'responsibleId',
  'dressCode',
  'notes',
  'tentative',
] as const

/** Adds the fields a kind needs and drops the ones it does not have. */
function changeKind(item: ItineraryItem, kind: ItemKind): ItineraryItem {
  const base = Object.fromEntries(COMMON_FIELDS.map((k) => [k, item[k]])) as Pick<
    ItineraryItem,
    (typeof COMMON_FIELDS)[number]
  >
  switch (kind) {
    case 'signing':
      return { ...base, kind, agreementIds: item.kind === 'signing' ? item.agreementIds : [] }
    case 'arrival':
    case 'departure':
      return { ...base, kind, transport: 'transport' in item ? item.transport : undefined }
    case 'meal':
      return { ...base, kind, meal: item.kind === 'meal' ? item.meal : undefined }
    case 'transfer':
      return item.kind === 'transfer'
        ? { ...base, kind, fromVenueId: item.fromVenueId, vehicle: item.vehicle }
        : { ...base, kind }
    default:
      return { ...base, kind }
  }
}

/** The form for one programme item: kind, day, times, event, venue, participants and details. */
export function ItemDialog({
  visit,
  directory,
  item: initial,
  isNew,
  dates,
  planning,
  onSave,
  onClose,
  directoryActions,
  returnFocus,
}: ItemDialogProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const groupId = useId()
  const [item, setItem] = useState<ItineraryItem>(initial)
  const [startText, setStartText] = useState(initial.start ?? '')
  const [endText, setEndText] = useState(initial.end ?? '')
  const [submitted, setSubmitted] = useState(false)
  /** People of the directory ticked here who were not in the visit yet. */
  const [joined, setJoined] = useState<string[]>([])
  /** A name typed in the participants' field for a person the directory lacks. */
  const [newPerson, setNewPerson] = useState<string | null>(null)
  const setPoints = (patch: Partial<TalkingPoints>) => {
    const next = { raise: '', avoid: '', ...item.talkingPoints, ...patch }
    set({ talkingPoints: next.raise.trim() || next.avoid.trim() ? next : undefined })
  }
  const pointsLength =
    (item.talkingPoints?.raise.length ?? 0) + (item.talkingPoints?.avoid.length ?? 0)
  const set = (patch: Partial<ItineraryItem>) =>
    setItem((i) => ({ ...i, ...patch }) as ItineraryItem)

  const start = startText.trim() ? parseTypedTime(startText) : undefined
  const end = endText.trim() ? parseTypedTime(endText) : undefined
  const errors = {
    title: item.title.trim() ? '' : t('programme.errors.titleRequired'),
    start: start === null ? t('programme.errors.badTime') : '',
    end:
      end === null
        ? t('programme.errors.badTime')
        : start && end && minutesOfDay(end) < minutesOfDay(start)
          ? t('programme.errors.endBeforeStart')
          : '',
  }
  const show = (key: keyof typeof errors) =>
    (submitted || key !== 'title' ? errors[key] : '') || undefined

  const people = directory.people
    .filter((p) => visit.participantIds.includes(p.id) || joined.includes(p.id))
    .sort(byPrecedence)
  const outsiders = directory.people
    .filter((p) => !visit.participantIds.includes(p.id) && !joined.includes(p.id))
    .sort(byPrecedence)
  const orgName = (id?: string) => directory.organisations.find((o) => o.id === id)?.name
  /** A person of the directory into this item (and so into the visit). */
  const join = (id: string) => {
    if (!visit.participantIds.includes(id)) setJoined((j) => (j.includes(id) ? j : [...j, id]))
    setItem((i) =>
      i.participantIds.includes(id) ? i : { ...i, participantIds: [...i.participantIds, id] },
    )
  }
  /** A venue typed that the directory lacks: added to it, and chosen. */
  const createVenue = (name: string, field: 'venueId' | 'fromVenueId') =>
    void directoryActions
      .createVenue(name)
      .then((id) => id && setItem((i) => ({ ...i, [field]: id }) as ItineraryItem))
  const venues = [...directory.venues].sort((a, b) => a.name.localeCompare(b.name, 'ru'))
  const venueOptions = [
    { value: NONE, label: t('common.none') },
    ...venues.map((v) => ({ value: v.id, label: v.name, detail: v.city, searchText: [v.address] })),
  ]
  const venueLabel = (id?: string) =>
    id ? (venues.find((v) => v.id === id)?.name ?? id) : t('common.none')
  const dayOptions = [...new Set([...dates, item.date])].map((d) => ({
    value: d,
    label: formatDayHeading(d, lang),
  }))

  const travel = (() => {
    if (item.kind !== 'transfer' || !item.fromVenueId || !item.venueId) return null
    const from = directory.venues.find((v) => v.id === item.fromVenueId)
    const to = directory.venues.find((v) => v.id === item.venueId)
    return from && to ? travelMinutes(from, to, planning) : null
  })()

  const submit = () => {
    setSubmitted(true)
    if (errors.title || errors.start || errors.end) return
    const kept = joined.filter((id) => item.participantIds.includes(id))
    onSave(
      { ...item, title: item.title.trim(), start: start ?? undefined, end: end ?? undefined },
      kept,
    )
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={isNew ? t('programme.newItem') : t('programme.editItem')}
      wide
      returnFocus={returnFocus}
    >
      <DialogForm onSubmit={() => submit()} onCancel={onClose}>
        <SelectField
          label={t('programme.fields.kind')}
          value={item.kind}
          options={ITEM_KINDS.map((k) => ({ value: k, label: t(`itemKind.${k}`) }))}
          onChange={(k) => setItem((i) => changeKind(i, k as ItemKind))}
        />
        <SelectField
          label={t('programme.fields.date')}
          value={item.date}
          options={dayOptions}
          onChange={(date) => set({ date })}
        />
        <TextField
          label={t('programme.fields.start')}
          value={startText}
          onChange={setStartText}
          placeholder="09:30"
          hint={t('programme.timeFormat')}
          error={show('start')}
          inputMode="numeric"
        />
        <TextField
          label={t('programme.fields.end')}
          value={endText}
          onChange={setEndText}
          placeholder="10:30"
          error={show('end')}
          inputMode="numeric"
        />
        <TextField
          className="field-wide"
          label={t('programme.fields.title')}
          value={item.title}
          onChange={(title) => set({ title })}
          error={show('title')}
          autoFocus
        />
        <TranslationsField
          label={t('translations.title')}
          value={item.titleI18n}
          onChange={(titleI18n) => set({ titleI18n })}
        />
        {item.kind === 'transfer' ? (
          <Combobox
            className="field-wide"
            label={t('programme.fields.fromVenue')}
            options={venueOptions}
            selectedLabel={venueLabel(item.fromVenueId)}
            emptyText={t('participants.noMatches')}
            onPick={(v) => setItem({ ...item, fromVenueId: v === NONE ? undefined : v })}
            onCreate={(name) => createVenue(name, 'fromVenueId')}
          />
        ) : null}
        <Combobox
          className="field-wide"
          label={t(
            item.kind === 'transfer' ? 'programme.fields.toVenue' : 'programme.fields.venue',
          )}
          options={venueOptions}
          selectedLabel={venueLabel(item.venueId)}
          emptyText={t('participants.noMatches')}
          onPick={(v) => set({ venueId: v === NONE ? undefined : v })}
          onCreate={(name) => createVenue(name, 'venueId')}
        />
        {item.kind === 'transfer' ? (
          <>
            <TextField
              label={t('programme.fields.vehicle')}
              value={item.vehicle ?? ''}
              maxLength={300}
              onChange={(vehicle) => setItem({ ...item, vehicle: vehicle || undefined })}
            />
            {travel ? (
              <p className="muted small field-hint" role="note">
                {t('programme.fields.travelEstimate', {
                  minutes: travel.minutes,
                  source: t(`programme.fields.travelSource.${travel.source}`),
                })}
              </p>
            ) : null}
          </>
        ) : null}
        {item.kind === 'meal' ? (
          <SelectField
            label={t('programme.fields.meal')}
            value={item.meal ?? NONE}
            options={[
              { value: NONE, label: t('common.none') },
              ...MEALS.map((m) => ({ value: m, label: t(`meal.${m}`) })),
            ]}
            onChange={(m) =>
              setItem({ ...item, meal: m === NONE ? undefined : (m as (typeof MEALS)[number]) })
            }
          />
        ) : null}
        {item.kind === 'arrival' || item.kind === 'departure' ? (
          <TextField
            label={t('programme.fields.transportNumber')}
            value={item.transport?.number ?? ''}
            onChange={(number) =>
              setItem({
                ...item,
                transport: {
                  mode: item.transport?.mode ?? 'air',
                  station: item.transport?.station,
                  number,
                },
              })
            }
          />
        ) : null}
        <SelectField
          label={t('programme.fields.dressCode')}
          value={item.dressCode ?? NONE}
          options={[
            { value: NONE, label: t('common.none') },
            ...DRESS_CODES.map((d) => ({ value: d, label: t(`dressCode.${d}`) })),
          ]}
          onChange={(d) =>
            set({ dressCode: d === NONE ? undefined : (d as (typeof DRESS_CODES)[number]) })
          }
        />
        <SelectField
          label={t('programme.fields.responsible')}
          value={item.responsibleId ?? NONE}
          options={[
            { value: NONE, label: t('common.none') },
            ...people
              .filter((p) => p.side === 'host')
              .map((p) => ({ value: p.id, label: p.fullName })),
          ]}
          onChange={(r) => set({ responsibleId: r === NONE ? undefined : r })}
        />
        <fieldset className="field-wide checklist" aria-labelledby={`${groupId}-legend`}>
          <legend id={`${groupId}-legend`}>{t('programme.fields.participants')}</legend>
          {people.length === 0 ? <p className="muted">{t('programme.noParticipants')}</p> : null}
          {people.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={item.participantIds.includes(p.id)}
                onChange={(e) =>
                  set({
                    participantIds: e.target.checked
                      ? [...item.participantIds, p.id]
                      : item.participantIds.filter((x) => x !== p.id),
                  })
                }
              />
              <span>
                {p.fullName} <span className="muted">· {t(`participants.side.${p.side}`)}</span>
              </span>
            </label>
          ))}
          <Combobox
            className="field-wide"
            label={t('programme.fields.addParticipant')}
            placeholder={t('programme.fields.addParticipantHint')}
            emptyText={t('participants.noMatches')}
            options={outsiders.map((p) => ({
              value: p.id,
              label: p.fullName,
              detail: [p.position, orgName(p.organisationId)].filter(Boolean).join(', '),
              searchText: [p.fullNameLatin],
            }))}
            onPick={join}
            onCreate={setNewPerson}
          />
        </fieldset>
        {item.kind === 'signing' && visit.agreements.length > 0 ? (
          <fieldset className="field-wide checklist">
            <legend>{t('programme.fields.agreements')}</legend>
            {visit.agreements.map((a) => (
              <label key={a.id} className="check">
                <input
                  type="checkbox"
                  checked={item.agreementIds.includes(a.id)}
                  onChange={(e) =>
                    setItem({
                      ...item,
                      agreementIds: e.target.checked
                        ? [...item.agreementIds, a.id]
                        : item.agreementIds.filter((x) => x !== a.id),
                    })
                  }
                />
                <span>{a.title}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <label className="check field-wide">
          <input
            type="checkbox"
            checked={item.tentative ?? false}
            onChange={(e) => set({ tentative: e.target.checked || undefined })}
          />
          <span>{t('programme.fields.tentative')}</span>
        </label>
        <TextAreaField
          label={t('programme.fields.notes')}
          value={item.notes ?? ''}
          onChange={(notes) => set({ notes: notes || undefined })}
        />
        {POINTS_KINDS.has(item.kind) ? (
          <details className="field-wide talking-points" open={Boolean(item.talkingPoints)}>
            <summary>{t('programme.points.title')}</summary>
            <p className="muted small">{t('programme.points.hint')}</p>
            <TextAreaField
              label={t('programme.points.raise')}
              value={item.talkingPoints?.raise ?? ''}
              rows={5}
              onChange={(raise) => setPoints({ raise })}
            />
            <TextAreaField
              label={t('programme.points.avoid')}
              value={item.talkingPoints?.avoid ?? ''}
              rows={3}
              onChange={(avoid) => setPoints({ avoid })}
            />
            {pointsLength > POINTS_PAGE ? (
              <p className="field-error" role="alert">
                {t('programme.points.tooLong', { count: pointsLength, limit: POINTS_PAGE })}
              </p>
            ) : (
              <p className="muted small">
                {t('programme.points.length', { count: pointsLength, limit: POINTS_PAGE })}
              </p>
            )}
          </details>
        ) : null}
      </DialogForm>
      {newPerson !== null ? (
        <PersonDialog
          side={visit.direction === 'outgoing' ? 'host' : 'guest'}
          initialName={newPerson}
          organisations={directory.organisations}
          onCreateOrganisation={directoryActions.createOrganisation}
          onClose={() => setNewPerson(null)}
          onSave={(person) =>
            void directoryActions.savePerson(person).then((ok) => {
              if (!ok) return
              join(person.id)
              setNewPerson(null)
            })
          }
        />
      ) : null}
    </Modal>
  )
}
