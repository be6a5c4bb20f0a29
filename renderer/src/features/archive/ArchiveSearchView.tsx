import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DIRECTIONS, VISIT_STATUSES } from '../../../../shared/domain/visit'
import { ITEM_KINDS } from '../../../../shared/domain/itinerary-item'
import {
  SEARCH_KINDS,
  type SearchFilters,
  type SearchHit,
  type SearchKind,
} from '../../../../shared/search/search-index'
import type { VisitSummary } from '../../../../shared/api/contract'
import { formatDateRange, type UiLanguage } from '../../../../shared/time/local-date'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { CounterpartHistory } from '../../components/CounterpartHistory'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toasts'
import { Button } from '../../components/Button'
import { useApiData } from '../../api/use-api-data'

const ANY = '__any__'

/** Splits a title so that the words that matched are marked. */
export function highlight(text: string, matched: string[]): ReactNode[] {
  if (matched.length === 0) return [text]
  const wanted = new Set(matched.map((w) => w.toLocaleLowerCase('ru')))
  return text
    .split(/([\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*)/u)
    .map((part, n) =>
      wanted.has(part.toLocaleLowerCase('ru')) ? <mark key={n}>{part}</mark> : part,
    )
}

/** Search across visits, documents, people, organisations and venues, with filters. */
export function ArchiveSearchView() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const api = useApi()
  const toast = useToast()
  const [query, setQuery] = useState('')
  const [kinds, setKinds] = useState<SearchKind[]>([])
  const [year, setYear] = useState(ANY)
  const [direction, setDirection] = useState(ANY)
  const [status, setStatus] = useState(ANY)
  const [itemKind, setItemKind] = useState(ANY)
  const [country, setCountry] = useState('')
  const [hits, setHits] = useState<SearchHit[] | null>(null)
  const [partner, setPartner] = useState<{ country: string; region: string } | null>(null)
  const list = useApiData((a) => a.listVisits(), [], { refreshOn: (e) => e.type === 'visit' }).data
  const visits = useMemo(
    () => new Map<string, VisitSummary>((list ?? []).map((v) => [v.id, v])),
    [list],
  )

  const years = useMemo(() => {
    const now = new Date().getFullYear()
    return Array.from({ length: 20 }, (_, n) => String(now + 1 - n))
  }, [])

  const filters: SearchFilters = useMemo(
    () => ({
      ...(kinds.length ? { kinds } : {}),
      ...(year !== ANY ? { year: Number(year) } : {}),
      ...(direction !== ANY ? { direction } : {}),
      ...(status !== ANY ? { status } : {}),
      ...(itemKind !== ANY ? { itemKind } : {}),
      ...(country.trim() ? { country: country.trim() } : {}),
    }),
    [kinds, year, direction, status, itemKind, country],
  )

  useEffect(() => {
    if (!query.trim()) {
      setHits(null)
      return
    }
    let live = true
    const timer = window.setTimeout(() => {
      api.searchArchive(query, filters).then(
        (h) => live && setHits(h),
        (err: unknown) => toast(errorMessage(t, err), 'error'),
      )
    }, 120)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, query, filters, t, toast])

  const option = (value: string, label: string) => ({ value, label })
  const any = option(ANY, t('archive.search.any'))
  const reset = () => {
    setKinds([])
    setYear(ANY)
    setDirection(ANY)
    setStatus(ANY)
    setItemKind(ANY)
    setCountry('')
  }

  return (
    <div className="archive-search">
      <div className="search-box">
        <TextField
          className="field-wide"
          label={t('archive.search.label')}
          value={query}
          maxLength={500}
          placeholder={t('archive.search.placeholder')}
          onChange={setQuery}
          hint={`${t('archive.search.hint')} ${t('archive.search.shortcut')}.`}
          autoFocus
        />
      </div>
      <fieldset className="search-kinds">
        <legend>{t('archive.search.kinds')}</legend>
        {SEARCH_KINDS.map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={kinds.includes(k)}
              onChange={(e) =>
                setKinds(e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))
              }
            />
            <span>{t(`archive.search.kind.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="search-filters">
        <SelectField
          label={t('archive.search.year')}
          value={year}
          options={[any, ...years.map((y) => option(y, y))]}
          onChange={setYear}
        />
        <TextField label={t('archive.search.country')} value={country} onChange={setCountry} />
        <SelectField
          label={t('archive.search.direction')}
          value={direction}
          options={[any, ...DIRECTIONS.map((d) => option(d, t(`visit.direction.${d}`)))]}
          onChange={setDirection}
        />
        <SelectField
          label={t('archive.search.status')}
          value={status}
          options={[any, ...VISIT_STATUSES.map((s) => option(s, t(`visit.status.${s}`)))]}
          onChange={setStatus}
        />
        <SelectField
          label={t('archive.search.itemKind')}
          value={itemKind}
          options={[any, ...ITEM_KINDS.map((k) => option(k, t(`itemKind.${k}`)))]}
          onChange={setItemKind}
        />
        <Button variant="quiet" small onClick={reset}>
          {t('archive.search.reset')}
        </Button>
      </div>
      {hits ? (
        <p className="muted" role="status">
          {hits.length
            ? t('archive.search.results', { count: hits.length })
            : t('archive.search.none')}
        </p>
      ) : null}
      <ol className="search-hits" aria-label={t('archive.search.label')}>
        {(hits ?? []).map((hit) => {
          const visit = hit.visitId ? visits.get(hit.visitId) : undefined
          const href = hit.visitId
            ? `#/visits/${hit.visitId}${hit.kind === 'agreement' ? '/documents' : ''}`
            : undefined
          const partnerOf = visit
            ? { country: visit.partnerCountry, region: visit.partnerRegion }
            : undefined
          return (
            <li key={hit.id} className={`search-hit hit-${hit.kind}`}>
              <span className="badge">{t(`archive.search.kind.${hit.kind}`)}</span>{' '}
              {href ? (
                <a href={href}>{highlight(hit.title, hit.matched)}</a>
              ) : (
                <span className="hit-title">{highlight(hit.title, hit.matched)}</span>
              )}
              {hit.kind === 'visit' && visit ? (
                <span className="muted small">
                  {' '}
                  · {formatDateRange(visit.startDate, visit.endDate, lang)}
                </span>
              ) : null}
              {hit.kind === 'agreement' && visit ? (
                <span className="muted small">
                  {' '}
                  · {t('archive.search.inVisit', { title: visit.title })}
                </span>
              ) : null}
              {hit.matched.length ? (
                <span className="hit-words muted small">
                  {' '}
                  · {hit.matched.slice(0, 8).join(', ')}
                </span>
              ) : null}
              {partnerOf && (partnerOf.region || partnerOf.country) ? (
                <Button variant="quiet" small onClick={() => setPartner(partnerOf)}>
                  {t('archive.search.history')}
                </Button>
              ) : null}
            </li>
          )
        })}
      </ol>
      {partner ? <CounterpartHistory country={partner.country} region={partner.region} /> : null}
    </div>
  )
}
