import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppError } from '../../../../shared/api/errors'
import { mergeVisits } from '../../../../shared/domain/merge'
import type { Visit } from '../../../../shared/domain/visit'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

/** Edits typed into one field within this window are one undo step. */
const COALESCE_MS = 1500
const AUTOSAVE_DELAY_MS = 600
const HISTORY_LIMIT = 200

/**
 * The open visit: every change is one undoable step, saved automatically with the revision it was
 * based on; a stale save becomes a conflict the officer resolves, and a failed save keeps the edit.
 */
export function useVisitEditor(id: string) {
  const api = useApi()
  const { t } = useTranslation()
  const [visit, setVisit] = useState<Visit | null>(null)
  const [loadError, setLoadError] = useState('')
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState('')
  const [conflict, setConflict] = useState(false)
  /** How many times another computer's version was merged into edits not yet saved. */
  const [merges, setMerges] = useState(0)
  const [tick, setTick] = useState(0)
  const [canUndo, setCanUndo] = useState(false)
  const [canRedo, setCanRedo] = useState(false)

  const current = useRef<Visit | null>(null)
  const saved = useRef<Visit | null>(null)
  const revision = useRef(0)
  const inFlight = useRef(false)
  const history = useRef({ past: [] as Visit[], future: [] as Visit[], lastKey: '', lastAt: 0 })

  const show = useCallback((next: Visit) => {
    current.current = next
    setVisit(next)
    setCanUndo(history.current.past.length > 0)
    setCanRedo(history.current.future.length > 0)
    setSaveState(next === saved.current ? 'saved' : 'pending')
  }, [])

  useEffect(() => {
    let live = true
    api
      .getVisit(id)
      .then((record) => {
        if (!live) return
        saved.current = record.visit
        revision.current = record.revision
        history.current = { past: [], future: [], lastKey: '', lastAt: 0 }
        show(record.visit)
      })
      .catch((err: unknown) => live && setLoadError(errorMessage(t, err)))
    return () => {
      live = false
    }
  }, [api, id, show, t])

  /** Applies one change; changes with the same `coalesceKey` in quick succession merge into one step. */
  const update = useCallback(
    (change: (v: Visit) => Visit, coalesceKey = '') => {
      const before = current.current
      if (!before) return
      const next = change(before)
      if (next === before) return
      const h = history.current
      const now = performance.now()
      const merge = coalesceKey !== '' && coalesceKey === h.lastKey && now - h.lastAt < COALESCE_MS
      if (!merge) h.past = [...h.past.slice(-HISTORY_LIMIT + 1), before]
      h.future = []
      h.lastKey = coalesceKey
      h.lastAt = now
      show(next)
    },
    [show],
  )

  const undo = useCallback(() => {
    const h = history.current
    const previous = h.past.at(-1)
    if (!previous || !current.current) return
    h.past = h.past.slice(0, -1)
    h.future = [current.current, ...h.future]
    h.lastKey = ''
    show(previous)
  }, [show])

  const redo = useCallback(() => {
    const h = history.current
    const next = h.future[0]
    if (!next || !current.current) return
    h.future = h.future.slice(1)
    h.past = [...h.past, current.current]
    h.lastKey = ''
    show(next)
  }, [show])

  /**
   * Another computer saved the visit while edits here were not yet on disk: the two are merged
   * over the version this editor started from — changes on one side are taken, and only the same
   * thing changed on both sides is left for the officer. Answers what happened.
   */
  const absorbTheirs = useCallback(async (): Promise<'merged' | 'conflict' | 'unchanged'> => {
    const base = saved.current
    const ours = current.current
    if (!base || !ours) return 'unchanged'
    const record = await api.getVisit(id)
    if (record.revision === revision.current) return 'unchanged'
    const result = mergeVisits(base, ours, record.visit)
    if (result.conflicts.length > 0) return 'conflict'
    revision.current = record.revision
    saved.current = record.visit
    history.current.past = [...history.current.past.slice(-HISTORY_LIMIT + 1), ours]
    history.current.future = []
    setConflict(false)
    setSaveError('')
    const unchanged = JSON.stringify(result.merged) === JSON.stringify(record.visit)
    show(unchanged ? record.visit : result.merged)
    setMerges((n) => n + 1)
    return 'merged'
  }, [api, id, show])

  const save = useCallback(async () => {
    const sent = current.current
    if (!sent || inFlight.current || sent === saved.current) return
    inFlight.current = true
    setSaveState('saving')
    try {
      const record = await api.saveVisit(sent, revision.current)
      revision.current = record.revision
      saved.current = sent
      setSaveError('')
      setSaveState(current.current === sent ? 'saved' : 'pending')
    } catch (err) {
      if (err instanceof AppError && err.code === 'conflict') {
        // Saved meanwhile on another computer: merged when the two do not collide.
        const outcome = await absorbTheirs().catch(() => 'conflict' as const)
        if (outcome !== 'merged') {
          setSaveState('error')
          setConflict(true)
        }
      } else {
        setSaveState('error')
        setSaveError(errorMessage(t, err))
      }
    } finally {
      inFlight.current = false
      if (current.current !== saved.current) setTick((n) => n + 1)
    }
  }, [api, t, absorbTheirs])

  useEffect(() => {
    if (!visit || visit === saved.current || conflict || saveError) return
    const timer = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [visit, tick, conflict, saveError, save])

  // Leaving the visit (another page, another visit) sends the edit not yet saved at once.
  const saveRef = useRef(save)
  saveRef.current = save
  useEffect(() => () => void saveRef.current(), [])

  // Warn before closing the window with an edit not yet on disk.
  useEffect(() => {
    const onUnload = (e: BeforeUnloadEvent) => {
      if (current.current && current.current !== saved.current) e.preventDefault()
    }
    window.addEventListener('beforeunload', onUnload)
    return () => window.removeEventListener('beforeunload', onUnload)
  }, [])

  const retry = useCallback(() => {
    setSaveError('')
    setTick((n) => n + 1)
  }, [])

  /**
   * Their version replaces the screen; mine stays one Ctrl+Z away. Answers false when the stored
   * version is the one already shown (this window's own save).
   */
  const loadTheirs = useCallback(async () => {
    const record = await api.getVisit(id)
    if (record.revision === revision.current && saved.current === current.current) return false
    revision.current = record.revision
    saved.current = record.visit
    if (current.current) history.current.past = [...history.current.past, current.current]
    history.current.future = []
    setConflict(false)
    setSaveError('')
    show(record.visit)
    return true
  }, [api, id, show])

  /** Mine is saved on top of their revision. */
  const overwrite = useCallback(async () => {
    const record = await api.getVisit(id)
    revision.current = record.revision
    saved.current = record.visit
    setConflict(false)
    setSaveError('')
    setTick((n) => n + 1)
  }, [api, id])

  return {
    visit,
    loadError,
    update,
    undo,
    redo,
    canUndo,
    canRedo,
    saveState,
    saveError,
    retry,
    conflict,
    merges,
    absorbTheirs,
    loadTheirs,
    overwrite,
  }
}
