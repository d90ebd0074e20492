import { useId, useState } from 'react'
import type { TimelineTask } from '../api/timeline'

/** Type a task's title to scroll the timeline to it and open it (the rows out of view are not in the page). */
export function TaskFinder({ tasks, onFind }: { tasks: TimelineTask[]; onFind: (taskId: number) => void }) {
  const id = useId()
  const [value, setValue] = useState('')
  const byTitle = new Map(tasks.map((t) => [t.title.toLowerCase(), t.id]))

  function find(text: string) {
    const taskId = byTitle.get(text.trim().toLowerCase())
    if (taskId !== undefined) {
      onFind(taskId)
      setValue('')
    }
  }

  return (
    <form
      className="task-finder"
      role="search"
      onSubmit={(e) => {
        e.preventDefault()
        find(value)
      }}
    >
      <label htmlFor={`${id}-find`}>Find a task</label>{' '}
      <input
        id={`${id}-find`}
        list={`${id}-titles`}
        value={value}
        onChange={(e) => {
          setValue(e.target.value)
          // Picking from the list fills the whole title: open it at once.
          if (byTitle.has(e.target.value.toLowerCase())) find(e.target.value)
        }}
      />
      <datalist id={`${id}-titles`}>
        {tasks.map((t) => (
          <option key={t.id} value={t.title} />
        ))}
      </datalist>
    </form>
  )
}
