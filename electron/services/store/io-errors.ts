import { AppError } from '../../../shared/api/errors'

/** Turns a file-system failure into an AppError whose key says what the officer can do. */
export function toIoError(err: unknown, action: string): AppError {
  if (err instanceof AppError) return err
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN'
  const key =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'store.diskFull'
      : code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
        ? 'store.readOnly'
        : code === 'EBUSY'
          ? 'store.busy'
          : 'store.ioFailed'
  return new AppError('io', `${action} failed: ${code}`, { key, errno: code })
}
