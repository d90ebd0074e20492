/**
 * A button that opens a non-modal dialog beside it (React Aria Components): labelled by `title`, focus moves in
 * and back, Escape or a click outside closes it.
 */
import type { ReactNode } from 'react'
import { Button, Dialog, DialogTrigger, Heading, Popover as AriaPopover } from 'react-aria-components'
import './ui.css'

export interface PopoverProps {
  /** The button's content. */
  trigger: ReactNode
  /** The button's accessible name when its content is an icon or a count. */
  triggerLabel?: string
  triggerClassName?: string
  /** The pop-up's heading and accessible name. */
  title: string
  children: ReactNode
  placement?: 'bottom start' | 'bottom end' | 'top start' | 'top end'
}

export function Popover({
  trigger,
  triggerLabel,
  triggerClassName = 'button secondary',
  title,
  children,
  placement = 'bottom start',
}: PopoverProps) {
  return (
    <DialogTrigger>
      <Button className={triggerClassName} aria-label={triggerLabel}>
        {trigger}
      </Button>
      <AriaPopover className="ui-popover" placement={placement}>
        <Dialog className="dialog-body">
          <Heading slot="title" level={2} className="popover-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </AriaPopover>
    </DialogTrigger>
  )
}
