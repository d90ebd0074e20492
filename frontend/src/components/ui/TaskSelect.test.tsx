import { act, fireEvent, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../test/fetch'
import { renderWithProviders } from '../../test/render'
import { TaskSelect } from './TaskSelect'

const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })

function Chooser({ onChosen, initial = null }: { onChosen: (task: number | null) => void; initial?: number | null }) {
  const [task, setTask] = useState<number | null>(initial)
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

const tasks = [
  { id: 12, title: 'Write release notes', department_name: 'Engineering' },
  { id: 20, title: 'Draft the press release', department_name: 'PR' },
  { id: 14, title: 'Collect beta feedback', department_name: 'Engineering' },
]

describe('TaskSelect', () => {
  it("offers the launch's tasks grouped by department, and none", async () => {
    mockFetch({
      'GET /api/v1/tasks/': (_init, url) => {
        expect(url.searchParams.get('launch')).toBe('3')
        return { body: page(tasks) }
      },
    })
    const chosen: (number | null)[] = []
    renderWithProviders(<Chooser onChosen={(task) => chosen.push(task)} />)
    const input = screen.getByRole('combobox', { name: 'Task' })
    expect(input).toHaveAttribute('placeholder', 'Loading tasks…')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('Not this one.')
    await screen.findByPlaceholderText('No particular task')

    fireEvent.click(screen.getByRole('button', { name: /Show the tasks/ }))
    const list = screen.getByRole('listbox', { name: 'Suggestions Task' })
    const groups = within(list).getAllByRole('group')
    expect(groups.map((g) => g.textContent)).toEqual([
      'EngineeringWrite release notesCollect beta feedback',
      'PRDraft the press release',
    ])
    expect(groups.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'Engineering',
      'PR',
    ])
    expect(screen.queryByRole('button', { name: 'No particular task' })).not.toBeInTheDocument()

    fireEvent.click(within(list).getByRole('option', { name: 'Draft the press release' }))
    expect(input).toHaveValue('Draft the press release')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()

    // None again: the clear button, or clearing the text.
    fireEvent.click(screen.getByRole('button', { name: 'No particular task' }))
    expect(input).toHaveValue('')
    expect(input).toHaveAttribute('placeholder', 'No particular task')
    fireEvent.click(screen.getByRole('button', { name: /Show the tasks/ }))
    fireEvent.click(screen.getByRole('option', { name: 'Write release notes' }))
    fireEvent.change(input, { target: { value: '' } })
    expect(chosen).toEqual([20, null, 12, null])
  })

  it('filters as one types, whatever the case, and picks with the keyboard', async () => {
    mockFetch({ 'GET /api/v1/tasks/': { body: page(tasks) } })
    const chosen: (number | null)[] = []
    renderWithProviders(<Chooser onChosen={(task) => chosen.push(task)} />)
    const input = screen.getByRole('combobox', { name: 'Task' })
    await screen.findByPlaceholderText('No particular task')

    act(() => input.focus())
    fireEvent.change(input, { target: { value: 'RELEASE' } })
    const list = screen.getByRole('listbox')
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Write release notes',
      'Draft the press release',
    ])
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(input).toHaveValue('Draft the press release')
    expect(chosen).toEqual([20])

    fireEvent.change(input, { target: { value: 'nothing like it' } })
    expect(screen.getByRole('listbox')).toHaveTextContent('No task matches.')
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    // Escape puts back the chosen task's title.
    expect(input).toHaveValue('Draft the press release')
  })

  it('shows the chosen task once the tasks have loaded', async () => {
    mockFetch({ 'GET /api/v1/tasks/': { body: page(tasks) } })
    renderWithProviders(<Chooser onChosen={() => {}} initial={14} />)
    expect(await screen.findByDisplayValue('Collect beta feedback')).toBe(screen.getByRole('combobox', { name: 'Task' }))
  })

  it('says when the tasks could not be loaded, and leaves none chosen', async () => {
    mockFetch({ 'GET /api/v1/tasks/': { status: 500, body: { code: 'error', message: 'boom', extra: {} } } })
    renderWithProviders(<Chooser onChosen={() => {}} />)
    expect(await screen.findByRole('status')).toHaveTextContent("The launch's tasks could not be loaded")
    const input = screen.getByRole('combobox', { name: 'Task' })
    expect(input).toHaveValue('')
    expect(input).toHaveAttribute('placeholder', 'No particular task')
    fireEvent.click(screen.getByRole('button', { name: /Show the tasks/ }))
    expect(screen.getByRole('listbox')).toHaveTextContent('This launch has no tasks.')
  })
})
