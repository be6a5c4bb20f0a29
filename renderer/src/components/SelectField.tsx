import { useId } from 'react'
import { Select } from 'radix-ui'

export interface SelectOption {
  value: string
  label: string
}

export interface SelectFieldProps {
  label: string
  value: string
  options: SelectOption[]
  onChange(value: string): void
  className?: string
}

/** A labelled listbox (Radix Select): keyboard navigation, type-ahead, screen-reader roles. */
export function SelectField({ label, value, options, onChange, className }: SelectFieldProps) {
  const id = useId()
  const current = options.find((o) => o.value === value)
  return (
    <div className={`field ${className ?? ''}`}>
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <Select.Root value={value} onValueChange={onChange}>
        <Select.Trigger id={id} className="select-trigger" aria-labelledby={`${id}-label`}>
          <Select.Value>{current?.label}</Select.Value>
          <Select.Icon className="select-icon">▾</Select.Icon>
        </Select.Trigger>
        <Select.Portal>
          <Select.Content className="select-content" position="popper" sideOffset={4}>
            <Select.Viewport>
              {options.map((o) => (
                <Select.Item key={o.value} value={o.value} className="select-item">
                  <Select.ItemText>{o.label}</Select.ItemText>
                </Select.Item>
              ))}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
      </Select.Root>
    </div>
  )
}
