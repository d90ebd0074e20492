import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { launchActivityKey, launchReadinessKey } from '../../../lib/queryKeys'
import { chooseOption } from '../../../test/combobox'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { KnowledgeBaseArticles } from './KnowledgeBaseArticles'

const carla = { id: 5, username: 'care.lead', full_name: 'Carla Nunes' }
const article = (over: Record<string, unknown> = {}) => ({
  id: 7, launch: 1, title: 'Pairing the speaker', url: 'https://kb.example.com/pairing', status: 'to_write',
  reviewer: 5, reviewer_detail: carla, task: null, task_title: null, created_at: '2027-01-01T10:00:00Z',
  updated_at: '2027-01-01T10:00:00Z', ...over,
})
const page = (...results: unknown[]) => ({ count: results.length, next: null, previous: null, results })
const careDepartment = page({
  id: 3, name: 'Customer Care', slug: 'customer-care',
  members: [{ id: 1, user: carla, role: 'lead' }, { id: 2, user: { id: 6, username: 'care.member', full_name: 'Chen Wei' }, role: 'member' }],
})

const tasks = page(
  { id: 12, title: 'Write the pairing article', department_name: 'Customer Care' },
  { id: 14, title: 'Write the warranty article', department_name: 'Customer Care' },
  { id: 20, title: 'Record the pairing video', department_name: 'Marketing' },
)

function body(init: RequestInit | undefined) {
  return JSON.parse(String(init?.body)) as Record<string, unknown>
}

function header(init: RequestInit | undefined, name: string) {
  return (init?.headers as Record<string, string> | undefined)?.[name]
}

