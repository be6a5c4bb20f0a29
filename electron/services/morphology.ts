// OpenCorpora's Russian dictionaries through `az` (pymorphy2's format, ~11 MB, read once per
// process, ~0.2 s): the press-release reader's lemmas of names and tenses of verbs.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { MorphParse, Morphology } from '../../shared/import/morphology'

interface AzParse {
  normalize(): { word: string }
  tag: { toString(): string }
  score: number
}
interface AzModule {
  Morph: ((word: string) => AzParse[]) & {
    init(path: string, callback: (err?: unknown) => void): void
  }
}

let loading: Promise<Morphology | undefined> | undefined

/** The dictionary, loaded once; undefined (the reader's suffix rules) when it cannot be read. */
export function loadMorphology(): Promise<Morphology | undefined> {
  loading ??= new Promise<Morphology | undefined>((resolve) => {
    try {
      const require = createRequire(import.meta.url)
      const az = require('az') as AzModule
      const dicts = join(dirname(require.resolve('az/package.json')), 'dicts')
      az.Morph.init(dicts, (err) => resolve(err ? undefined : wrap(az)))
    } catch {
      resolve(undefined)
    }
  })
  return loading
}

function wrap(az: AzModule): Morphology {
  const cache = new Map<string, MorphParse[]>()
  return {
    parse(word) {
      const key = word.toLowerCase()
      let parses = cache.get(key)
      if (!parses) {
        parses = readings(az, word)
        if (cache.size > 20_000) cache.clear()
        cache.set(key, parses)
      }
      return parses
    },
  }
}

/** The dictionary's readings of a word; a reading it cannot give a lemma for is left out. */
function readings(az: AzModule, word: string): MorphParse[] {
  let raw: AzParse[]
  try {
    raw = az.Morph(word)
  } catch {
    return []
  }
  const out: MorphParse[] = []
  for (const p of raw) {
    try {
      const lemma = p.normalize()?.word
      if (typeof lemma !== 'string') continue
      out.push({
        lemma: lemma.toLowerCase(),
        grammemes: new Set(String(p.tag).split(/[ ,]/u)),
        score: p.score,
      })
    } catch {
      // A reading the dictionary cannot complete says nothing.
    }
  }
  return out
}
