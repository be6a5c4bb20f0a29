import * as nodeFs from 'node:fs/promises'
import { z } from 'zod'
import type { Clock } from '../../shared/time/clock'
import type { Machine } from './machine'
import type { Store } from './store/open-store'

/** A lease older than this is someone who left without saying so (a crash, a closed lid). */
export const LEASE_STALE_MS = 3 * 60_000

const LeaseSchema = z.object({
  visitId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  machine: z.string().regex(/^[A-Za-z0-9]{1,64}$/),
  name: z.string().max(200),
  author: z.string().max(200),
  since: z.iso.datetime(),
  renewed: z.iso.datetime(),
})
export type Lease = z.infer<typeof LeaseSchema>

/**
 * Who has a visit open: a small file per visit and computer in `locks/`, renewed while the visit
 * is open and removed when it is closed or the app stops. It only informs: revisions and the merge
 * protect the data, so others can still edit.
 */
export class PresenceService {
  private held = new Map<string, string>()

  constructor(
    private readonly store: Store,
    private readonly machine: Machine,
    private readonly clock: Clock,
  ) {}

  private rel(visitId: string, machine = this.machine.id) {
    return `locks/${visitId}.${machine}.json`
  }

  /** Takes or renews this computer's lease on a visit. */
  async hold(visitId: string): Promise<void> {
    if (this.store.report.readOnly) return
    const now = this.clock.now().toISOString()
    const since = this.held.get(visitId) ?? now
    this.held.set(visitId, since)
    const lease: Lease = {
      visitId,
      machine: this.machine.id,
      name: this.machine.name,
      author: this.machine.author,
      since,
      renewed: now,
    }
    await this.store.writeText(this.rel(visitId), `${JSON.stringify(lease)}\n`)
  }

  /** Gives the lease up (the visit was closed). */
  async release(visitId: string): Promise<void> {
    this.held.delete(visitId)
    await nodeFs.unlink(this.store.path(this.rel(visitId))).catch(() => undefined)
  }

  /** Every lease this computer holds is given up (the app stops). */
  async releaseAll(): Promise<void> {
    for (const id of [...this.held.keys()]) await this.release(id)
  }

  /** Other computers' live leases on a visit, oldest first. */
  async others(visitId: string): Promise<Lease[]> {
    const names = await nodeFs.readdir(this.store.path('locks')).catch(() => [] as string[])
    const now = this.clock.now().getTime()
    const out: Lease[] = []
    for (const name of names) {
      if (!name.startsWith(`${visitId}.`) || !name.endsWith('.json')) continue
      try {
        const lease = LeaseSchema.parse(
          JSON.parse(await nodeFs.readFile(this.store.path(`locks/${name}`), 'utf8')),
        )
        if (lease.visitId !== visitId || lease.machine === this.machine.id) continue
        if (now - Date.parse(lease.renewed) > LEASE_STALE_MS) continue
        out.push(lease)
      } catch {
        // A lease half-synced or damaged says nothing.
      }
    }
    return out.sort((a, b) => a.since.localeCompare(b.since))
  }
}
