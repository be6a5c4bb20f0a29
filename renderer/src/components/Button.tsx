import { forwardRef, type ButtonHTMLAttributes } from 'react'

export type ButtonVariant = 'default' | 'primary' | 'danger' | 'quiet'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** primary: the page's main action; danger: deletes or discards; quiet: a minor action in a row. */
  variant?: ButtonVariant
  small?: boolean
}

/**
 * The app's button: a plain `<button type="button">` (never a form's accidental submit unless
 * `type="submit"` is given) with the design's variants; every other attribute passes through.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'default', small = false, type = 'button', className, ...rest },
  ref,
) {
  const classes = [
    'button',
    variant !== 'default' ? `button-${variant}` : '',
    small ? 'button-small' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ')
  return <button ref={ref} type={type} className={classes} {...rest} />
})
