import type { EditionSummary } from '../../../shared/api/contract'
import { dispatch } from '../../../shared/api/dispatch'
import type { SearchHit } from '../../../shared/search/search-index'
import { fail, failWith, printJson, type Command } from '../context'

/** search, issue-edition, editions, check, call. */
export const archiveCommands: Record<string, Command> = {
  search: async ({ api, rest, values, io }) => {
    const envelope = await dispatch(api, 'searchArchive', [rest.join(' '), {}])
    if (!envelope.ok) return failWith(io, envelope.error)
    const hits = envelope.value as SearchHit[]
    if (values.json) printJson(io, hits)
    else for (const h of hits) io.out(`${h.score.toFixed(1)}\t${h.kind}\t${h.title}\n`)
    return 0
  },
  'issue-edition': async ({ api, rest, io }) => {
    const envelope = await dispatch(api, 'issueEdition', [rest[0] ?? ''])
    if (!envelope.ok) return failWith(io, envelope.error)
    io.out(`${(envelope.value as EditionSummary).number}\n`)
    return 0
  },
  editions: async ({ api, rest, values, io }) => {
    const envelope = await dispatch(api, 'listEditions', [rest[0] ?? ''])
    if (!envelope.ok) return failWith(io, envelope.error)
    const { editions } = envelope.value as { editions: EditionSummary[] }
    const out = editions.map((e) => ({
      number: e.number,
      issuedAt: e.issuedAt,
      changes: e.changes.map((c) => ({ kind: c.kind, itemId: c.itemId, text: c.text })),
    }))
    if (values.json) printJson(io, out)
    else
      for (const e of out)
        io.out(`${e.number}\t${e.issuedAt}\t${e.changes.map((c) => c.text).join(' ')}\n`)
    return 0
  },
  check: async ({ api, values, io }) => {
    const report = await api.getStorageReport()
    const key = await api.getDepartmentKey()
    const problems = report.quarantined.length + report.refused.length
    if (values.json) {
      printJson(io, { ...report, departmentKey: key })
      return problems > 0 ? 1 : 0
    }
    io.out(`Data folder: ${report.dataDir}${report.readOnly ? ' (read-only)' : ''}\n`)
    for (const q of report.quarantined)
      io.out(`quarantined: ${q.file} → ${q.movedTo}: ${q.reason}\n`)
    for (const r of report.refused)
      io.out(`refused (schema ${r.schemaVersion} is newer): ${r.file}\n`)
    for (const c of report.syncConflicts ?? [])
      io.out(`two versions of visit ${c.visitId}: visits/${c.file} (${c.engine})\n`)
    const { department, computer, locked } = key.sealed
    io.out(
      key.archive
        ? `Department key: ${key.archive.name} (${key.archive.fingerprint})${key.available ? '' : ', not on this computer'}\n`
        : 'Department key: none (passport data sealed with each computer’s own key)\n',
    )
    if (department + computer + locked > 0)
      io.out(
        `Passport data sealed: department key ${department}, this computer’s key ${computer}, a key not here ${locked}\n`,
      )
    if (problems === 0) io.out('All files are valid.\n')
    return problems > 0 ? 1 : 0
  },
  call: async ({ api, rest, io }) => {
    const [method, argsJson = '[]'] = rest
    let args: unknown
    try {
      args = JSON.parse(argsJson)
    } catch {
      return fail(io, 'ARGS_JSON is not valid JSON')
    }
    const envelope = await dispatch(api, method, args)
    printJson(io, envelope.ok ? envelope.value : envelope)
    return envelope.ok ? 0 : 1
  },
}
