import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Tabs } from 'radix-ui'
import { useTranslation } from 'react-i18next'
import type { DirectoryRecord } from '../../../../shared/api/contract'
import { detectConflicts, type Conflict } from '../../../../shared/domain/conflicts'
import { defaultPlanningSettings, type PlanningSettings } from '../../../../shared/domain/planning'
import type { Directory } from '../../../../shared/domain/directory'
import { visitDates } from '../../../../shared/domain/visit'
import { formatDateRange, toLocalDate, type UiLanguage } from '../../../../shared/time/local-date'
import type { AppCommand } from '../../api/bridge'
import { useApi } from '../../api/ApiContext'
import { useCommand } from '../../api/commands'
import { usePlannerEvents } from '../../api/planner-events'
import type { PlannerEvent } from '../../../../shared/api/events'
import { errorMessage } from '../../api/error-message'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { NewFromSourceDialog } from '../../components/NewFromSourceDialog'
import { StatusBadge } from '../../components/StatusBadge'
import { useToast } from '../../components/Toasts'
import { BriefingTab } from './BriefingTab'
import { ChecklistTab } from './ChecklistTab'
import { ReportTab } from './ReportTab'
import { EstimateTab } from './EstimateTab'
import { SyncMergeDialog } from './SyncMergeDialog'
import { RevisionsPanel } from './RevisionsPanel'
import type { SyncConflict } from '../../../../shared/domain/sync-conflicts'
import type { Presence } from '../../../../shared/api/contract'
import { CounterpartHistory } from '../../components/CounterpartHistory'
import { DocumentsTab } from './DocumentsTab'
import { LogisticsTab } from './LogisticsTab'
import { OverviewTab } from './OverviewTab'
import { ParticipantsTab } from './ParticipantsTab'
import { ProgrammeTab } from './ProgrammeTab'
import { useVisitEditor } from './useVisitEditor'
import { Button } from '../../components/Button'
import { useApiData } from '../../api/use-api-data'
import './editor.css'
import { rescheduleVisit } from '../../../../shared/domain/reschedule'
import { RescheduleDialog } from './RescheduleDialog'
import type { DirectoryActions } from './directory-actions'
import { newOrganisation, newVenue } from '../../components/new-entries'

/** How often the lease on the open visit is renewed (stale after three minutes). */
const LEASE_RENEW_MS = 60_000
export interface VisitEditorPageProps {
  id: string
  /** The tab to open on (a link from the archive may ask for 'documents'). */
  initialTab?: string
  onBack(): void
}

/** One visit: header, programme, participants and documents, saved as the officer types. */
/** The rules the programme is checked by until the department's settings arrive. */
const DEFAULT_PLANNING = defaultPlanningSettings()

