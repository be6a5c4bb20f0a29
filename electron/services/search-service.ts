import type { Directory } from '../../shared/domain/directory'
import type { Visit } from '../../shared/domain/visit'
import { directoryEntries, visitEntries } from '../../shared/search/archive-entries'
import { SearchIndex, type SearchFilters, type SearchHit } from '../../shared/search/search-index'

/** The archive's search index, built from the loaded files at start and kept current on every save. */
export class ArchiveSearch {
  private index = new SearchIndex()
  private visitEntryIds = new Map<string, string[]>()
  private directoryEntryIds: string[] = []

  constructor(visits: Visit[], directory: Directory) {
    for (const visit of visits) this.putVisit(visit)
    this.putDirectory(directory)
  }

  putVisit(visit: Visit): void {
    this.removeVisit(visit.id)
    const entries = visitEntries(visit)
    for (const entry of entries) this.index.put(entry)
    this.visitEntryIds.set(
      visit.id,
      entries.map((e) => e.id),
    )
  }

  removeVisit(id: string): void {
    for (const entryId of this.visitEntryIds.get(id) ?? []) this.index.remove(entryId)
    this.visitEntryIds.delete(id)
  }

  putDirectory(directory: Directory): void {
    for (const id of this.directoryEntryIds) this.index.remove(id)
    const entries = directoryEntries(directory)
    for (const entry of entries) this.index.put(entry)
    this.directoryEntryIds = entries.map((e) => e.id)
  }

  search(query: string, filters: SearchFilters, limit?: number): SearchHit[] {
    return this.index.search(query, filters, limit)
  }
}
