// `npm run bench`: timings against the budgets named in the issues, printed as a table.
// Needs a built renderer (`npm run build`) and Debian's Chromium for the browser rows.
import { existsSync } from 'node:fs'
import { computeEstimate } from '../../shared/paperwork/estimate'
import { SAMPLE_COST_NORMS } from '../../shared/domain/cost-norms'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { chromium } from '@playwright/test'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir, repoRendererDir } from '../../electron/services/paths'
import { ChromiumPdfPrinter } from '../../electron/node-host/pdf-printer-chromium'
import { startNodeHost } from '../../electron/node-host/server'
import { ArchiveSearch } from '../../electron/services/search-service'
import { writeArchive } from './archive-data'
import { loadCorpus, readerOptions, scoreText, summarise } from '../press/corpus'
import { loadMorphology } from '../../electron/services/morphology'
import { storageRows } from './storage'
import { Store } from '../../electron/services/store/open-store'
import { systemClock } from '../../shared/time/clock'
import { buildChecklist } from '../../shared/domain/checklist'
import { detectConflicts } from '../../shared/domain/conflicts'
import type { Directory } from '../../shared/domain/directory'
import type { ItineraryItem } from '../../shared/domain/itinerary-item'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import type { Visit } from '../../shared/domain/visit'
import {
  parsePressRelease,
  scoreDraft,
  type PressReleaseAnnotation,
} from '../../shared/import/parse-press-release'
import { shiftDate } from '../../shared/time/local-date'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
import { CHROMIUM_ARGS } from '../../playwright.config'

interface Row {
  name: string
  budgetMs?: number
  medianMs: number
  p95Ms: number
  runs: number
}
const rows: Row[] = []
/** Named figures for `--json`. */
const figures: Record<string, number> = {}

function measure(name: string, runs: number, fn: () => unknown, budgetMs?: number) {
  for (let i = 0; i < Math.min(20, runs); i++) fn() // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  rows.push({ name, budgetMs, runs, ...stats(times) })
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
  return { medianMs: at(0.5), p95Ms: at(0.95) }
}

/** The Zhambyl sample grown to 80 items over 5 days: 16 a day, 08:00–20:00, shared people. */
function bigVisit(template: Visit, directory: Directory): Visit {
  const venues = directory.venues.map((v) => v.id)
  const people = template.participantIds
  const kinds: ItineraryItem['kind'][] = ['meeting', 'site-tour', 'transfer', 'meal', 'talks']
  const items: ItineraryItem[] = []
  for (let day = 0; day < 5; day++)
    for (let n = 0; n < 16; n++) {
      const start = 8 * 60 + n * 45
      const kind = kinds[n % kinds.length]!
      const base = {
        id: `b${day}-${n}`,
        date: shiftDate(template.startDate, day),
        start: `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`,
        end: `${String(Math.floor((start + 50) / 60)).padStart(2, '0')}:${String((start + 50) % 60).padStart(2, '0')}`,
        title: `Пункт ${day + 1}.${n + 1}`,
        venueId: venues[(day * 16 + n) % venues.length],
        participantIds: people.slice(0, 2 + (n % Math.max(1, people.length - 1))),
      }
      items.push(
        kind === 'transfer'
          ? { ...base, kind, fromVenueId: venues[(day * 16 + n + 3) % venues.length] }
          : ({ ...base, kind } as ItineraryItem),
      )
    }
  return { ...template, items, endDate: shiftDate(template.startDate, 4) }
}

