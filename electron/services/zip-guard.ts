import { inflateRawSync } from 'node:zlib'
import { AppError } from '../../shared/api/errors'

/** Limits for a Word file read on import: a real programme is well inside them. */
export const ZIP_LIMITS = {
  entries: 2000,
  /** Per entry, after decompression. */
  entryBytes: 50 * 1024 * 1024,
  /** All entries together, after decompression. */
  totalBytes: 100 * 1024 * 1024,
  /** Decompressed ÷ compressed, per entry (text compresses ~10×; bombs ~1000×). */
  ratio: 200,
  /**
   * Per XML part, after decompression: the parser's work grows with it (a 49 MB document.xml kept
   * mammoth busy for minutes and took gigabytes), and a hundred-page programme is ~5 MB.
   */
  xmlBytes: 8 * 1024 * 1024,
}

/** Parts that are pictures, fonts or embedded binaries: never parsed as text (pictures are not read). */
const BINARY_PART =
  /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp|ico|bin|ttf|otf|odttf|fntdata|woff2?)$/i

/** Too big, a bomb, or an unsupported kind of ZIP; `why` names a message of `import.reasons`. */
const refuse = (detail: string, why: 'zipTooLarge' | 'zipUnsupported' | 'zipBomb') =>
  new AppError('invalid', `import: ${detail}`, {
    key: 'import.errors.zipUnsafe',
    reason: `import.reasons.${why}`,
  })
/** Not a sound ZIP at all. */
const damaged = (detail: string) =>
  new AppError('invalid', `import: ${detail}`, {
    key: 'import.errors.unreadable',
    reason: 'import.reasons.zipDamaged',
  })

/**
 * Checks a ZIP before any library unpacks it: the central directory must be sound, and every
 * entry is inflated here with a hard output cap, so neither the declared sizes nor the real ones
 * can exceed the limits (a zip bomb, or a header that lies, is refused with a clear message).
 */
export function assertSafeZip(bytes: Buffer, limits = ZIP_LIMITS): void {
  const eocd = findEndOfCentralDirectory(bytes)
  if (eocd < 0) throw damaged('no ZIP directory')
  const count = bytes.readUInt16LE(eocd + 10)
  const dirSize = bytes.readUInt32LE(eocd + 12)
  const dirOffset = bytes.readUInt32LE(eocd + 16)
  if (count === 0xffff || dirOffset === 0xffffffff)
    throw refuse('ZIP64 is not supported', 'zipUnsupported')
  if (count > limits.entries) throw refuse(`too many entries (${count})`, 'zipTooLarge')
  if (dirOffset + dirSize > bytes.length) throw damaged('directory outside the file')
  let at = dirOffset
  let total = 0
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50)
      throw damaged('damaged directory')
    const method = bytes.readUInt16LE(at + 10)
    const compressed = bytes.readUInt32LE(at + 20)
    const declared = bytes.readUInt32LE(at + 24)
    const nameLength = bytes.readUInt16LE(at + 28)
    const extraLength = bytes.readUInt16LE(at + 30)
    const commentLength = bytes.readUInt16LE(at + 32)
    const local = bytes.readUInt32LE(at + 42)
    const name = bytes.toString('latin1', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extraLength + commentLength
    if (declared > limits.entryBytes) throw refuse('an entry is too large', 'zipTooLarge')
    // Any part but a picture or a font may be the document's text (its name is whatever the
    // relations say): each is held to the text limit.
    if (!BINARY_PART.test(name) && declared > limits.xmlBytes)
      throw refuse('a text part is too large', 'zipTooLarge')
    total += declared
    if (total > limits.totalBytes) throw refuse('the content is too large', 'zipTooLarge')
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50)
      throw damaged('damaged entry')
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    if (dataStart + compressed > bytes.length) throw damaged('entry outside the file')
    if (method === 0) {
      if (compressed !== declared) throw damaged('damaged stored entry')
      continue
    }
    if (method !== 8) throw refuse(`compression method ${method}`, 'zipUnsupported')
    if (compressed > 0 && declared / compressed > limits.ratio)
      throw refuse('compression ratio of a zip bomb', 'zipBomb')
    let real: Buffer
    try {
      real = inflateRawSync(bytes.subarray(dataStart, dataStart + compressed), {
        maxOutputLength: Math.max(1, declared),
      })
    } catch {
      // More output than declared (a lying header), or not deflate at all.
      throw refuse('an entry does not match its size', 'zipBomb')
    }
    if (real.length !== declared) throw refuse('an entry does not match its size', 'zipBomb')
  }
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff)
  for (let at = bytes.length - 22; at >= stop; at--)
    if (bytes.readUInt32LE(at) === 0x06054b50) return at
  return -1
}
