import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import type { PlannerApi, VisitRecord } from '../../../shared/api/contract'
import { dispatch } from '../../../shared/api/dispatch'
import type { Envelope } from '../../../shared/api/errors'
import type { ImportDraft } from '../../../shared/import/draft'
import { fail, failWith, printJson, type Command } from '../context'

/** The files an import reads from a folder: the kinds the app can read. */
const IMPORTABLE = /\.(dvisit\.json|json|ics|docx|txt|md)$/i

/** The files named on the command line, each folder's importable files in name order. */
async function filesOf(paths: string[]): Promise<string[]> {
  const out: string[] = []
  for (const path of paths.map((p) => resolve(p))) {
    const info = await stat(path).catch(() => undefined)
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => IMPORTABLE.test(n)).sort()
      out.push(...names.map((n) => join(path, n)))
    } else out.push(path)
  }
  return out
}

/** Reads one file into a draft and, unless only the draft is wanted, keeps all of it as a visit. */
async function importOne(
  api: PlannerApi,
  file: string,
  year: number | undefined,
  draftOnly: boolean,
): Promise<Envelope> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch {
    return { ok: false, error: { code: 'io', message: `cannot read ${file}` } }
  }
  const read = await dispatch(api, 'readImport', [
    basename(file),
    bytes.toString('base64'),
    year === undefined ? {} : { year },
  ])
  if (!read.ok || draftOnly) return read
  const draft = read.value as ImportDraft
  return draft.kind === 'bundle'
    ? dispatch(api, 'importBundle', [bytes.toString('utf8'), 'copy'])
    : dispatch(api, 'acceptImport', [
        draft,
        {
          items: draft.items.map((i) => i.key),
          documents: draft.documents.map((d) => d.key),
          people: draft.people.map((p) => p.key),
        },
      ])
}

const yearOf = (value: string | undefined) =>
  value === undefined ? undefined : Number.isInteger(Number(value)) ? Number(value) : NaN

/** import FILE|FOLDER… (every file kept as a visit), import-text FILE (the draft as JSON). */
export const importCommands: Record<string, Command> = {
  import: async ({ api, rest, values, io }) => {
    if (rest.length === 0) return fail(io, 'FILE or FOLDER is required')
    const year = yearOf(values.year)
    if (Number.isNaN(year)) return fail(io, '--year must be a year')
    const files = await filesOf(rest)
    let failed = 0
    for (const file of files) {
      const envelope = await importOne(api, file, year, false)
      if (!envelope.ok) {
        failed++
        io.err(`${file}: `)
        failWith(io, envelope.error)
        continue
      }
      const id = (envelope.value as VisitRecord).visit.id
      // One file: its id alone (scripts read it); several: the id and the file it came from.
      io.out(files.length === 1 ? `${id}\n` : `${id}\t${file}\n`)
    }
    return failed > 0 ? 1 : 0
  },
  'import-text': async ({ api, rest, values, io }) => {
    if (!rest[0]) return fail(io, 'FILE is required')
    const year = yearOf(values.year)
    if (Number.isNaN(year)) return fail(io, '--year must be a year')
    const envelope = await importOne(api, resolve(rest[0]), year, true)
    if (!envelope.ok) return failWith(io, envelope.error)
    printJson(io, envelope.value)
    return 0
  },
}