/** Press-release parser accuracy against the hand-made annotations, one row per text. */
async function parserAccuracy() {
  const folder = join(repoRoot, 'test', 'fixtures', 'press-releases')
  const annotations = JSON.parse(
    await readFile(join(folder, 'annotations.json'), 'utf8'),
  ) as Record<string, PressReleaseAnnotation>
  const table: string[][] = []
  const total = { events: 0, found: 0, dates: 0, docs: 0, docsFound: 0, noise: 0 }
  for (const [file, annotation] of Object.entries(annotations)) {
    const text = await readFile(join(folder, file), 'utf8')
    const t0 = performance.now()
    const draft = parsePressRelease(text, { year: annotation.year, today: annotation.today })
    const ms = performance.now() - t0
    const s = scoreDraft(draft, annotation)
    total.events += s.eventsExpected
    total.found += s.eventsFound
    total.dates += s.datesRight
    total.docs += s.documentsExpected
    total.docsFound += s.documentsFound
    total.noise += s.noiseItems
    table.push([
      file,
      `${s.eventsFound}/${s.eventsExpected}`,
      `${s.datesRight}/${s.eventsExpected}`,
      `${s.documentsFound}/${s.documentsExpected}`,
      String(s.noiseItems),
      ms.toFixed(1),
    ])
  }
  table.push([
    'total',
    `${total.found}/${total.events}`,
    `${total.dates}/${total.events}`,
    `${total.docsFound}/${total.docs}`,
    String(total.noise),
    '',
  ])
  printTable(
    ['Press release', 'Events found', 'Dates right', 'Documents found', 'Furniture items', 'ms'],
    table,
  )
  console.log('')
}

/**
 * The corpus of real press releases (test/fixtures/press), field by field: the development part
 * one row per text, the part kept aside only in aggregate.
 */
async function corpusAccuracy() {
  const morph = await loadMorphology()
  const pct = (x: number) => `${Math.round(x * 100)} %`
  const rowsOf = (split: 'dev' | 'held') =>
    loadCorpus(split).map(({ file, text, a }) => ({
      file,
      score: scoreText(parsePressRelease(text, { ...readerOptions(a), morph }), a),
    }))
  const dev = rowsOf('dev')
  const held = rowsOf('held')
  const yes = (b: boolean | undefined) => (b === undefined ? '–' : b ? '✓' : '✗')
  printTable(
    [
      'Real press release (development)',
      'Dir.',
      'Partner',
      'Head',
      'Dates',
      'Events',
      'Docs',
      'Extra',
      'Furn.',
    ],
    dev.map(({ file, score: s }) => [
      file.replace(/\.txt$/u, ''),
      yes(s.direction),
      yes(s.partner),
      yes(s.head),
      yes(s.dates),
      `${s.eventsFound}/${s.events}`,
      `${s.documentsFound}/${s.documents}`,
      `${s.extraItems}+${s.extraDocuments}`,
      String(s.furniture),
    ]),
  )
  const table = [
    ['development', summarise(dev.map((r) => r.score))],
    ['kept aside', summarise(held.map((r) => r.score))],
  ] as const
  printTable(
    [
      'Corpus part',
      'Texts',
      'Direction',
      'Partner',
      'Head',
      'Dates',
      'Events found',
      'Events dated',
      'Documents',
      'Furniture items',
      'Extra items',
    ],
    table.map(([name, s]) => [
      name,
      String(s.texts),
      pct(s.direction),
      pct(s.partner),
      pct(s.head),
      pct(s.dates),
      pct(s.events),
      pct(s.eventsDated),
      pct(s.documents),
      String(s.furniture),
      `${s.extraItems}+${s.extraDocuments}`,
    ]),
  )
  // Events by kind, found of expected, in each part.
  const byKind = (rows: typeof dev) => {
    const t: Record<string, [number, number]> = {}
    for (const { score } of rows)
      for (const [kind, [expected, found]] of Object.entries(score.byKind)) {
        const k = (t[kind] ??= [0, 0])
        k[0] += expected ?? 0
        k[1] += found ?? 0
      }
    return t
  }
  const [devKinds, heldKinds] = [byKind(dev), byKind(held)]
  const kinds = Object.keys({ ...devKinds, ...heldKinds }).sort(
    (a, b) => (devKinds[b]?.[0] ?? 0) - (devKinds[a]?.[0] ?? 0),
  )
  const cell = (k?: [number, number]) => (k ? `${k[1]}/${k[0]}` : '–')
  printTable(
    ['Events by kind', 'Development', 'Kept aside'],
    kinds.map((k) => [k, cell(devKinds[k]), cell(heldKinds[k])]),
  )
  // A hostile text of the largest size a press release may be: no place, no stop, one long word.
  const hostile =
    'В '.repeat(50_000) + 'делегация '.repeat(20_000) + 'посетит ' + 'а'.repeat(100_000)
  measure(
    'Press-release reader, a hostile 400 KB text (one sentence, no place)',
    3,
    () => parsePressRelease(hostile, { today: '2026-12-03', morph }),
    3000,
  )
  const heldSummary = table[1][1]
  Object.assign(figures, {
    corpus_held_direction: heldSummary.direction,
    corpus_held_partner: heldSummary.partner,
    corpus_held_head: heldSummary.head,
    corpus_held_dates: heldSummary.dates,
    corpus_held_events: heldSummary.events,
    corpus_held_documents: heldSummary.documents,
    corpus_held_furniture: heldSummary.furniture,
  })
  console.log('')
}

