import { fireEvent, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../test/fetch'
import { renderWithProviders } from '../../test/render'
import { TaskSelect } from './TaskSelect'

const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })

function Chooser({ onChosen }: { onChosen: (task: number | null) => void }) {
  const [task, setTask] = useState<number | null>(null)
  return (
    <>
      <label htmlFor="task">Task</label>
      <TaskSelect
        id="task"
        launchId={3}
        value={task}
        onChange={(next) => {
          setTask(next)
          onChosen(next)
        }}
        aria-invalid
        aria-describedby="task-error"
      />
      <p id="task-error">Not this one.</p>
    </>
  )
}

describe('TaskSelect', () => {
  it("offers the launch's tasks grouped by department, and none", async () => {
    mockFetch({
      'GET /api/v1/tasks/': (_init, url) => {
        expect(url.searchParams.get('launch')).toBe('3')
        return {
          body: page([
            { id: 12, title: 'Write release notes', department_name: 'Engineering' },
            { id: 20, title: 'Draft the press release', department_name: 'PR' },
            { id: 14, title: 'Collect beta feedback', department_name: 'Engineering' },
          ]),
        }
      },
    })
    const chosen: (number | null)[] = []
    renderWithProviders(<Chooser onChosen={(task) => chosen.push(task)} />)
    const select = screen.getByLabelText('Task')
    expect(within(select).getByRole('option', { name: 'Loading tasks…' })).toBeInTheDocument()

    await within(select).findByRole('option', { name: 'No particular task' })
    const groups = within(select).getAllByRole('group')
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['Engineering', 'PR'])
    expect(within(groups[0]).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Write release notes',
      'Collect beta feedback',
    ])
    expect(select).toHaveAttribute('aria-invalid', 'true')
    expect(select).toHaveAccessibleDescription('Not this one.')

    fireEvent.change(select, { target: { value: '20' } })
    expect(select).toHaveValue('20')
    fireEvent.change(select, { target: { value: '' } })
    expect(chosen).toEqual([20, null])
  })

  it('says when the tasks could not be loaded, and still offers none', async () => {
    mockFetch({ 'GET /api/v1/tasks/': { status: 500, body: { code: 'error', message: 'boom', extra: {} } } })
    renderWithProviders(<Chooser onChosen={() => {}} />)
    expect(await screen.findByRole('status')).toHaveTextContent("The launch's tasks could not be loaded")
    expect(within(screen.getByLabelText('Task')).getByRole('option', { name: 'No particular task' })).toBeInTheDocument()
  })
})
