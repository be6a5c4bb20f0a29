import type { MessageBoxOptions } from 'electron'
import { translate, type Lang, type MessageKey } from '../../shared/i18n/translate'

export interface ExternalLinkDeps {
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>
  openExternal(url: string): Promise<void>
  language(): Lang
}

/**
 * Asks before a web or mail link leaves the app, showing the whole address, and opens it in the
 * system's program only on 'Open'. The link was already checked by `externalLink`.
 */
export async function confirmAndOpen(url: string, deps: ExternalLinkDeps): Promise<boolean> {
  const t = (key: MessageKey) => translate(deps.language(), key)
  const { response } = await deps.showMessageBox({
    type: 'question',
    buttons: [t('externalLink.open'), t('common.cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: t('externalLink.question'),
    detail: url,
  })
  if (response !== 0) return false
  await deps.openExternal(url)
  return true
}
