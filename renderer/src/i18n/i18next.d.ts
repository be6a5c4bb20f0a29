import 'i18next'
import type { Messages } from '../../../shared/i18n/messages.ru'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
    returnNull: false
  }
}
