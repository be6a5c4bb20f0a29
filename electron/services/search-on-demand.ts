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
      const summaries = this.visits.list()
      return ArchiveSearch.open(
        this.store,
        () => summaries.map((v) => this.visits.get(v.id)),
        summaries,
        this.directory.get().directory,
        (id) => this.visits.find(id)?.visit,
      )
    })()
    return this.opening
  }

  /** Follows a change of the archive, if the index is open (else opening will catch up). */
  apply(event: PlannerEvent): void {
    if (!this.opening) return
    void this.opening.then((search) => {
      if (event.type === 'directory') search.putDirectory(this.directory.get().directory)
      if (event.type !== 'visit') return
      const record = this.visits.find(event.id)
      if (record) search.putVisit(record)
      else search.removeVisit(event.id)
    })
  }

  /** Writes what is pending before the process ends. */
  async close(): Promise<void> {
    if (this.opening) await (await this.opening).flush()
  }
}