/** Search latency and start-up time on generated archives of 1,000 and 5,000 visits. */
async function archiveRows(sample: Visit) {
  const queries = [
    'Жамбылская область',
    'меморандума',
    'Zhambyl',
    'Витебской',
    'Хэйлунцзян подписание',
    'Есмагамбетва',
    'АЭС',
    'Самарканд',
  ]
  for (const count of [1000, 5000]) {
    const dataDir = await mkdtemp(join(tmpdir(), 'dp-archive-'))
    try {
      await writeArchive(dataDir, count, sample)
      // An archive's files are older than the moment it is opened: the catalog trusts no stamp
      // taken within seconds of the file's last change (VisitCatalog's racy window).
      await new Promise((resolve) => setTimeout(resolve, 6000))
      // First start: every file validated, the index built from them and written.
      let t0 = performance.now()
      const first = await createAppApi({ dataDir, bundledDir: repoBundledDir })
      await first.searchArchive('визит', {})
      const firstOpen = performance.now() - t0
      await first.close()
      // Next start: files unchanged since validated, the index read from its file.
      t0 = performance.now()
      const api = await createAppApi({ dataDir, bundledDir: repoBundledDir })
      const open = performance.now() - t0
      const store = await Store.open({ dataDir, clock: systemClock })
      const summaries = await api.listVisits()
      const { directory } = await api.getDirectory()
      const loads: number[] = []
      for (let round = 0; round < 5; round++) {
        const t1 = performance.now()
        const loaded = await ArchiveSearch.open(store, summaries, directory, async () => undefined)
        loads.push(performance.now() - t1)
        if (loaded.report.outcome !== 'loaded') throw new Error('the index file was not reused')
      }
      const records = await Promise.all(summaries.map((v) => api.getVisit(v.id)))
      const t2 = performance.now()
      ArchiveSearch.inMemory(records, directory)
      const build = performance.now() - t2
      // The index opens at the first search (measured above as the index load), not in these.
      await api.searchArchive(queries[0]!, {})
      const times: number[] = []
      for (let round = 0; round < 10; round++)
        for (const q of queries) {
          const s0 = performance.now()
          await api.searchArchive(q, {})
          times.push(performance.now() - s0)
        }
      const sorted = [...times].sort((a, b) => a - b)
      const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
      if (count === 5000) {
        figures.search_p50_ms = p(0.5)
        figures.search_p99_ms = p(0.99)
        figures.index_load_ms = stats(loads).medianMs
        figures.index_build_ms = build
        figures.open_5000_ms = open
      }
      rows.push({
        name: `Search, ${count} visits: p50`,
        budgetMs: count === 5000 ? 20 : undefined,
        runs: times.length,
        medianMs: p(0.5),
        p95Ms: p(0.95),
      })
      rows.push({
        name: `Search, ${count} visits: p99`,
        budgetMs: count === 5000 ? 60 : undefined,
        runs: times.length,
        medianMs: p(0.99),
        p95Ms: p(0.99),
      })
      rows.push({
        name: `Open the app on ${count} visits, first time (validate all, build index)`,
        runs: 1,
        medianMs: firstOpen,
        p95Ms: firstOpen,
      })
      rows.push({
        name: `Open the app on ${count} visits again (index file reused)`,
        runs: 1,
        medianMs: open,
        p95Ms: open,
      })
      rows.push({
        name: `Index load from file, ${count} visits`,
        budgetMs: count === 5000 ? 300 : undefined,
        runs: loads.length,
        ...stats(loads),
      })
      rows.push({
        name: `Index build from visits (when missing or stale), ${count} visits`,
        runs: 1,
        medianMs: build,
        p95Ms: build,
      })
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }
}

/**
 * `npm run bench -- archive` runs one section (parser, cli, planning, archive, storage, export,
 * browser); `--json` prints one JSON object instead of the table.
 */
const args = process.argv.slice(2)
const asJson = args.includes('--json')
const only = args.find((a) => !a.startsWith('--'))
const wanted = (section: string) => !only || only === section

/**
 * The compiled CLI's start: `list --json` on a folder with no visits, against a bare `node -e 0`
 * measured in the same run (budget: 10 ×). Needs the build (`npm run build`).
 */
async function cliRows() {
  const cli = join(repoRoot, 'out', 'cli', 'index.js')
  if (!existsSync(cli)) return console.warn('CLI not built: run `npm run build` for the CLI rows.')
  const { execFileSync } = await import('node:child_process')
  const dataDir = await mkdtemp(join(tmpdir(), 'dp-cli-'))
  const run = (args: string[]) => {
    const t0 = performance.now()
    execFileSync(process.execPath, args, { stdio: 'ignore' })
    return performance.now() - t0
  }
  try {
    run([cli, 'list', '--json', '--data-dir', dataDir]) // the first start makes the folder
    const node: number[] = []
    const cliTimes: number[] = []
    for (let n = 0; n < 10; n++) {
      node.push(run(['-e', '0']))
      cliTimes.push(run([cli, 'list', '--json', '--data-dir', dataDir]))
    }
    const nodeMs = stats(node).medianMs
    figures.node_start_ms = nodeMs
    figures.cli_start_ms = stats(cliTimes).medianMs
    rows.push({ name: 'node -e 0 (a bare Node start)', runs: 10, ...stats(node) })
    rows.push({
      name: 'CLI list --json, built, no visits (budget: 10 × a bare Node start)',
      budgetMs: 10 * nodeMs,
      runs: 10,
      ...stats(cliTimes),
    })
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

async function main() {
  if (wanted('parser')) await parserAccuracy()
  if (wanted('parser') || wanted('corpus')) await corpusAccuracy()
  if (wanted('cli')) await cliRows()
  const dataDir = await mkdtemp(join(tmpdir(), 'dp-bench-'))
  try {
    const api = await createAppApi({ dataDir, bundledDir: repoBundledDir })
    const zhambyl = await api.createVisitFromTemplate('tpl-zhambyl-2025', {
      startDate: '2026-12-07',
    })
    const sample = await api.createVisitFromTemplate('tpl-zhambyl-2025', {
      startDate: '2026-12-07',
    })
    const { directory } = await api.getDirectory()
    const visit = bigVisit(sample.visit, directory)
    const settings = defaultPlanningSettings()
    const options = { today: '2026-11-28', settings }
    const found = detectConflicts(visit, directory, options).length

    if (wanted('planning'))
      measure(
        `detectConflicts, 5 days × 16 = ${visit.items.length} items (${found} conflicts)`,
        300,
        () => detectConflicts(visit, directory, options),
        5,
      )
    if (wanted('planning'))
      measure(`buildChecklist, ${visit.items.length} items`, 300, () =>
        buildChecklist(visit, directory, '2026-11-28'),
      )
    if (wanted('planning'))
      measure(`computeEstimate (смета), ${visit.items.length} items`, 300, () =>
        computeEstimate(visit, directory, SAMPLE_COST_NORMS),
      )
    const saved = await api.saveVisit(visit, sample.revision)
    if (wanted('planning')) {
      // An edition of the 80-item visit after each change of one item: freeze, write, diff.
      await api.issueEdition(saved.visit.id)
      const times: number[] = []
      for (let n = 0; n < 30; n++) {
        const current = await api.getVisit(saved.visit.id)
        const items = current.visit.items.map((item, k) =>
          k === n ? { ...item, title: `${item.title} (изм. ${n})` } : item,
        )
        await api.saveVisit({ ...current.visit, items }, current.revision)
        const t0 = performance.now()
        await api.issueEdition(saved.visit.id)
        await api.listEditions(saved.visit.id)
        times.push(performance.now() - t0)
      }
      rows.push({
        name: `Issue an edition and list the changes, ${visit.items.length} items`,
        budgetMs: 50,
        runs: times.length,
        ...stats(times),
      })
    }
    if (wanted('archive')) await archiveRows(zhambyl.visit)
    if (wanted('storage')) {
      const storage = await storageRows(zhambyl.visit)
      rows.push(...storage.rows)
      Object.assign(figures, storage.figures)
    }
    if (wanted('export') && existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))
      await exportRows(dataDir, zhambyl.visit.id, saved.visit.id)

    if (!wanted('browser')) {
      // skipped
    } else if (!existsSync(join(repoRendererDir, 'index.html'))) {
      console.warn('Renderer not built: run `npm run build` for the browser rows.')
    } else if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
      console.warn('Chromium not found: browser rows skipped.')
    } else {
      await browserRows(api, visit.id)
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
  print()
}

/**
 * Briefing PDF export through the same API as the app: warm (Chromium already running, as the app
 * keeps it) and cold (a new printer, so Chromium starts for the one export).
 */
async function exportRows(dataDir: string, zhambylId: string, bigId: string) {
  const warmPrinter = new ChromiumPdfPrinter()
  try {
    await warmPrinter.warmUp()
    const api = await createAppApi({ dataDir, bundledDir: repoBundledDir, printer: warmPrinter })
    for (const [label, id] of [
      ['Zhambyl sample', zhambylId],
      ['5 days × 16 = 80 items', bigId],
    ] as const) {
      await api.exportVisit(id, 'pdf', {}) // first use: fonts read, page laid out once
      const warm: number[] = []
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now()
        await api.exportVisit(id, 'pdf', {})
        warm.push(performance.now() - t0)
      }
      if (label === 'Zhambyl sample') figures.briefing_export_ms = stats(warm).medianMs
      rows.push({
        name: `Briefing PDF, ${label}, Chromium running`,
        budgetMs: 1500,
        runs: warm.length,
        ...stats(warm),
      })
      const cold: number[] = []
      for (let i = 0; i < 3; i++) {
        const printer = new ChromiumPdfPrinter()
        const coldApi = await createAppApi({ dataDir, bundledDir: repoBundledDir, printer })
        const t0 = performance.now()
        await coldApi.exportVisit(id, 'pdf', {})
        cold.push(performance.now() - t0)
        await printer.close()
      }
      rows.push({
        name: `Briefing PDF, ${label}, cold (Chromium starts)`,
        budgetMs: 3000,
        runs: cold.length,
        ...stats(cold),
      })
      if (label === 'Zhambyl sample') await cliExportRow(dataDir, id, stats(warm).medianMs)
    }
  } finally {
    await warmPrinter.close()
  }
}

/**
 * The built CLI's briefing PDF, from process start to the file on disk (Node starts, reads the
 * folder, starts Chromium, prints), against the in-process warm export (budget: 3 ×).
 */
async function cliExportRow(dataDir: string, visitId: string, warmMs: number) {
  const cli = join(repoRoot, 'out', 'cli', 'index.js')
  if (!existsSync(cli)) return console.warn('CLI not built: run `npm run build` for the CLI rows.')
  const { execFileSync } = await import('node:child_process')
  const outDir = await mkdtemp(join(tmpdir(), 'dp-cli-export-'))
  try {
    const times: number[] = []
    for (let n = 0; n < 3; n++) {
      const file = join(outDir, `briefing-${n}.pdf`)
      const t0 = performance.now()
      execFileSync(
        process.execPath,
        [cli, 'export', visitId, '--doc', 'briefing', '--out', file, '--data-dir', dataDir],
        { stdio: 'ignore' },
      )
      times.push(performance.now() - t0)
      if (!existsSync(file)) throw new Error(`the CLI wrote no ${file}`)
    }
    figures.cli_briefing_export_ms = stats(times).medianMs
    rows.push({
      name: 'Briefing PDF, Zhambyl sample, CLI export: process start → file (budget: 3 × warm)',
      budgetMs: 3 * warmMs,
      runs: times.length,
      ...stats(times),
    })
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}

/**
 * Runs in the page (a string, so the bundler's helpers do not leak into it): clicks 'Сетка',
 * notes when all 80 blocks are in the DOM and when the next frame has been painted.
 */
const GRID_TIMING = `(async () => {
  const button = [...document.querySelectorAll('[role="radio"]')].find((b) => b.textContent === 'Сетка')
  const count = () => document.querySelectorAll('.grid-item').length
  const t0 = performance.now()
  const inDom = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (count() >= 80) {
        observer.disconnect()
        resolve(performance.now() - t0)
      }
    })
    observer.observe(document.body, { childList: true, subtree: true })
  })
  button.click()
  const committed = await inDom
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  return { committed, painted: performance.now() - t0, blocks: count() }
})()`

/** First render of the time grid in Chromium: from the click on 'Сетка' to the next paint. */
async function browserRows(api: Awaited<ReturnType<typeof createAppApi>>, visitId: string) {
  const host = await startNodeHost({ api, rendererDir: repoRendererDir, port: 0 })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  try {
    const first: number[] = []
    const commit: number[] = []
    for (let run = 0; run < 7; run++) {
      const page = await browser.newPage({
        viewport: { width: 1400, height: 950 },
        locale: 'ru-RU',
      })
      await page.goto(`${host.url}#/visits/${visitId}`)
      await page.getByRole('radio', { name: 'Сетка' }).waitFor()
      await page.evaluate("localStorage.removeItem('dp.programme.view')")
      const timing = (await page.evaluate(GRID_TIMING)) as {
        committed: number
        painted: number
        blocks: number
      }
      if (timing.blocks < 80) throw new Error(`grid showed ${timing.blocks} blocks, expected 80`)
      first.push(timing.painted)
      commit.push(timing.committed)
      await page.close()
    }
    rows.push({
      name: 'Grid first render, 80 items: click → paint',
      budgetMs: 100,
      runs: first.length,
      ...stats(first),
    })
    rows.push({
      name: 'Grid first render, 80 items: click → React commit',
      runs: commit.length,
      ...stats(commit),
    })
  } finally {
    await browser.close()
    await host.close()
  }
}

function printTable(header: string[], body: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)))
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const b of body) console.log(line(b))
}

