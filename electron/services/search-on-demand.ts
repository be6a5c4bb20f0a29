import type { PlannerEvent } from '../../shared/api/events'
import type { DirectoryService } from './directory-service'
import { ArchiveSearch } from './search-service'
import type { Store } from './store/open-store'
import type { VisitsService } from './visits-service'

/**
 * The archive's search index, opened when first searched (a command-line run or a window that
 * never searches does not read it), then kept current from the change stream. Opened late it is
 * still right: opening brings the stored index up to date with the visits' revisions.
 */
export class SearchOnDemand {
  private opening: Promise<ArchiveSearch> | undefined

  constructor(
    private readonly store: Store,
    private readonly visits: VisitsService,
    private readonly directory: DirectoryService,
  ) {}

  /** The index, opened on first use. */
  get(): Promise<ArchiveSearch> {
    this.opening ??= (async () => {
      return ArchiveSearch.open(
        this.store,
        this.visits.list(),
        this.directory.get().directory,
        (id) => this.visits.readOnce(id),
      )
    })()
    return this.opening
  }

  /** Follows a change of the archive, if the index is open (else opening will catch up). */
  apply(event: PlannerEvent): void {
    if (!this.opening) return
    void this.opening.then(async (search) => {
      if (event.type === 'directory') search.putDirectory(this.directory.get().directory)
      if (event.type !== 'visit') return
      const record = await this.visits.find(event.id)
      if (record) search.putVisit(record)
      else search.removeVisit(event.id)
    })
  }

  /** Writes what is pending before the process ends. */
  async close(): Promise<void> {
    if (this.opening) await (await this.opening).flush()
  }
}
