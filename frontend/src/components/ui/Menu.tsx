/**
 * A menu button on React Aria Components: `<Menu label="Export" items={[{ label: 'CSV', onSelect }]} />`. Arrow
 * keys move, Enter or a click chooses, Escape closes, focus goes back to the button.
 */
import { Button, Menu as AriaMenu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import './ui.css'

export interface MenuItemSpec {
  label: string
  /** Called when chosen (not needed with href). */
  onSelect?: () => void
  /** A link instead of an action: a download, another page. */
  href?: string
  /** With href: save the answer as a file (the `download` attribute, optionally its name). */
  download?: boolean | string
  disabled?: boolean
}

export interface MenuProps {
  /** The button's text. */
  label: string
  items: MenuItemSpec[]
  /** The button's accessible name when `label` is not enough ("Export the readiness report"). */
  'aria-label'?: string
  triggerClassName?: string
}

export function Menu({ label, items, triggerClassName = 'button secondary', ...props }: MenuProps) {
  const disabledKeys = items.flatMap((item, index) => (item.disabled ? [index] : []))
  return (
    <MenuTrigger>
      <Button className={triggerClassName} aria-label={props['aria-label']}>
        {label} <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="ui-popover" placement="bottom start">
        <AriaMenu
          className="ui-menu"
          disabledKeys={disabledKeys}
          onAction={(key) => items[Number(key)]?.onSelect?.()}
        >
          {items.map((item, index) => (
            <MenuItem
              key={index}
              id={index}
              className="ui-menu-item"
              textValue={item.label}
              href={item.href}
              download={item.download}
            >
              {item.label}
            </MenuItem>
          ))}
        </AriaMenu>
      </Popover>
    </MenuTrigger>
  )
}
