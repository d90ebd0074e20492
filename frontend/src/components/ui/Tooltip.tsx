/** A tooltip on React Aria Components: shown on hover (after a short delay) and on keyboard focus, Escape hides it. */
import type { DOMAttributes, ReactElement, ReactNode } from 'react'
import { Focusable, Tooltip as AriaTooltip, TooltipTrigger, type FocusableElement } from 'react-aria-components'
import './ui.css'

export interface TooltipProps {
  /** What the tooltip says; it also describes the child (aria-describedby) while shown. */
  content: ReactNode
  /** One focusable DOM element (`<button>`, `<a href>`), which keeps its own accessible name. */
  children: ReactElement<DOMAttributes<FocusableElement>, string>
  placement?: 'top' | 'bottom' | 'start' | 'end'
  /** Milliseconds of hover before it shows; keyboard focus shows it at once. */
  delay?: number
}

export function Tooltip({ content, children, placement = 'top', delay = 600 }: TooltipProps) {
  return (
    <TooltipTrigger delay={delay} closeDelay={200}>
      <Focusable>{children}</Focusable>
      <AriaTooltip className="ui-tooltip" placement={placement} offset={6}>
        {content}
      </AriaTooltip>
    </TooltipTrigger>
  )
}
