import type { ReactNode } from 'react'

/**
 * A table's own horizontal scroll box: on a narrow screen a wide table scrolls inside it instead of widening the
 * page. The box is a named, focusable region, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
