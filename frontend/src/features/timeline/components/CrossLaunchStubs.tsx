/**
 * Links to tasks of other launches on the chart (docs/cross-launch.md): a short stub into the start of the bar of
 * a task that waits on another launch, or out of the end of one another launch waits on, labelled with the
 * other task and its day; red with the word "late" when the scheduled days no longer allow the link. Each stub
 * opens the other launch's timeline at that task.
 */
import { memo } from 'react'
import { Link } from 'react-router'
import type { TimelineCrossLink } from '../api/crossLaunch'
import { ROW_HEIGHT, type TaskRow } from '../model'
import { crossLinkHref, crossLinkLateText, crossLinkText } from './CrossLaunchLinks'
import './CrossLaunch.css'

/** How far a stub reaches out of its bar. */
export const STUB_LENGTH = 18

export interface CrossLaunchStub {
  link: TimelineCrossLink
  /** Where the stub's box sits on the chart: its left edge, its vertical middle. */
  x: number
  y: number
  /** Its full words, for the tooltip and the accessible name. */
  label: string
  late: boolean
}

/** The stubs of the links whose task has a bar drawn (a folded lane's tasks have none). */
export function crossLaunchStubs(links: readonly TimelineCrossLink[], taskRows: ReadonlyMap<number, TaskRow>): CrossLaunchStub[] {
  const stubs: CrossLaunchStub[] = []
  for (const link of links) {
    const row = taskRows.get(link.task)
    if (!row) continue
    const late = crossLinkLateText(link)
    stubs.push({
      link,
      x: link.direction === 'incoming' ? row.x - STUB_LENGTH : row.x + row.width,
      y: row.y + ROW_HEIGHT / 2,
      label: late ? `${crossLinkText(link)}, ${late}` : crossLinkText(link),
      late: link.violated,
    })
  }
  return stubs
}

export const CrossLaunchStubs = memo(function CrossLaunchStubs({
  links,
  taskRows,
}: {
  links: readonly TimelineCrossLink[]
  taskRows: ReadonlyMap<number, TaskRow>
}) {
  const stubs = crossLaunchStubs(links, taskRows)
  if (stubs.length === 0) return null
  return (
    <div className="cross-launch-stubs" role="group" aria-label="Links to other launches">
      {stubs.map((stub) => (
        <Link
          key={stub.link.id}
          to={crossLinkHref(stub.link)}
          className={`cross-launch-stub is-${stub.link.direction}${stub.late ? ' is-late' : ''}`}
          style={{ left: stub.x, top: stub.y, width: STUB_LENGTH }}
          title={stub.label}
          aria-label={stub.label}
          data-cross-link-id={stub.link.id}
        >
          {stub.late && (
            <span className="cross-launch-stub-late" aria-hidden="true">
              late
            </span>
          )}
        </Link>
      ))}
    </div>
  )
})
