import { useId } from 'react'

export interface TextAreaFieldProps {
  label: string
  value: string
  onChange(value: string): void
  rows?: number
}

/** A labelled multi-line text input. */
export function TextAreaField({ label, value, onChange, rows = 3 }: TextAreaFieldProps) {
  const id = useId()
  return (
    <div className="field field-wide">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} rows={rows} onChange={(e) => onChange(e.target.value)} />
    </div>
  )
}
