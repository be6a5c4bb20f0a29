import type { ExportedFile } from '../../shared/api/contract'

/** The media type of each kind of file the app makes. */
export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar',
  json: 'application/json',
} as const

/** A made file as it travels to the window: its name, type, size and bytes as base64. */
export function exportedFile(
  fileName: string,
  mimeType: string,
  bytes: Uint8Array | string,
): ExportedFile {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes)
  return { fileName, mimeType, bytes: data.length, base64: data.toString('base64') }
}
