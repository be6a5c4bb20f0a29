import type { PersonalDataApi } from '../../../shared/api/contract'
import { AppError } from '../../../shared/api/errors'
import { toLocalDate } from '../../../shared/time/local-date'
import { readDepartmentKeyFile, writeDepartmentKeyFile } from '../department-key'
import { exportedFile, MIME } from '../exported-file'
import type { AppDeps } from './deps'

/** Passport data: the department key it is sealed with, and its deletion after a visit. */
export const personalDataApi = ({
  store,
  directory,
  keyring,
  visits,
  clock,
}: AppDeps): PersonalDataApi => ({
  getDepartmentKey: async () => directory.keyStatus(),
  createDepartmentKey: async (name) => {
    store.assertWritable()
    // The newest directory first: a key made on another computer may have just arrived.
    await directory.refresh()
    const status = directory.keyStatus()
    if (status.archive) {
      throw new AppError('conflict', 'the archive has a department key', {
        key: status.available ? 'error.departmentKeyExists' : 'error.departmentKeyImportInstead',
        name: status.archive.name,
        fingerprint: status.archive.fingerprint,
      })
    }
    const made = await keyring.create(name, clock.now())
    try {
      await directory.adoptDepartmentKey(made)
    } catch (err) {
      await keyring.remove(made.fingerprint)
      throw err
    }
    return directory.keyStatus()
  },
  exportDepartmentKey: async (passphrase) => {
    const archive = directory.keyStatus().archive
    const key = archive && keyring.get(archive.fingerprint)
    if (!key)
      throw new AppError('not-found', 'no department key here', {
        key: 'error.departmentKeyNone',
      })
    const text = await writeDepartmentKeyFile(key, passphrase)
    return exportedFile(`Ключ отдела ${key.fingerprint}.dpkey`, MIME.json, text)
  },
  importDepartmentKey: async (content, passphrase) => {
    store.assertWritable()
    const key = await readDepartmentKeyFile(content, passphrase)
    const before = directory.keyStatus()
    if (before.archive && before.archive.fingerprint !== key.fingerprint) {
      throw new AppError('conflict', 'another department key', {
        key: 'error.departmentKeyOther',
        name: before.archive.name,
        fingerprint: before.archive.fingerprint,
      })
    }
    await keyring.add(key)
    await directory.refresh(true)
    if (!directory.keyStatus().archive) await directory.adoptDepartmentKey(key)
    else await directory.saveAgain()
    const after = directory.keyStatus()
    return { ...after, opened: Math.max(0, before.sealed.locked - after.sealed.locked) }
  },
  deletePersonalData: async (visitId) => {
    const visit = (await visits.get(visitId)).visit
    const today = toLocalDate(clock.now())
    // People also taking part in a visit not yet over keep their data: it is still needed.
    const needed = new Set(
      visits
        .digests()
        .filter((v) => v.id !== visitId && v.endDate >= today && v.status !== 'cancelled')
        .flatMap((v) => v.participantIds),
    )
    const ids = visit.participantIds.filter((id) => !needed.has(id))
    const removed = await directory.deletePersonalData(ids)
    const people = directory.get().directory.people
    const kept = visit.participantIds.filter(
      (id) => needed.has(id) && people.some((p) => p.id === id && p.passport),
    ).length
    return { removed, kept }
  },
})
