import { neutraliseBidi } from './bidi'

/**
 * A file name safe on Windows, macOS and Linux: 'Справка — Визит делегации… — 2026-12-07.pdf'.
 * Bidirectional controls are left out: a right-to-left override in a title would disguise the
 * extension ('…fdp.exe' shown as '…exe.pdf').
 */
export function exportFileName(parts: string[], extension: string): string {
  const clean = parts
    .map((p) =>
      neutraliseBidi(p)
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
        .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join(' — ')
    .replace(/^[.\s]+/, '')
  const cut = clean.length > 120 ? clean.slice(0, 120).trim() : clean
  return `${cut || 'export'}.${extension}`
}
