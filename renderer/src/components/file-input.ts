import type { ChangeEvent } from 'react'

/**
 * The change handler of a file input: hands over the first file picked, and clears the input so
 * that picking the same file again fires once more.
 */
export function onFilePicked(use: (file: File) => void) {
  return (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0]
    e.target.value = ''
    if (f) use(f)
  }
}
