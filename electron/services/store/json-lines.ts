import { createReadStream } from 'node:fs'

/**
 * Derived files of a large archive (the visit catalog, the search index) as lines of JSON, read
 * and written in chunks: the file, its text and the parsed whole never sit in memory at once, and
 * (if asked) strings that repeat across lines (countries, organisations, people's ids) are kept
 * once. The
 * last line counts the lines before it, so a file cut at a line's end is not taken as whole.
 */
export async function readJsonLines(
  path: string,
  each: (value: unknown) => void,
  options: { shareStrings?: boolean } = {},
): Promise<void> {
  const pool = new Map<string, string>()
  // A walk after the parse, not a reviver: a reviver is called for every number of the search
  // index's postings and made reading it six times slower.
  const shared = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const known = pool.get(value)
      if (known !== undefined) return known
      pool.set(value, value)
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = shared(value[i])
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      for (const key in record) record[key] = shared(record[key])
    }
    return value
  }
  let count = 0
  let ended: number | undefined
  const line = (text: string) => {
    if (ended !== undefined) throw new Error('lines after the end')
    const parsed = JSON.parse(text) as unknown
    const value = options.shareStrings ? shared(parsed) : parsed
    const end = (value as { end?: unknown } | null)?.end
    if (typeof end === 'number' && Object.keys(value as object).length === 1) ended = end
    else {
      count++
      each(value)
    }
  }
  // Bytes up to a chunk's last line end are decoded at once (a string decoder fed chunk by chunk
  // was a third of the index load); the bytes after it wait for the next chunk.
  let rest: Buffer | undefined
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 18 })) {
    const bytes = rest ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer)
    const last = bytes.lastIndexOf(10)
    if (last < 0) {
      rest = bytes
      continue
    }
    const text = bytes.toString('utf8', 0, last)
    rest = last + 1 < bytes.length ? Buffer.from(bytes.subarray(last + 1)) : undefined
    let start = 0
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      if (nl > start) line(text.slice(start, nl))
      start = nl + 1
    }
    if (text.length > start) line(text.slice(start))
  }
  const tail = rest?.toString('utf8') ?? ''
  if (tail.trim()) line(tail)
  if (ended !== count) throw new Error('incomplete file')
}

/** The lines of `values` and the closing count, gathered into chunks for `writeFileDurable`. */
export function* jsonLines(values: Iterable<unknown>, chunk = 1 << 18): Generator<string> {
  let text = ''
  let count = 0
  for (const value of values) {
    text += `${JSON.stringify(value)}\n`
    count++
    if (text.length >= chunk) {
      yield text
      text = ''
    }
  }
  yield `${text}${JSON.stringify({ end: count })}\n`
}
