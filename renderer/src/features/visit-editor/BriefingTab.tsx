import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportFormat, ExportOptions } from '../../../../shared/api/contract'
import {
  BRIEFING_SECTIONS,
  BRIEFING_VARIANTS,
  type BriefingSectionId,
  type BriefingVariant,
} from '../../../../shared/briefing/briefing-document'
import { SECOND_LANGS, type SecondLang } from '../../../../shared/domain/common'
import type { Directory } from '../../../../shared/domain/directory'
import { PARTNER_WORDS, missingTranslations } from '../../../../shared/i18n/second-language'
import { byPrecedence } from '../../../../shared/domain/people'
import type { Visit } from '../../../../shared/domain/visit'
import { useApi } from '../../api/ApiContext'
import { useApiData } from '../../api/use-api-data'
import { errorMessage } from '../../api/error-message'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useToast } from '../../components/Toasts'
import { EditionsPanel } from './EditionsPanel'
import { ExportButton } from './ExportButton'
import { useExportFile } from './useExportFile'
import { Button } from '../../components/Button'
import './briefing.css'

export interface BriefingTabProps {
  visit: Visit
  directory: Directory
}

interface Choice {
  lang: 'ru' | 'en'
  variant: BriefingVariant
  sections: { id: BriefingSectionId; on: boolean }[]
  includeSensitive: boolean
  classification?: string
  approval?: boolean
  /** A second column in the partner's language (guest programme and lists). */
  second?: SecondLang
}

const STORE_KEY = 'dp.briefing.options'
const PREVIEW_DELAY_MS = 350

function storedChoice(): Choice {
  const fallback: Choice = {
    lang: 'ru',
    variant: 'full',
    sections: BRIEFING_SECTIONS.map((id) => ({ id, on: true })),
    includeSensitive: false,
  }
  try {
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null') as Partial<Choice> | null
    if (!saved) return fallback
    const known = (saved.sections ?? []).filter((s) => BRIEFING_SECTIONS.includes(s.id))
    const missing = BRIEFING_SECTIONS.filter((id) => !known.some((s) => s.id === id))
    return {
      ...fallback,
      lang: saved.lang === 'en' ? 'en' : 'ru',
      variant: BRIEFING_VARIANTS.includes(saved.variant as BriefingVariant)
        ? (saved.variant as BriefingVariant)
        : 'full',
      sections: [...known, ...missing.map((id) => ({ id, on: true }))],
      classification: typeof saved.classification === 'string' ? saved.classification : undefined,
      approval: saved.approval === true,
      ...(SECOND_LANGS.includes(saved.second as SecondLang)
        ? { second: saved.second as SecondLang }
        : {}),
      // Passport data is never carried over: each export asks again.
      includeSensitive: false,
    }
  } catch {
    return fallback
  }
}

/** The latest previews (visit and options → page), so the tab shows one at once when reopened. */
const previewCache = new Map<string, string>()
const PREVIEWS_KEPT = 8
function rememberPreview(key: string, html: string) {
  previewCache.delete(key)
  previewCache.set(key, html)
  while (previewCache.size > PREVIEWS_KEPT) previewCache.delete(previewCache.keys().next().value!)
}

