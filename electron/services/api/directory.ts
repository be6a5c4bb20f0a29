import type { DirectoryApi } from '../../../shared/api/contract'
import type { AppDeps } from './deps'

/** People, organisations and venues. */
export const directoryApi = ({ directory }: AppDeps): DirectoryApi => ({
  getDirectory: async () => directory.get(),
  saveDirectory: (dir, baseRevision) => directory.save(dir, baseRevision),
})