function print() {
  const over = rows.some((r) => r.budgetMs !== undefined && r.medianMs > r.budgetMs)
  const speedup = figures.save_speedup_over_baseline
  if (speedup !== undefined && speedup < 100) figures.save_speedup_budget_failed = 1
  const rss = figures.host_peak_rss_mb
  if (rss !== undefined && rss >= 200) figures.host_rss_budget_failed = 1
  if (over || figures.save_speedup_budget_failed || figures.host_rss_budget_failed)
    process.exitCode = 1
  if (asJson) {
    console.log(JSON.stringify({ ...figures, rows }, null, 2))
    return
  }
  const header = ['Measurement', 'Median ms', 'p95 ms', 'Budget ms', 'Runs', 'Result']
  const body = rows.map((r) => [
    r.name,
    r.medianMs.toFixed(2),
    r.p95Ms.toFixed(2),
    r.budgetMs === undefined ? '—' : String(Number(r.budgetMs.toFixed(2))),
    String(r.runs),
    r.budgetMs === undefined ? '' : r.medianMs <= r.budgetMs ? 'within budget' : 'OVER BUDGET',
  ])
  printTable(header, body)
  if (figures.save_floor_p50_ms !== undefined)
    console.log(
      `\nSave at 5,000 visits: ${figures.save_ratio_to_floor!.toFixed(2)} × the raw floor (budget 2 ×), ` +
        `${speedup!.toFixed(0)} × faster than the single-file baseline (budget 100 ×).`,
    )
  if (rss !== undefined)
    console.log(
      `Node host peak memory on 5,000 visits: ${rss.toFixed(0)} MB (budget 200 MB); ` +
        `on the first start that rebuilds the search index: ` +
        `${figures.host_rebuild_peak_rss_mb!.toFixed(0)} MB.`,
    )
}

await main()