/** The briefing for officials: options, the live preview (the very page that is printed), exports. */
export function BriefingTab({ visit, directory }: BriefingTabProps) {
  const { t } = useTranslation()
  const api = useApi()
  const toast = useToast()
  const [choice, setChoice] = useState<Choice>(storedChoice)
  const [refreshing, setRefreshing] = useState(false)
  const { busy, exportAs: exportFile } = useExportFile(visit.id)
  const [personId, setPersonId] = useState('')
  // A programme export issues an edition: the panel and the preview are read again after each.
  const [exports, setExports] = useState(0)
  const { second, ...rest } = choice
  const options: ExportOptions = rest.variant === 'guest' && second ? { ...rest, second } : rest
  const untranslated =
    choice.variant === 'guest' && second ? missingTranslations(visit, directory, second) : []
  const optionsKey = JSON.stringify(options)
  const cacheKey = `${visit.id}|${optionsKey}`
  // The last preview of these options is shown at once; a fresh one replaces it when ready.
  const [html, setHtml] = useState(() => previewCache.get(cacheKey) ?? '')
  useEffect(() => {
    const cached = previewCache.get(cacheKey)
    if (cached) setHtml(cached)
  }, [cacheKey])

  useEffect(() => {
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify({ ...choice, includeSensitive: false }))
    } catch {
      // Without storage the choice lasts for this session only.
    }
  }, [choice])

  // The preview follows the options and every saved change of the visit.
  useEffect(() => {
    let live = true
    setRefreshing(true)
    const timer = window.setTimeout(() => {
      api
        .renderBriefing(visit.id, JSON.parse(optionsKey) as ExportOptions)
        .then((r) => {
          rememberPreview(`${visit.id}|${optionsKey}`, r.html)
          if (live) setHtml(r.html)
        })
        .catch((err: unknown) => live && toast(errorMessage(t, err), 'error'))
        .finally(() => live && setRefreshing(false))
    }, PREVIEW_DELAY_MS)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, visit, optionsKey, t, toast, exports])

  // The guest copy goes out with nothing open, or with the officer's recorded waiver.
  const guestCopy = choice.variant === 'guest'
  const openQuestions =
    useApiData(
      (a) => (guestCopy ? a.getOpenQuestions(visit.id, options) : Promise.resolve([])),
      [visit, optionsKey],
    ).data ?? []
  const [waiving, setWaiving] = useState<ExportFormat | null>(null)

  const exportAs = (format: ExportFormat, waive = false) => {
    if (
      guestCopy &&
      (format === 'pdf' || format === 'docx') &&
      openQuestions.length > 0 &&
      !waive
    ) {
      setWaiving(format)
      return Promise.resolve()
    }
    return exportFile(format, {
      ...options,
      ...(waive ? { waive: true } : {}),
      ...(format === 'ics' && personId ? { personId } : {}),
    }).finally(() => setExports((n) => n + 1))
  }

  const move = (index: number, delta: number) => {
    const list = [...choice.sections]
    const target = index + delta
    if (target < 0 || target >= list.length) return
    ;[list[index], list[target]] = [list[target]!, list[index]!]
    setChoice({ ...choice, sections: list })
  }
  const participants = directory.people
    .filter((p) => visit.participantIds.includes(p.id))
    .sort((a, b) => a.side.localeCompare(b.side) || byPrecedence(a, b))

  return (
    <div className="briefing">
      <aside className="briefing-options" aria-label={t('briefing.options.title')}>
        <EditionsPanel visit={visit} refresh={exports} />
        <h2>{t('briefing.options.title')}</h2>
        <label className="field">
          <span className="cell-label">{t('briefing.options.language')}</span>
          <select
            value={choice.lang}
            onChange={(e) => setChoice({ ...choice, lang: e.target.value as 'ru' | 'en' })}
          >
            <option value="ru">{t('language.ru')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
        </label>
        <fieldset className="plain-fieldset">
          <legend className="cell-label">{t('briefing.options.variant')}</legend>
          {BRIEFING_VARIANTS.map((v) => (
            <label key={v} className="check">
              <input
                type="radio"
                name="briefing-variant"
                checked={choice.variant === v}
                onChange={() => setChoice({ ...choice, variant: v })}
              />
              <span>{t(`briefing.options.variants.${v}`)}</span>
            </label>
          ))}
        </fieldset>
        {choice.variant === 'guest' ? (
          <label className="check">
            <input
              type="checkbox"
              checked={choice.approval ?? false}
              onChange={(e) => setChoice({ ...choice, approval: e.target.checked })}
            />
            <span>{t('briefing.options.approval')}</span>
          </label>
        ) : null}
        {choice.variant === 'guest' ? (
          <label className="field">
            <span className="cell-label">{t('briefing.options.second')}</span>
            <select
              value={choice.second ?? ''}
              onChange={(e) => {
                const { second: _drop, ...without } = choice
                const value = e.target.value as SecondLang | ''
                setChoice(value ? { ...without, second: value } : without)
              }}
            >
              <option value="">{t('briefing.options.secondNone')}</option>
              {SECOND_LANGS.map((l) => (
                <option key={l} value={l}>
                  {t('language.ru')} + {PARTNER_WORDS[l].name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {guestCopy ? (
          openQuestions.length > 0 ? (
            <details className="banner banner-warning small open-questions" open>
              <summary>
                {t('preflight.title')}: {openQuestions.length}
              </summary>
              <p>{t('preflight.hint')}</p>
              <ul>
                {openQuestions.slice(0, 40).map((q, n) => (
                  <li key={n}>{q.text}</li>
                ))}
              </ul>
            </details>
          ) : (
            <p className="muted small">{t('preflight.none')}</p>
          )
        ) : null}
        {untranslated.length > 0 ? (
          <details className="banner banner-warning small untranslated">
            <summary>{t('briefing.options.untranslated', { count: untranslated.length })}</summary>
            <p>{t('briefing.options.untranslatedHint')}</p>
            <ul>
              {untranslated.slice(0, 40).map((m) => (
                <li key={`${m.kind}-${m.id}`}>
                  <span className="muted">{t(`briefing.options.untranslatedKind.${m.kind}`)}:</span>{' '}
                  {m.text}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <label className="field">
          <span className="cell-label">{t('briefing.options.classification')}</span>
          <input
            value={
              choice.classification ??
              (choice.variant === 'guest' ? '' : t('briefing.classificationDefault'))
            }
            maxLength={200}
            onChange={(e) => setChoice({ ...choice, classification: e.target.value })}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={choice.includeSensitive}
            onChange={(e) => setChoice({ ...choice, includeSensitive: e.target.checked })}
          />
          <span>{t('briefing.options.sensitive')}</span>
        </label>
        {choice.includeSensitive ? (
          <p className="banner banner-warning small" role="alert">
            {t('briefing.options.sensitiveWarning')}
          </p>
        ) : null}
        {choice.variant === 'full' ? (
          <fieldset className="plain-fieldset">
            <legend className="cell-label">{t('briefing.options.sections')}</legend>
            <ol className="section-order">
              {choice.sections.map((s, i) => (
                <li key={s.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={s.on}
                      onChange={(e) =>
                        setChoice({
                          ...choice,
                          sections: choice.sections.map((x) =>
                            x.id === s.id ? { ...x, on: e.target.checked } : x,
                          ),
                        })
                      }
                    />
                    <span>{t(`briefing.sections.${s.id}`)}</span>
                  </label>
                  <span className="order-buttons">
                    <Button
                      variant="quiet"
                      small
                      aria-label={`${t('briefing.options.up')}: ${t(`briefing.sections.${s.id}`)}`}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      ↑
                    </Button>
                    <Button
                      variant="quiet"
                      small
                      aria-label={`${t('briefing.options.down')}: ${t(`briefing.sections.${s.id}`)}`}
                      disabled={i === choice.sections.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      ↓
                    </Button>
                  </span>
                </li>
              ))}
            </ol>
          </fieldset>
        ) : null}
        <div className="export-buttons">
          <ExportButton
            format="pdf"
            label={t('briefing.options.pdf')}
            busy={busy}
            primary
            onExport={exportAs}
          />
          <ExportButton
            format="docx"
            label={t('briefing.options.docx')}
            busy={busy}

            onExport={exportAs}
          />
          <label className="field">
            <span className="cell-label">{t('briefing.options.person')}</span>
            <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t('briefing.options.everyone')}</option>
              {participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.fullName}
                </option>
              ))}
            </select>
          </label>
          <ExportButton
            format="ics"
            label={t('briefing.options.ics')}
            busy={busy}

            onExport={exportAs}
          />
        </div>
      </aside>
      <section
        className="briefing-preview"
        aria-label={t('briefing.options.preview')}
        aria-busy={refreshing}
      >
        {html && refreshing ? (
          <p className="preview-refreshing muted small" role="status">
            {t('briefing.options.previewRefreshing')}
          </p>
        ) : null}
        {html ? (
          <iframe
            title={t('briefing.options.preview')}
            className="preview-frame"
            sandbox=""
            srcDoc={html}
          />
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </section>
      <ConfirmDialog
        open={waiving !== null}
        onOpenChange={(open) => !open && setWaiving(null)}
        title={t('preflight.title')}
        body={t('preflight.hint')}
        details={openQuestions.map((q) => q.text)}
        confirmLabel={t('preflight.waive')}
        onConfirm={() => {
          const format = waiving
          setWaiving(null)
          if (!format) return
          void exportAs(format, true).then(() =>
            toast(t('preflight.waived', { count: openQuestions.length })),
          )
        }}
      />
    </div>
  )
}
