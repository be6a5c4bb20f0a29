import { useTranslation } from 'react-i18next'
import { SECOND_LANGS, type SecondLang, type Translations } from '../../../shared/domain/common'
import { PARTNER_WORDS } from '../../../shared/i18n/second-language'
import { transliterate } from '../../../shared/i18n/transliterate'
import { TextField } from './TextField'
import './TranslationsField.css'

export interface TranslationsFieldProps {
  /** 'Название на других языках' */
  label: string
  value: Translations | undefined
  onChange(value: Translations | undefined): void
  /** The Russian text, to show what a missing name falls back to (ICAO transliteration). */
  source?: string
  /** Names fall back to transliteration; titles and positions do not. */
  isName?: boolean
  /** The longest text a translation may be (a memo line is longer than a title). */
  maxLength?: number
}

/** The English, Kazakh and Chinese forms of a name or title, folded away until wanted. */
export function TranslationsField({
  label,
  value,
  onChange,
  source,
  isName,
  maxLength = 1000,
}: TranslationsFieldProps) {
  const { t } = useTranslation()
  const filled = SECOND_LANGS.filter((l) => value?.[l]?.trim()).length
  const set = (lang: SecondLang, text: string) => {
    const next: Translations = { ...value, [lang]: text }
    if (!text.trim()) delete next[lang]
    onChange(Object.keys(next).length ? next : undefined)
  }
  return (
    <details className="field-wide translations" open={filled > 0}>
      <summary>
        {label}
        {filled ? ` (${filled})` : ''}
      </summary>
      <div className="translations-grid">
        {SECOND_LANGS.map((lang) => (
          <TextField
            key={lang}
            label={PARTNER_WORDS[lang].name}
            lang={lang}
            value={value?.[lang] ?? ''}
            maxLength={maxLength}
            onChange={(text) => set(lang, text)}
            placeholder={
              isName && source?.trim() && lang !== 'kk'
                ? t('translations.fallback', { text: transliterate(source) })
                : ''
            }
          />
        ))}
      </div>
    </details>
  )
}
