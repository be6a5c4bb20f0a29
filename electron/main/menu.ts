import type { MenuItemConstructorOptions } from 'electron'
import type { Messages } from '../../shared/i18n/messages.ru'
import { translate } from '../../shared/i18n/translate'

export type MenuCommand = 'new-visit' | 'undo' | 'redo' | 'open-settings'

/**
 * The application menu in the officer's language. Undo and redo act on the whole visit, so they
 * send commands to the window instead of using the text-field roles.
 */
export function buildMenuTemplate(
  language: 'ru' | 'en',
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const l = (key: keyof Messages['menu']) => translate(language, `menu.${key}`)
  return [
    {
      label: l('file'),
      submenu: [
        { label: l('newVisit'), accelerator: 'CmdOrCtrl+N', click: () => send('new-visit') },
        // Import and the briefing export arrive with their features; shown so the shortcuts are known.
        { label: l('import'), accelerator: 'CmdOrCtrl+O', enabled: false },
        { label: l('exportBriefing'), accelerator: 'CmdOrCtrl+P', enabled: false },
        { type: 'separator' },
        { label: l('settings'), accelerator: 'CmdOrCtrl+,', click: () => send('open-settings') },
        { type: 'separator' },
        { label: l('quit'), accelerator: 'CmdOrCtrl+Q', role: 'quit' },
      ],
    },
    {
      label: l('edit'),
      submenu: [
        { label: l('undo'), accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: l('redo'), accelerator: 'CmdOrCtrl+Shift+Z', click: () => send('redo') },
        { type: 'separator' },
        { label: l('cut'), role: 'cut' },
        { label: l('copy'), role: 'copy' },
        { label: l('paste'), role: 'paste' },
        { label: l('selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: l('view'),
      submenu: [
        { label: l('zoomIn'), role: 'zoomIn' },
        { label: l('zoomOut'), role: 'zoomOut' },
        { label: l('resetZoom'), role: 'resetZoom' },
        { type: 'separator' },
        { label: l('fullscreen'), role: 'togglefullscreen' },
      ],
    },
  ]
}
