// `npm run cli -- …`: the compiled CLI (out/cli/index.js), built first when the build is stale.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ensureBuilt, root } from './build-state.mjs'

ensureBuilt()
await import(pathToFileURL(join(root, 'out/cli/index.js')).href)
