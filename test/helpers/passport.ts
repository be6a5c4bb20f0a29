import type { DirectoryApi, DirectoryRecord } from '../../shared/api/contract'
import type { Passport } from '../../shared/domain/people'

/** The passport data the service tests give a guest of the Zhambyl visit. */
export const TEST_PASSPORT: Passport = { series: 'N', number: '98765432', expiresOn: '2031-05-01' }

/** Gives one person of the directory passport data and saves it; answers the saved directory. */
export async function givePassport(
  api: DirectoryApi,
  passport: Passport = TEST_PASSPORT,
  personId = 'p-esmagambetova',
): Promise<DirectoryRecord> {
  const { directory, revision } = await api.getDirectory()
  return api.saveDirectory(
    {
      ...directory,
      people: directory.people.map((p) => (p.id === personId ? { ...p, passport } : p)),
    },
    revision,
  )
}
