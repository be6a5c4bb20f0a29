import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { buildChecklist, isOpenTask, type Task } from '../../../../shared/domain/checklist'
import { describeTask } from '../../../../shared/wording/describe'
import type { Directory } from '../../../../shared/domain/directory'
import {
  TASK_STATUSES,
  type TaskRecord,
  type TaskStatus,
} from '../../../../shared/domain/registers'
import type { Visit } from '../../../../shared/domain/visit'
import { accessGaps, needsList } from '../../../../shared/paperwork/access-request'
import { formatShortDate, isLocalDate, shiftDate } from '../../../../shared/time/local-date'
import { useExportFile } from './useExportFile'
import { DateField } from '../../components/DateField'
import { TextField } from '../../components/TextField'
import { computedKeys } from '../../i18n/computed-keys'
import { Button } from '../../components/Button'
import './checklist.css'
import { TableHead } from '../../components/TableHead'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useToast } from '../../components/Toasts'
import { useApi } from '../../api/ApiContext'
import type { PreflightIssue } from '../../../../shared/briefing/preflight'

export interface ChecklistTabProps {
  visit: Visit
  directory: Directory
  today: string
  update(change: (v: Visit) => Visit, coalesceKey?: string): void
  onShowItems(itemIds: string[]): void
}

const newKey = () => `custom:${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`

/** Changes the officer's record of a task, creating it on first touch. */
function patchRecord(visit: Visit, key: string, patch: Partial<TaskRecord>): Visit {
  const exists = visit.tasks.some((t) => t.key === key)
  const tasks = exists
    ? visit.tasks.map((t) => (t.key === key ? { ...t, ...patch } : t))
    : [...visit.tasks, { key, custom: false, status: 'todo' as const, ...patch }]
  return { ...visit, tasks }
}

