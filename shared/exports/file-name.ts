/** A file name safe on Windows, macOS and Linux: 'Справка — Визит делегации… — 2026-12-07.pdf'. */
export function exportFileName(parts: string[], extension: string): string {
  const clean = parts
    .map((p) =>
      p
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
