// The composition root: opens the data folder and builds the contract from its areas. Each area
// (./api/<area>.ts) implements its slice of PlannerApi over the services; changes flow through one
// stream of events that the search index and the windows follow.
import type { PlannerApi } from '../../shared/api/contract'
import type { PlannerEvent } from '../../shared/api/events'
import { archiveApi } from './api/archive'
import { openDeps, type AppApiOptions, type AppDeps } from './api/deps'
import { directoryApi } from './api/directory'
import { editionsApi } from './api/editions'
import { exportsApi } from './api/exports'
import { importsApi } from './api/imports'
import { personalDataApi } from './api/personal-data'
import { settingsApi } from './api/settings'
import { syncApi } from './api/sync'
import { visitsApi } from './api/visits'
import { FolderWatch, type FolderChange } from './folder-watch'
import { SearchOnDemand } from './search-on-demand'

export { defaultNewId, type AppApiOptions } from './api/deps'

/** The contract, plus what the hosts (the Electron shell, the node host, the CLI) need. */
export interface AppApi extends PlannerApi {
  /** Calls `listener` with every change of the archive; answers the unsubscribe. */
  onEvent(listener: (event: PlannerEvent) => void): () => void
  /** Writes what is still pending (the search index) before the process ends. */
  close(): Promise<void>
}

/** Opens the data folder and implements the whole contract over it. */
export async function createAppApi(options: AppApiOptions): Promise<AppApi> {
  const deps = await openDeps(options)
  const search = new SearchOnDemand(deps.store, deps.visits, deps.directory)
  deps.events.on((event) => search.apply(event))
  const watcher = watchFolder(deps)
  if (options.watch) await watcher.start()
  const editions = editionsApi(deps)
  return {
    ...visitsApi(deps),
    ...directoryApi(deps),
    ...editions,
    ...exportsApi(deps, editions),
    ...importsApi(deps),
    ...syncApi(deps),
    ...archiveApi({ ...deps, search }),
    ...settingsApi(deps),
    ...personalDataApi(deps),
    onEvent: (listener) => deps.events.on(listener),
    close: async () => {
      watcher.stop()
      await deps.presence.releaseAll()
      await search.close()
      await deps.visits.close()
    },
  } satisfies AppApi
}

/** Changes made from outside (a sync engine, another process) become events of the stream. */
function watchFolder(deps: AppDeps): FolderWatch {
  const { store, visits, directory, settings, templates, events } = deps
  const toEvent = (change: FolderChange): PlannerEvent | undefined => {
    if (change.kind === 'copy') return { type: 'copies' }
    if (change.kind === 'directory') return { type: 'directory', outside: true }
    if (change.kind === 'settings') return { type: 'settings', outside: true }
    if (change.kind === 'template') return { type: 'templates', outside: true }
    if (!change.id) return undefined
    return { type: 'visit', id: change.id, outside: true, removed: change.kind === 'removed' }
  }
  return new FolderWatch(
    store.path('visits'),
    visits,
    (change) => {
      const event = toEvent(change)
      if (event) events.emit(event)
    },
    {
      path: store.path(''),
      refreshDirectory: async () => {
        const read = await directory.refresh()
        return (await directory.reconcileCopies()) || read
      },
      refreshSettings: async () => {
        const read = await settings.refresh()
        return (await settings.reconcileCopies()) || read
      },
    },
    {
      path: store.path('templates'),
      refreshFile: (name) => templates.refreshFile(name),
      rescan: () => templates.rescan(),
    },
  )
}
