import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from '../../../shared/i18n/messages.en'
import { ru } from '../../../shared/i18n/messages.ru'

/** i18next with Russian as the default; English switchable in settings. */
export async function initI18n(language: 'ru' | 'en' = 'ru') {
  await i18next.use(initReactI18next).init({
    resources: { ru: { translation: ru }, en: { translation: en } },
    lng: language,
    fallbackLng: 'ru',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return i18next
}
