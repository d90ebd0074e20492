import { useId } from 'react'
import { matchesMessage } from '../filters'

/**
 * Search on any part of a task's title: the matches are highlighted on their bars and in the list, the count
 * said; Enter (or Next) goes to the next one, Shift+Enter (or Previous) back, each scrolled into the middle of
 * the view and opened.
 */
export function TaskFinder({
  query,
  onQuery,
  count,
  current,
  onStep,
}: {
  query: string
  onQuery: (query: string) => void
  count: number
  /** The match shown (0-based), -1 before the first Enter. */
  current: number
  onStep: (direction: 1 | -1) => void
}) {
  const id = useId()
  const active = query.trim() !== ''
  return (
    <form
      className="task-finder"
      role="search"
      onSubmit={(e) => {
        e.preventDefault()
        if (count > 0) onStep(1)
      }}
    >
      <label htmlFor={`${id}-find`} className="visually-hidden">
        Find a task
      </label>
      <input
        id={`${id}-find`}
        type="search"
        value={query}
        placeholder="Find a task…"
        aria-describedby={active ? `${id}-count` : undefined}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.shiftKey) {
            e.preventDefault()
            if (count > 0) onStep(-1)
          } else if (e.key === 'Escape' && query) {
            e.preventDefault()
            onQuery('')
          }
        }}
      />
      <button type="button" className="icon-button" aria-label="Previous match" disabled={count === 0} onClick={() => onStep(-1)}>
        ↑
      </button>
      <button type="button" className="icon-button" aria-label="Next match" disabled={count === 0} onClick={() => onStep(1)}>
        ↓
      </button>
      {active && (
        <span id={`${id}-count`} className={`task-finder-count${count === 0 ? ' is-empty' : ''}`} role="status">
          {count > 0 && current >= 0 ? `${current + 1} of ${matchesMessage(count, query)}` : matchesMessage(count, query)}
        </span>
      )}
    </form>
  )
}
