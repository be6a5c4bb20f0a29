import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ITEM_KINDS, type ItemKind } from '../../../../shared/domain/itinerary-item'
import {
  CONFIDENCE_FIELDS,
  type DraftItem,
  type ImportDraft,
  type SourceRef,
} from '../../../../shared/import/draft'
import { formatShortDate, isLocalDate, type UiLanguage } from '../../../../shared/time/local-date'
import { inMegabytes, MAX_IMPORT_BYTES } from '../../../../shared/import/limits'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { DateField } from '../../components/DateField'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toasts'
import { Button } from '../../components/Button'
import { onFilePicked } from '../../components/file-input'
import { useApiData } from '../../api/use-api-data'
import { DirectoryMatches, suggestedAnswers, type MatchAnswers } from './DirectoryMatches'
import './import.css'

export interface ImportPageProps {
  /** A file dropped onto the window, to read at once. */
  file?: File | null
  onOpenVisit(id: string): void
}

const toBase64 = (bytes: Uint8Array) => {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

interface Loaded {
  draft: ImportDraft
  /** The raw text of a bundle, imported whole. */
  bundleText?: string
}

/** Import of any supported file, then one review screen: the draft on the left, its source on the right. */
export function ImportPage({ file, onOpenVisit }: ImportPageProps) {
  const { t } = useTranslation()
  const api = useApi()
  const toast = useToast()
  // Empty by default: the text's own year (its dateline, a written year) beats a guess.
  const [year, setYear] = useState('')
  // The page's date, when the officer sees it: 'сегодня' and 'накануне' are read from it.
  const [publishedOn, setPublishedOn] = useState('')
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const input = useRef<HTMLInputElement>(null)

  const read = async (name: string, bytes: Uint8Array) => {
    setBusy(true)
    try {
      const y = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined
      const draft = await api.readImport(name, toBase64(bytes), {
        ...(y ? { year: y } : {}),
        ...(isLocalDate(publishedOn) ? { publishedOn } : {}),
      })
      setLoaded({
        draft,
        ...(draft.kind === 'bundle' ? { bundleText: new TextDecoder().decode(bytes) } : {}),
      })
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    } finally {
      setBusy(false)
    }
  }
  const readFile = async (f: File) => {
    // Refused before it is read into memory or sent anywhere.
    if (f.size > MAX_IMPORT_BYTES) {
      toast(t('import.errors.tooLarge', { limitMb: inMegabytes(MAX_IMPORT_BYTES) }), 'error')
      return
    }
    await read(f.name, new Uint8Array(await f.arrayBuffer()))
  }

  const handled = useRef<File | null>(null)
  useEffect(() => {
    if (file && handled.current !== file) {
      handled.current = file
      void readFile(file)
    }
    // Only a new dropped file starts a read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file])

  if (loaded)
    return (
      <ReviewScreen
        loaded={loaded}
        onCancel={() => setLoaded(null)}
        onCreated={(id) => {
          toast(t('import.created'))
          onOpenVisit(id)
        }}
      />
    )

  return (
    <div className="page narrow">
      <h1>{t('import.title')}</h1>
      <p className="muted">{t('import.hint')}</p>
      <div className="form-grid">
        <label className="field">
          <span className="cell-label">{t('import.year')}</span>
          <input
            inputMode="numeric"
            value={year}
            placeholder={t('import.yearFromText')}
            maxLength={4}
            onChange={(e) => setYear(e.target.value)}
          />
        </label>
        <DateField
          label={t('import.publishedOn')}
          value={publishedOn}
          onChange={setPublishedOn}
          hint={t('import.publishedOnHint')}
        />
        <div className="field">
          <span className="cell-label">&nbsp;</span>
          <Button variant="primary" onClick={() => input.current?.click()} disabled={busy}>
            {busy ? t('import.reading') : t('import.chooseFile')}
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            aria-label={t('import.chooseFile')}
            accept=".json,.ics,.docx,.txt,text/plain,text/calendar,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={onFilePicked((f) => void readFile(f))}
          />
        </div>
        <label className="field field-wide">
          <span className="cell-label">{t('import.pasteLabel')}</span>
          <textarea
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={2_000_000}
          />
        </label>
        <div>
          <Button
            disabled={busy || !text.trim()}
            onClick={() => void read('press-release.txt', new TextEncoder().encode(text))}
          >
            {t('import.readText')}
          </Button>
        </div>
      </div>
    </div>
  )
}

function ReviewScreen({
  loaded,
  onCancel,
  onCreated,
}: {
  loaded: Loaded
  onCancel(): void
  onCreated(id: string): void
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const api = useApi()
  const toast = useToast()
  const [draft, setDraft] = useState<ImportDraft>(loaded.draft)
  const [kept, setKept] = useState(() => ({
    items: new Set(loaded.draft.items.map((i) => i.key)),
    documents: new Set(loaded.draft.documents.map((d) => d.key)),
    people: new Set(loaded.draft.people.map((p) => p.key)),
  }))
  const [shown, setShown] = useState<SourceRef | null>(loaded.draft.visit.source ?? null)
  const [busy, setBusy] = useState(false)
  const isBundle = draft.kind === 'bundle'
  const directory = useApiData((a) => a.getDirectory(), []).data?.directory
  // The directory's suggestions, once it is read; the officer changes any of them.
  const [answers, setAnswers] = useState<MatchAnswers | null>(null)
  useEffect(() => {
    if (directory && !answers && !isBundle) setAnswers(suggestedAnswers(loaded.draft, directory))
  }, [directory, answers, isBundle, loaded.draft])

  const toggle = (group: keyof typeof kept, key: string, on: boolean) => {
    const next = new Set(kept[group])
    if (on) next.add(key)
    else next.delete(key)
    setKept({ ...kept, [group]: next })
  }
  const setItem = (key: string, patch: Partial<DraftItem>) =>
    setDraft({ ...draft, items: draft.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) })
  const setVisit = (patch: Partial<ImportDraft['visit']>) =>
    setDraft({ ...draft, visit: { ...draft.visit, ...patch } })

  const create = async (mode?: 'copy' | 'replace') => {
    setBusy(true)
    try {
      const record =
        mode && loaded.bundleText
          ? await api.importBundle(loaded.bundleText, mode)
          : await api.acceptImport(draft, {
              items: [...kept.items],
              documents: [...kept.documents],
              people: [...kept.people],
              ...(answers ?? {}),
            })
      onCreated(record.visit.id)
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="page review">
      <header className="page-head">
        <div>
          <h1>{t('import.review')}</h1>
          <p className="muted">
            {t(`import.kinds.${draft.kind}`)} · {draft.sourceName}
          </p>
        </div>
        <div className="page-actions">
          <Button onClick={onCancel}>{t('import.cancel')}</Button>
          {isBundle ? (
            <>
              <Button disabled={busy} onClick={() => void create('replace')}>
                {t('import.bundleReplace')}
              </Button>
              <Button variant="primary" disabled={busy} onClick={() => void create('copy')}>
                {t('import.bundleCopy')}
              </Button>
            </>
          ) : (
            <Button
              variant="primary"
              disabled={busy || !draft.visit.title.trim()}
              onClick={() => void create()}
            >
              {busy ? t('import.creating') : t('import.create')}
            </Button>
          )}
        </div>
      </header>
      <p className="muted small">{isBundle ? t('import.bundleHint') : t('import.reviewHint')}</p>
      <div className="review-layout">
        <div className="review-draft">
          <div className="form-grid card">
            <TextField
              className="field-wide"
              label={t('visit.fields.title')}
              value={draft.visit.title}
              disabled={isBundle}
              onChange={(title) => setVisit({ title })}
            />
            <TextField
              label={t('visit.fields.partnerCountry')}
              value={draft.visit.partnerCountry}
              disabled={isBundle}
              onChange={(partnerCountry) => setVisit({ partnerCountry })}
            />
            <TextField
              label={t('visit.fields.partnerRegion')}
              value={draft.visit.partnerRegion}
              disabled={isBundle}
              onChange={(partnerRegion) => setVisit({ partnerRegion })}
            />
            <label className="field">
              <span className="cell-label">{t('visit.fields.direction')}</span>
              <select
                value={draft.visit.direction}
                disabled={isBundle}
                onChange={(e) => setVisit({ direction: e.target.value as 'incoming' | 'outgoing' })}
              >
                <option value="incoming">{t('visit.direction.incoming')}</option>
                <option value="outgoing">{t('visit.direction.outgoing')}</option>
              </select>
            </label>
            <div className="field">
              <span className="cell-label">
                {t('visit.fields.startDate')} – {t('visit.fields.endDate')}
              </span>
              <span>
                {formatShortDate(draft.visit.startDate, lang)} –{' '}
                {formatShortDate(draft.visit.endDate, lang)}
              </span>
            </div>
          </div>

          {draft.confidence ? <ConfidenceList confidence={draft.confidence} /> : null}

          {draft.people.length > 0 ? (
            <section aria-labelledby="review-people">
              <h2 id="review-people">{t('import.people', { count: draft.people.length })}</h2>
              <ul className="review-list">
                {draft.people.map((p) => (
                  <KeptRow
                    key={p.key}
                    kept={kept.people.has(p.key)}
                    onToggle={(on) => toggle('people', p.key, on)}
                    onSource={() => setShown(p.source)}
                  >
                    <b>{p.fullName}</b> {p.position ? `— ${p.position}` : ''}{' '}
                    <span className="muted">
                      · {t(`participants.side.${p.side}`)}
                      {p.head ? `, ${t('import.head')}` : ''}
                    </span>
                  </KeptRow>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="review-items">
            <h2 id="review-items">{t('import.items', { count: draft.items.length })}</h2>
            <ul className="review-list">
              {draft.items.map((i) => (
                <li
                  key={i.key}
                  data-testid="draft-item"
                  className={`review-item${kept.items.has(i.key) ? '' : ' dropped'}${shown === i.source ? ' selected' : ''}`}
                  onFocus={() => setShown(i.source)}
                  onClick={() => setShown(i.source)}
                >
                  <input
                    type="checkbox"
                    aria-label={`${t('import.keep')}: ${i.title}`}
                    checked={kept.items.has(i.key)}
                    disabled={isBundle}
                    onChange={(e) => toggle('items', i.key, e.target.checked)}
                  />
                  <input
                    type="date"
                    aria-label={t('programme.fields.date')}
                    value={i.date ?? ''}
                    disabled={isBundle}
                    onChange={(e) =>
                      isLocalDate(e.target.value) && setItem(i.key, { date: e.target.value })
                    }
                  />
                  <span className="review-time">
                    {i.start ? `${i.start}${i.end ? `–${i.end}` : ''}` : ''}
                  </span>
                  <select
                    aria-label={t('programme.fields.kind')}
                    value={i.kind}
                    disabled={isBundle}
                    onChange={(e) => setItem(i.key, { kind: e.target.value as ItemKind })}
                  >
                    {ITEM_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`itemKind.${k}`)}
                      </option>
                    ))}
                  </select>
                  <input
                    className="review-title"
                    aria-label={t('programme.fields.title')}
                    value={i.title}
                    disabled={isBundle}
                    onChange={(e) => setItem(i.key, { title: e.target.value })}
                  />
                  {i.venueName ? (
                    <span className="muted small review-venue">{i.venueName}</span>
                  ) : null}
                  {!i.date ? (
                    <span className="badge badge-warning">{t('import.noDate')}</span>
                  ) : null}
                  {i.planned ? (
                    <span className="badge" title={t('import.plannedHint')}>
                      {t('import.planned')}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>

          {directory && answers ? (
            <DirectoryMatches
              draft={draft}
              directory={directory}
              keptItems={kept.items}
              keptPeople={kept.people}
              answers={answers}
              onChange={setAnswers}
            />
          ) : null}

          {draft.documents.length > 0 ? (
            <section aria-labelledby="review-docs">
              <h2 id="review-docs">{t('import.documents', { count: draft.documents.length })}</h2>
              <ul className="review-list">
                {draft.documents.map((d) => (
                  <KeptRow
                    key={d.key}
                    kept={kept.documents.has(d.key)}
                    disabled={isBundle}
                    onToggle={(on) => toggle('documents', d.key, on)}
                    onSource={() => setShown(d.source)}
                  >
                    {t(`documents.type.${d.type}`)}: <b>{d.title}</b>
                    {d.signedOn ? ` · ${formatShortDate(d.signedOn, lang)}` : ''}
                  </KeptRow>
                ))}
              </ul>
            </section>
          ) : null}

          {draft.problems.length > 0 ? (
            <section aria-labelledby="review-problems">
              <h2 id="review-problems">{t('import.problems', { count: draft.problems.length })}</h2>
              <ul className="review-problems">
                {draft.problems.map((p, n) => (
                  <li key={n}>
                    <b>{p.reason}</b> {p.text ? <span className="muted">— {p.text}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside className="review-source card" aria-labelledby="review-source">
          <h2 id="review-source">{t('import.source')}</h2>
          {shown ? (
            <blockquote data-testid="source-text">{shown.text}</blockquote>
          ) : (
            <p className="muted">{t('import.sourceHint')}</p>
          )}
        </aside>
      </div>
    </div>
  )
}

interface KeptRowProps {
  kept: boolean
  disabled?: boolean
  onToggle(on: boolean): void
  onSource(): void
  children: ReactNode
}

/** A reviewed person or document: a keep box, its text, and a link to its source. */
function KeptRow({ kept, disabled, onToggle, onSource, children }: KeptRowProps) {
  const { t } = useTranslation()
  return (
    <li className={kept ? '' : 'dropped'}>
      <label className="check">
        <input
          type="checkbox"
          checked={kept}
          disabled={disabled}
          onChange={(e) => onToggle(e.target.checked)}
        />
        <span>{children}</span>
      </label>
      <button type="button" className="link-button small" onClick={onSource}>
        {t('import.source')}
      </button>
    </li>
  )
}

/** Beside the fields: how sure the reader is of each, and why, so the officer knows what to check. */
function ConfidenceList({ confidence }: { confidence: NonNullable<ImportDraft['confidence']> }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="review-confidence" className="card confidence-card">
      <h2 id="review-confidence">{t('import.confidence.title')}</h2>
      <dl className="confidence-list">
        {CONFIDENCE_FIELDS.map((field) => {
          const c = confidence[field]
          if (!c) return null
          return (
            <div
              key={field}
              className={`confidence confidence-${c.level}`}
              data-testid={`confidence-${field}`}
            >
              <dt>{t(`import.confidence.fields.${field}`)}</dt>
              <dd>
                <b>{t(`import.confidence.${c.level}`)}</b>:{' '}
                {t(`import.confidence.reasons.${c.reason}`)}
              </dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}