describe('KnowledgeBaseArticles', () => {
  it('shows each article with its status and reviewer, read only for those who may not plan it', async () => {
    mockFetch({ 'GET /api/v1/kb-articles/': { body: page(article(), article({ id: 8, title: 'Resetting', url: '', reviewer: null, reviewer_detail: null, status: 'published', task: 3, task_title: 'Write the reset FAQ' })) } })
    renderWithProviders(<KnowledgeBaseArticles launchId={1} canPlan={false} />)

    const pairing = (await screen.findByRole('rowheader', { name: 'Pairing the speaker' })).closest('tr')!
    expect(within(pairing).getByRole('link', { name: 'Pairing the speaker' })).toHaveAttribute('href', 'https://kb.example.com/pairing')
    expect(within(pairing).getByText('To write')).toBeInTheDocument()
    expect(within(pairing).getByText('Carla Nunes')).toBeInTheDocument()
    expect(within(pairing).queryByText(/^Task:/)).not.toBeInTheDocument()
    const resetting = screen.getByRole('rowheader', { name: /^Resetting/ }).closest('tr')!
    expect(within(resetting).getByText('Task: Write the reset FAQ')).toBeInTheDocument()
    expect(within(resetting).getByText('Published')).toBeInTheDocument()
    expect(within(resetting).getByText('Nobody yet')).toBeInTheDocument()
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Edit|Delete/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Add an article' })).not.toBeInTheDocument()
  })

  it('adds an article with a reviewer from Customer Care and its task, and reloads the list, readiness and activity only', async () => {
    let sent: Record<string, unknown> | null = null
    let rows = [] as unknown[]
    let taskReads = 0
    mockFetch({
      'GET /api/v1/kb-articles/': () => ({ body: page(...rows) }),
      'GET /api/v1/departments/': { body: careDepartment },
      'GET /api/v1/tasks/': (_init, url) => {
        expect(url.searchParams.get('launch')).toBe('1')
        taskReads += 1
        return { body: tasks }
      },
      'POST /api/v1/kb-articles/': (init) => {
        sent = body(init)
        rows = [article({ title: 'Warranty', url: '', reviewer: 6, reviewer_detail: { id: 6, username: 'care.member', full_name: 'Chen Wei' } })]
        return { status: 201, body: rows[0] }
      },
    })
    const { queryClient } = renderWithProviders(<KnowledgeBaseArticles launchId={1} canPlan />)
    queryClient.setQueryData(launchReadinessKey(1), { launch: 1 })
    const activityKey = [...launchActivityKey(1), { department: null }]
    queryClient.setQueryData(activityKey, { pages: [], pageParams: [] })

    expect(await screen.findByText('No articles yet.')).toBeInTheDocument()
    const form = screen.getByRole('form', { name: 'Add an article' })
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Warranty' } })
    await within(form).findByRole('option', { name: 'Chen Wei' })
    fireEvent.change(within(form).getByLabelText('Reviewer'), { target: { value: '6' } })
    const taskSelect = within(form).getByLabelText('Task (optional)')
    await chooseOption(taskSelect, 'Write the warranty article')
    fireEvent.click(within(form).getByRole('button', { name: 'Add article' }))

    expect(await screen.findByRole('rowheader', { name: 'Warranty' })).toBeInTheDocument()
    expect(sent).toEqual({ launch: 1, title: 'Warranty', url: '', status: 'to_write', reviewer: 6, task: 14 })
    expect(queryClient.getQueryState(launchReadinessKey(1))?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(activityKey)?.isInvalidated).toBe(true)
    // The form's task options (up to 20 pages) are not what an article changes: read once, not reloaded.
    expect(taskReads).toBe(1)
    expect(within(form).getByLabelText('Title')).toHaveValue('')
    expect(taskSelect).toHaveValue('')
  })

  it('sends the task in the PATCH only when it changed', async () => {
    let current = article({ task: 12 })
    const patches: Record<string, unknown>[] = []
    mockFetch({
      'GET /api/v1/kb-articles/': () => ({ body: page(current) }),
      'GET /api/v1/departments/': { body: careDepartment },
      'GET /api/v1/tasks/': { body: tasks },
      'GET /api/v1/kb-articles/7/': () => ({ body: current, headers: { ETag: `"${current.updated_at}"` } }),
      'PATCH /api/v1/kb-articles/7/': (init) => {
        patches.push(body(init))
        current = { ...current, ...body(init), updated_at: `2027-01-0${patches.length + 1}T10:00:00Z` }
        return { body: current }
      },
    })
    renderWithProviders(<KnowledgeBaseArticles launchId={1} canPlan />)

    // A change elsewhere leaves the task out.
    fireEvent.click(await screen.findByRole('button', { name: 'Edit “Pairing the speaker”' }))
    let form = screen.getByRole('form', { name: 'Edit article “Pairing the speaker”' })
    let taskSelect = within(form).getByLabelText('Task (optional)')
    await waitFor(() => expect(taskSelect).toHaveValue('Write the pairing article'))
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Pairing' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save article' }))
    await waitFor(() => expect(screen.queryByRole('form', { name: /^Edit article/ })).not.toBeInTheDocument())

    // Another task, then none.
    fireEvent.click(await screen.findByRole('button', { name: 'Edit “Pairing”' }))
    form = screen.getByRole('form', { name: 'Edit article “Pairing”' })
    taskSelect = within(form).getByLabelText('Task (optional)')
    await chooseOption(taskSelect, 'Record the pairing video')
    fireEvent.click(within(form).getByRole('button', { name: 'Save article' }))
    await waitFor(() => expect(screen.queryByRole('form', { name: /^Edit article/ })).not.toBeInTheDocument())
    fireEvent.click(await screen.findByRole('button', { name: 'Edit “Pairing”' }))
    form = screen.getByRole('form', { name: 'Edit article “Pairing”' })
    fireEvent.click(within(form).getByRole('button', { name: 'No particular task' }))
    fireEvent.click(within(form).getByRole('button', { name: 'Save article' }))
    await waitFor(() => expect(screen.queryByRole('form', { name: /^Edit article/ })).not.toBeInTheDocument())

    expect(patches).toEqual([{ title: 'Pairing' }, { task: 20 }, { task: null }])
  })

  it("shows the server's message for the task under the task", async () => {
    mockFetch({
      'GET /api/v1/kb-articles/': { body: page() },
      'GET /api/v1/departments/': { body: careDepartment },
      'GET /api/v1/tasks/': { body: tasks },
      'POST /api/v1/kb-articles/': {
        status: 400,
        body: { code: 'invalid', message: 'task: not this launch', extra: { fields: { task: ['The task must belong to the same launch.'] } } },
      },
    })
    renderWithProviders(<KnowledgeBaseArticles launchId={1} canPlan />)

    const form = await screen.findByRole('form', { name: 'Add an article' })
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Warranty' } })
    const taskSelect = within(form).getByLabelText('Task (optional)')
    await chooseOption(taskSelect, 'Record the pairing video')
    fireEvent.click(within(form).getByRole('button', { name: 'Add article' }))

    await waitFor(() => expect(taskSelect).toHaveAttribute('aria-invalid', 'true'))
    expect(taskSelect).toHaveAccessibleDescription('The task must belong to the same launch.')
    expect(within(form).getAllByRole('alert')).toHaveLength(1)
  })

  it('changes a status in place with If-Match carrying the ETag of the version shown', async () => {
    let patch: { body: Record<string, unknown>; ifMatch: string | undefined } | null = null
    let current = article()
    mockFetch({
      'GET /api/v1/kb-articles/': () => ({ body: page(current) }),
      'GET /api/v1/departments/': { body: careDepartment },
      'GET /api/v1/kb-articles/7/': () => ({ body: current, headers: { ETag: '"v1"' } }),
      'PATCH /api/v1/kb-articles/7/': (init) => {
        patch = { body: body(init), ifMatch: header(init, 'If-Match') }
        current = article({ status: 'published', updated_at: '2027-01-02T10:00:00Z' })
        return { body: current, headers: { ETag: '"v2"' } }
      },
    })
    renderWithProviders(<KnowledgeBaseArticles launchId={1} canPlan />)

    fireEvent.change(await screen.findByLabelText('Status of “Pairing the speaker”'), { target: { value: 'published' } })

    await waitFor(() => expect(screen.getByLabelText('Status of “Pairing the speaker”')).toHaveValue('published'))
    expect(patch).toEqual({ body: { status: 'published' }, ifMatch: '"v1"' })
  })

  it('refuses to overwrite an article someone else changed, and says to reload', async () => {
    let patched = false
    mockFetch({
      'GET /api/v1/kb-articles/': { body: page(article()) },
      'GET /api/v1/departments/': { body: careDepartment },
      'GET /api/v1/kb-articles/7/': { body: article({ status: 'in_review', updated_at: '2027-01-03T10:00:00Z' }), headers: { ETag: '"v9"' } },
      'PATCH /api/v1/kb-articles/7/': () => {
        patched = true
        return { body: article() }
      },
    })
    renderWithProviders(<KnowledgeBaseArticles launchId={1} canPlan />)

    fireEvent.change(await screen.findByLabelText('Status of “Pairing the speaker”'), { target: { value: 'published' } })

    expect(await screen.findByRole('alert')).toHaveTextContent(/^Someone else changed this since you loaded it/)
    expect(patched).toBe(false)
  })

  it('edits an article and, on a 412 from the server, reloads the edit from the current version', async () => {
    let current = article()
    const ifMatches: (string | undefined)[] = []
    mockFetch({
      'GET /api/v1/kb-articles/': () => ({ body: page(current) }),
      'GET /api/v1/departments/': { body: careDepartment },
      'GET /api/v1/kb-articles/7/': () => ({ body: current, headers: { ETag: `"${current.updated_at}"` } }),
      'PATCH /api/v1/kb-articles/7/': (init) => {
        ifMatches.push(header(init, 'If-Match'))
        if (ifMatches.length === 1) {
          // Someone else saved between our read and our write.
          current = article({ title: 'Pairing (v2)', updated_at: '2027-01-05T10:00:00Z' })
          return { status: 412, body: { code: 'precondition_failed', message: 'changed', extra: {} } }
        }
        current = { ...current, ...body(init), updated_at: '2027-01-06T10:00:00Z' }
        return { body: current }
      },
    })
    renderWithProviders(<KnowledgeBaseArticles launchId={1} canPlan />)

    fireEvent.click(await screen.findByRole('button', { name: 'Edit “Pairing the speaker”' }))
    let form = screen.getByRole('form', { name: 'Edit article “Pairing the speaker”' })
    fireEvent.change(within(form).getByLabelText(/^Link/), { target: { value: 'https://kb.example.com/p2' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save article' }))

    expect(await within(form).findByRole('alert')).toHaveTextContent('Someone else changed this article since you loaded it')
    fireEvent.click(within(form).getByRole('button', { name: 'Reload it' }))
    form = await screen.findByRole('form', { name: 'Edit article “Pairing (v2)”' })
    expect(within(form).getByLabelText('Title')).toHaveValue('Pairing (v2)')
    fireEvent.change(within(form).getByLabelText(/^Link/), { target: { value: 'https://kb.example.com/p2' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save article' }))

    await waitFor(() => expect(screen.queryByRole('form', { name: /^Edit article/ })).not.toBeInTheDocument())
    expect(ifMatches).toEqual(['"2027-01-01T10:00:00Z"', '"2027-01-05T10:00:00Z"'])
    expect(current.url).toBe('https://kb.example.com/p2')
    expect(current.title).toBe('Pairing (v2)')
  })

  it("shows the server's field error under the field it names, and a refusal beside the form", async () => {
    let answer: { status: number; body: { code: string; message: string; extra: Record<string, unknown> } } = {
      status: 400,
      body: { code: 'invalid', message: 'An article needs a title.', extra: { fields: { title: ['An article needs a title.'] } } },
    }
    mockFetch({
      'GET /api/v1/kb-articles/': { body: page() },
      'GET /api/v1/departments/': { body: careDepartment },
      'POST /api/v1/kb-articles/': () => answer,
    })
    renderWithProviders(<KnowledgeBaseArticles launchId={1} canPlan />)

    const form = await screen.findByRole('form', { name: 'Add an article' })
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: '  ' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Add article' }))

    const title = within(form).getByLabelText('Title')
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'))
    expect(title).toHaveAccessibleDescription('An article needs a title.')
    expect(within(form).getAllByRole('alert')).toHaveLength(1)

    answer = {
      status: 403,
      body: { code: 'permission_denied', message: 'Only the office or the customer-care department (its members) may plan knowledge base articles.', extra: {} },
    }
    fireEvent.change(title, { target: { value: 'Warranty' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Add article' }))
    expect(await within(form).findByText(/^Only the office or the customer-care department/)).toHaveAttribute('role', 'alert')
    expect(title).not.toHaveAttribute('aria-invalid')
  })

  it('deletes an article after asking, with If-Match', async () => {
    let rows = [article()]
    let ifMatch: string | undefined
    mockFetch({
      'GET /api/v1/kb-articles/': () => ({ body: page(...rows) }),
      'GET /api/v1/departments/': { body: careDepartment },
      'GET /api/v1/kb-articles/7/': { body: article(), headers: { ETag: '"v1"' } },
      'DELETE /api/v1/kb-articles/7/': (init) => {
        ifMatch = header(init, 'If-Match')
        rows = []
        return { status: 204 }
      },
    })
    renderWithProviders(<KnowledgeBaseArticles launchId={1} canPlan />)

    fireEvent.click(await screen.findByRole('button', { name: 'Delete “Pairing the speaker”' }))
    const ask = screen.getByRole('alertdialog', { name: 'Delete “Pairing the speaker”?' })
    fireEvent.click(within(ask).getByRole('button', { name: 'Yes, delete' }))

    expect(await screen.findByText('No articles yet.')).toBeInTheDocument()
    expect(ifMatch).toBe('"v1"')
  })
})