/** The preparation checklist: tasks the programme implies plus the officer's own, by due date. */
export function ChecklistTab({ visit, directory, today, update, onShowItems }: ChecklistTabProps) {
  const { t } = useTranslation()
  const [hideDone, setHideDone] = useState(false)
  const [title, setTitle] = useState('')
  const [due, setDue] = useState(() => shiftDate(visit.startDate, -3))
  const tasks = buildChecklist(visit, directory, today)
  const open = tasks.filter(isOpenTask)
  const overdue = tasks.filter((x) => x.overdue)
  const shown = hideDone ? open : tasks
  const { busy, exportAs } = useExportFile(visit.id)
  const api = useApi()
  const toast = useToast()
  // A letter goes out with nothing open (names to sign, the list's data, the deadline), or with
  // the officer's recorded waiver.
  const [waiving, setWaiving] = useState<{
    format: 'access-docx' | 'access-pdf'
    venueId: string
    open: PreflightIssue[]
  } | null>(null)
  const exportLetter = async (format: 'access-docx' | 'access-pdf', venueId: string) => {
    const open = await api.getOpenQuestions(visit.id, { venueId }).catch(() => [])
    if (open.length > 0) setWaiving({ format, venueId, open })
    else await exportAs(format, { venueId })
  }
  // The first access task of a site that admits by list carries its letter, list and 'sent'.
  const listVenue = (task: Task) => {
    if (task.rule !== 'access') return undefined
    const venueId = task.key.split(':')[1] ?? ''
    const venue = directory.venues.find((v) => v.id === venueId)
    if (!venue || !needsList(venue)) return undefined
    const first = tasks.find((x) => x.rule === 'access' && x.key.split(':')[1] === venueId)
    return first?.key === task.key ? venue : undefined
  }
  const markSent = (venueId: string) =>
    update((v) =>
      tasks
        .filter((x) => x.rule === 'access' && x.key.split(':')[1] === venueId)
        .reduce(
          (acc, x) =>
            patchRecord(acc, x.key, {
              status: 'done',
              note: t('access.sentNote', { date: formatShortDate(today, 'ru') }),
            }),
          v,
        ),
    )

  const set = (task: Task, patch: Partial<TaskRecord>, field: string) =>
    update((v) => patchRecord(v, task.key, patch), `task:${task.key}:${field}`)

  const addTask = (e: FormEvent) => {
    e.preventDefault()
    const text = title.trim()
    if (!text || !isLocalDate(due)) return
    update((v) => ({
      ...v,
      tasks: [...v.tasks, { key: newKey(), custom: true, title: text, due, status: 'todo' }],
    }))
    setTitle('')
  }

  const when = (task: Task) =>
    task.daysLeft === 0
      ? t('checklist.today')
      : task.daysLeft > 0
        ? t('checklist.daysLeft', { count: task.daysLeft })
        : t('checklist.daysAgo', { count: -task.daysLeft })

  return (
    <div className="prep">
      <div className="prep-head">
        <p>
          {t('checklist.openCount', { count: open.length, total: tasks.length })}
          {overdue.length > 0 ? (
            <span className="badge badge-overdue">
              {t('checklist.overdueCount', { count: overdue.length })}
            </span>
          ) : null}
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={hideDone}
            onChange={(e) => setHideDone(e.target.checked)}
          />
          {t('checklist.hideDone')}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('checklist.empty')}</p>
      ) : (
        <table className="table prep-table">
          <TableHead
            columns={[
              t('checklist.due'),
              t('checklist.taskColumn'),
              t('checklist.owner'),
              t('checklist.status'),
            ]}
            actions
          />
          <tbody>
            {shown.map((task) => {
              const text = describeTask(task, computedKeys(t))
              return (
                <tr
                  key={task.key}
                  data-task-key={task.key}
                  className={[
                    task.overdue ? 'task-overdue' : '',
                    task.status === 'done' || task.status === 'not-needed' ? 'task-closed' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                >
                  <td className="nowrap">
                    <input
                      type="date"
                      className="input-date"
                      aria-label={`${t('checklist.due')}: ${text}`}
                      value={task.due}
                      onChange={(e) =>
                        isLocalDate(e.target.value) && set(task, { due: e.target.value }, 'due')
                      }
                    />
                    <div className={`small ${task.overdue ? 'overdue-text' : 'muted'}`}>
                      {task.overdue ? `${t('checklist.overdue')}, ` : ''}
                      {when(task)}
                    </div>
                  </td>
                  <td>
                    <span className="task-text">{text}</span>
                    {task.itemIds.length > 0 ? (
                      <button
                        type="button"
                        className="link-button small"
                        onClick={() => onShowItems(task.itemIds)}
                      >
                        {t('conflicts.show')}
                      </button>
                    ) : null}
                    {task.rule !== 'custom' &&
                    typeof task.params.note === 'string' &&
                    task.params.note ? (
                      <p className="muted small task-note">{task.params.note}</p>
                    ) : null}
                    {task.note ? <p className="small task-note">{task.note}</p> : null}
                    {(() => {
                      const venue = listVenue(task)
                      if (!venue) return null
                      const gaps = accessGaps(visit, directory, venue)
                      return (
                        <div className="access-request" role="group" aria-label={t('access.title')}>
                          <Button
                            small
                            disabled={busy !== null}
                            onClick={() => void exportLetter('access-docx', venue.id)}
                          >
                            {t('access.letterDocx')}
                          </Button>
                          <Button
                            small
                            disabled={busy !== null}
                            onClick={() => void exportLetter('access-pdf', venue.id)}
                          >
                            {t('access.letterPdf')}
                          </Button>
                          <Button
                            variant="primary"
                            small
                            disabled={task.status === 'done'}
                            onClick={() => markSent(venue.id)}
                          >
                            {t('access.markSent')}
                          </Button>
                          {gaps.length > 0 ? (
                            <details className="small access-gaps">
                              <summary className="overdue-text">
                                {t('access.gaps', { count: gaps.length })}
                              </summary>
                              <ul>
                                {gaps.map((g) => (
                                  <li key={g.personId}>
                                    {t('access.gapLine', {
                                      name: g.name,
                                      fields: g.fields.join(', '),
                                    })}
                                  </li>
                                ))}
                              </ul>
                            </details>
                          ) : null}
                        </div>
                      )
                    })()}
                  </td>
                  <td>
                    <input
                      className="cell-input"
                      aria-label={`${t('checklist.owner')}: ${text}`}
                      value={task.owner ?? ''}
                      maxLength={200}
                      onChange={(e) => set(task, { owner: e.target.value || undefined }, 'owner')}
                    />
                  </td>
                  <td>
                    <select
                      className="cell-input"
                      aria-label={`${t('checklist.status')}: ${text}`}
                      value={task.status}
                      onChange={(e) =>
                        set(task, { status: e.target.value as TaskStatus }, 'status')
                      }
                    >
                      {TASK_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`checklist.statuses.${s}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {task.rule === 'custom' ? (
                      <Button
                        variant="quiet"
                        small
                        aria-label={`${t('checklist.deleteTask')}: ${text}`}
                        onClick={() =>
                          update((v) => ({
                            ...v,
                            tasks: v.tasks.filter((x) => x.key !== task.key),
                          }))
                        }
                      >
                        {t('common.delete')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <form className="prep-add" onSubmit={addTask}>
        <h3>{t('checklist.add')}</h3>
        <TextField
          label={t('checklist.newTask')}
          value={title}
          maxLength={1000}
          onChange={setTitle}
        />
        <DateField label={t('checklist.due')} value={due} onChange={setDue} />
        <Button type="submit" variant="primary" disabled={!title.trim()}>
          {t('checklist.add')}
        </Button>
      </form>
      <ConfirmDialog
        open={waiving !== null}
        onOpenChange={(open) => !open && setWaiving(null)}
        title={t('preflight.title')}
        body={t('preflight.letterHint')}
        details={waiving?.open.map((q) => q.text) ?? []}
        confirmLabel={t('preflight.waive')}
        onConfirm={() => {
          const w = waiving
          setWaiving(null)
          if (!w) return
          void exportAs(w.format, { venueId: w.venueId, waive: true }).then(() =>
            toast(t('preflight.waived', { count: w.open.length })),
          )
        }}
      />
    </div>
  )
}