export function VisitEditorPage({ id, initialTab, onBack }: VisitEditorPageProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const api = useApi()
  const toast = useToast()
  const editor = useVisitEditor(id)
  const { visit, undo, redo } = editor
  const [directory, setDirectoryState] = useState<DirectoryRecord | null>(null)
  /** The latest directory record, for changes made one after another before a re-render. */
  const directoryRef = useRef<DirectoryRecord | null>(null)
  // Opening a visit puts the keyboard on its title (not the top of the page), once per visit.
  const heading = useRef<HTMLHeadingElement>(null)
  const focusedFor = useRef<string | null>(null)
  const loadedId = editor.visit?.id
  useEffect(() => {
    if (!loadedId || focusedFor.current === loadedId || !heading.current) return
    focusedFor.current = loadedId
    const active = document.activeElement
    if (!active || active === document.body || !active.isConnected) heading.current.focus()
  })
  const setDirectory = useCallback((record: DirectoryRecord) => {
    directoryRef.current = record
    setDirectoryState(record)
  }, [])
  /** Directory changes run one at a time, each on the revision the previous one saved. */
  const directoryQueue = useRef<Promise<unknown>>(Promise.resolve())
  const [tab, setTab] = useState(initialTab ?? 'programme')
  // A link to another tab of the same visit ('#/visits/ID/estimate') switches to it.
  useEffect(() => {
    if (initialTab) setTab(initialTab)
  }, [initialTab])
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [reusing, setReusing] = useState(false)
  const [rescheduling, setRescheduling] = useState(false)
  const planning: PlanningSettings =
    useApiData((a) => a.getSettings(), [], { refreshOn: (e) => e.type === 'settings' }).data
      ?.planning ?? DEFAULT_PLANNING
  const [focus, setFocus] = useState<{ conflictId?: string; itemIds: ReadonlySet<string> }>({
    itemIds: new Set(),
  })
  const today = toLocalDate(new Date())
  // Copies of this visit left by a sync engine: the officer merges them here.
  const storage = useApiData((a) => a.getStorageReport(), [], {
    refreshOn: (e) => e.type === 'copies',
  })
  const copies: SyncConflict[] = useMemo(
    () => (storage.data?.syncConflicts ?? []).filter((c) => c.visitId === id),
    [storage.data, id],
  )
  const [merging, setMerging] = useState<string | null>(null)
  // Presence: this computer holds a lease on the visit while it is open; others are shown.
  const [others, setOthers] = useState<Presence[]>([])
  useEffect(() => {
    let live = true
    const hold = () =>
      api.holdVisit(id).then(
        (r) => live && setOthers(r.others),
        () => undefined, // presence only informs; without it the editor still works
      )
    void hold()
    const timer = window.setInterval(() => void hold(), LEASE_RENEW_MS)
    return () => {
      live = false
      window.clearInterval(timer)
      void api.releaseVisit(id).catch(() => undefined)
    }
  }, [api, id])

  // Changes made from outside (a sync engine, another computer): the visit on screen follows them.
  const saveStateRef = useRef(editor.saveState)
  saveStateRef.current = editor.saveState
  const loadTheirs = editor.loadTheirs
  const absorbTheirs = editor.absorbTheirs
  const merges = editor.merges
  useEffect(() => {
    if (merges > 0) toast(t('sync.mergedWhileEditing'))
  }, [merges, t, toast])
  const followChange = useCallback(
    async (event: PlannerEvent) => {
      if (event.type === 'directory' || event.type === 'resync')
        setDirectory(await api.getDirectory())
      const theirs =
        (event.type === 'visit' && event.id === id && event.outside) || event.type === 'resync'
      if (!theirs) return
      if (saveStateRef.current === 'saved') {
        if (await loadTheirs()) toast(t('sync.reloaded'))
      } else if (saveStateRef.current === 'pending') {
        // Edits not yet saved: merged with theirs, or the save will offer the choice.
        if ((await absorbTheirs()) === 'conflict') toast(t('sync.changedWhileEditing'), 'error')
      } else toast(t('sync.changedWhileEditing'), 'error')
    },
    [api, id, loadTheirs, absorbTheirs, t, toast, setDirectory],
  )
  usePlannerEvents((event) => void followChange(event).catch(() => undefined))

  const conflicts = useMemo(
    () =>
      visit && directory
        ? detectConflicts(visit, directory.directory, { today, settings: planning, lang })
        : [],
    [visit, directory, today, planning, lang],
  )
  const errorCount = conflicts.filter((c) => c.severity === 'error').length

  const showItems = useCallback((itemIds: string[], conflict?: Conflict) => {
    setFocus({ conflictId: conflict?.id, itemIds: new Set(itemIds) })
    setTab('programme')
  }, [])

  useEffect(() => {
    api.getDirectory().then(setDirectory, (err: unknown) => toast(errorMessage(t, err), 'error'))
  }, [api, t, toast, setDirectory])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        !(e.ctrlKey || e.metaKey) ||
        document.querySelector('[role="dialog"], [role="alertdialog"]')
      )
        return
      const key = e.key.toLowerCase()
      if (key === 'z' || key === 'я') {
        e.preventDefault()
        if (e.shiftKey) redo()
        else undo()
      } else if (key === 'y' || key === 'н') {
        e.preventDefault()
        redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])

  useCommand(
    useCallback(
      (command: AppCommand) => {
        if (command === 'undo') undo()
        if (command === 'redo') redo()
      },
      [undo, redo],
    ),
  )

  const saveAsTemplate = async () => {
    if (!visit) return
    try {
      const saved = await api.saveVisitAsTemplate(visit.id, {
        title: visit.title,
        summary: visit.objectives.slice(0, 1000),
      })
      toast(t('reuse.templateSaved', { title: saved.title }))
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    }
  }

  /** Saves a change of the directory; false (the officer told why) when it could not be. */
  const changeDirectory = (change: (d: Directory) => Directory): Promise<boolean> => {
    const run = directoryQueue.current.then(async () => {
      const current = directoryRef.current
      if (!current) return false
      try {
        setDirectory(await api.saveDirectory(change(current.directory), current.revision))
        return true
      } catch (err) {
        toast(errorMessage(t, err), 'error')
        return false
      }
    })
    directoryQueue.current = run
    return run
  }
  const directoryActions: DirectoryActions = {
    savePerson: (person) =>
      changeDirectory((d) => ({
        ...d,
        people: d.people.some((p) => p.id === person.id)
          ? d.people.map((p) => (p.id === person.id ? person : p))
          : [...d.people, person],
      })),
    createVenue: async (name) => {
      const venue = newVenue(name)
      return (await changeDirectory((d) => ({ ...d, venues: [...d.venues, venue] })))
        ? venue.id
        : undefined
    },
    createOrganisation: async (name) => {
      const org = newOrganisation(name)
      return (await changeDirectory((d) => ({ ...d, organisations: [...d.organisations, org] })))
        ? org.id
        : undefined
    },
  }

  if (editor.loadError) {
    return (
      <div className="page">
        <p className="form-error" role="alert">
          {editor.loadError}
        </p>
        <Button onClick={onBack}>{t('editor.backToList')}</Button>
      </div>
    )
  }
  if (!visit || !directory) return <p className="page muted">{t('common.loading')}</p>

  return (
    <div className="page editor">
      <header className="editor-head">
        <a href="#/visits" className="back-link">
          ← {t('editor.backToList')}
        </a>
        <div className="editor-title-row">
          <div>
            <h1 ref={heading} tabIndex={-1}>
              {visit.title}
            </h1>
            <p className="editor-meta">
              {[visit.partnerRegion, visit.partnerCountry].filter(Boolean).join(', ')} ·{' '}
              {formatDateRange(visit.startDate, visit.endDate, lang)} ·{' '}
              {t('editor.days', { count: visitDates(visit).length })}{' '}
              <StatusBadge status={visit.status} />
            </p>
          </div>
          <div className="editor-tools">
            <SaveIndicator state={editor.saveState} />
            <Button small onClick={undo} disabled={!editor.canUndo} title="Ctrl+Z">
              ↶ {t('common.undo')}
            </Button>
            <Button small onClick={redo} disabled={!editor.canRedo} title="Ctrl+Shift+Z">
              ↷ {t('common.redo')}
            </Button>
            <Button small onClick={() => setRescheduling(true)}>
              {t('reschedule.action')}
            </Button>
            <Button small onClick={() => setReusing(true)}>
              {t('reuse.fromVisit')}
            </Button>
            <Button small onClick={() => void saveAsTemplate()}>
              {t('reuse.saveTemplate')}
            </Button>
            <Button variant="quiet" small onClick={() => setConfirmDelete(true)}>
              {t('editor.deleteVisit')}
            </Button>
          </div>
        </div>
        {others.length > 0 ? (
          <p className="banner small" role="status" data-testid="presence">
            {others
              .map((o) =>
                t('sync.presence', {
                  who: o.author || o.name,
                  computer: o.name,
                  since: new Date(o.since).toLocaleTimeString(lang === 'ru' ? 'ru-RU' : 'en-GB', {
                    hour: '2-digit',
                    minute: '2-digit',
                  }),
                }),
              )
              .join('; ')}
          </p>
        ) : null}
        {copies.length > 0 ? (
          <div className="banner banner-warning" role="alert" data-testid="sync-banner">
            <span>{t('sync.banner', { name: copies[0]!.file })}</span>
            <Button variant="primary" small onClick={() => setMerging(copies[0]!.file)}>
              {t('sync.merge')}
            </Button>
          </div>
        ) : null}
        {editor.saveError ? (
          <div className="banner banner-error" role="alert">
            <span>{editor.saveError}</span>
            <Button small onClick={editor.retry}>
              {t('common.retry')}
            </Button>
          </div>
        ) : null}
      </header>

      <Tabs.Root value={tab} onValueChange={setTab} className="tabs">
        <Tabs.List className="tab-list" aria-label={visit.title}>
          {(
            [
              'overview',
              'programme',
              'participants',
              'documents',
              'checklist',
              'logistics',
              'briefing',
              'estimate',
              'report',
            ] as const
          ).map((key) => (
            <Tabs.Trigger key={key} value={key} className="tab">
              {t(`editor.tabs.${key}`)}
              {key === 'programme' && conflicts.length > 0 ? (
                <span
                  className={`tab-count ${errorCount > 0 ? 'tab-count-error' : ''}`}
                  aria-label={t('conflicts.summary', {
                    errors: errorCount,
                    warnings: conflicts.length - errorCount,
                  })}
                >
                  {conflicts.length}
                </span>
              ) : null}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="overview" className="tab-panel">
          <OverviewTab visit={visit} update={editor.update} />
          <CounterpartHistory
            country={visit.partnerCountry}
            region={visit.partnerRegion}
            currentVisitId={visit.id}
          />
          <RevisionsPanel visitId={visit.id} onRestored={() => void editor.loadTheirs()} />
        </Tabs.Content>
        <Tabs.Content value="programme" className="tab-panel">
          <ProgrammeTab
            visit={visit}
            directory={directory.directory}
            conflicts={conflicts}
            focus={focus}
            onJump={(c) => showItems(c.itemIds, c)}
            planning={planning}
            update={editor.update}
            directoryActions={directoryActions}
          />
        </Tabs.Content>
        <Tabs.Content value="participants" className="tab-panel">
          <ParticipantsTab
            visit={visit}
            directory={directory.directory}
            update={editor.update}
            directoryActions={directoryActions}
          />
        </Tabs.Content>
        <Tabs.Content value="documents" className="tab-panel">
          <DocumentsTab visit={visit} directory={directory.directory} update={editor.update} />
        </Tabs.Content>
        <Tabs.Content value="logistics" className="tab-panel">
          <LogisticsTab visit={visit} directory={directory.directory} update={editor.update} />
        </Tabs.Content>
        <Tabs.Content value="briefing" className="tab-panel">
          {tab === 'briefing' ? (
            <BriefingTab visit={visit} directory={directory.directory} />
          ) : null}
        </Tabs.Content>
        <Tabs.Content value="estimate" className="tab-panel">
          {tab === 'estimate' ? (
            <EstimateTab visit={visit} directory={directory.directory} update={editor.update} />
          ) : null}
        </Tabs.Content>
        <Tabs.Content value="report" className="tab-panel">
          {tab === 'report' ? (
            <ReportTab visit={visit} update={editor.update} saved={editor.saveState === 'saved'} />
          ) : null}
        </Tabs.Content>
        <Tabs.Content value="checklist" className="tab-panel">
          <ChecklistTab
            visit={visit}
            directory={directory.directory}
            today={today}
            update={editor.update}
            onShowItems={(ids) => showItems(ids)}
          />
        </Tabs.Content>
      </Tabs.Root>

      {merging ? (
        <SyncMergeDialog
          visitId={id}
          file={merging}
          onClose={() => setMerging(null)}
          onDone={() => {
            setMerging(null)
            storage.reload()
            void editor.loadTheirs()
          }}
        />
      ) : null}
      {rescheduling ? (
        <RescheduleDialog
          visit={visit}
          onClose={() => setRescheduling(false)}
          onApply={(options) => {
            setRescheduling(false)
            const moved = rescheduleVisit(visit, options)
            editor.update(() => moved)
            toast(
              t('reschedule.done', {
                dates: formatDateRange(moved.startDate, moved.endDate, lang),
              }),
            )
          }}
        />
      ) : null}
      {reusing ? (
        <NewFromSourceDialog
          source={{ kind: 'visit', id: visit.id }}
          name={visit.title}
          defaultStart={visit.startDate}
          onClose={() => setReusing(false)}
          onCreated={(newId) => {
            setReusing(false)
            window.location.hash = `#/visits/${newId}`
          }}
        />
      ) : null}
      <ConfirmDialog
        open={editor.conflict}
        onOpenChange={() => undefined}
        title={t('conflict.title')}
        body={t('conflict.body')}
        confirmLabel={t('conflict.overwrite')}
        onConfirm={() => void editor.overwrite()}
        cancelLabel={t('conflict.reload')}
        onCancel={() => void editor.loadTheirs()}
      />
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={t('editor.deleteVisit')}
        body={t('editor.deleteConfirm', { title: visit.title })}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() =>
          void api
            .deleteVisit(visit.id)
            .then(onBack, (err: unknown) => toast(errorMessage(t, err), 'error'))
        }
      />
    </div>
  )
}

function SaveIndicator({ state }: { state: 'saved' | 'pending' | 'saving' | 'error' }) {
  const { t } = useTranslation()
  return (
    <span className={`save-state save-${state}`} role="status" aria-live="polite">
      {t(`editor.saveState.${state}`)}
    </span>
  )
}
