import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderRoute } from '../../../test/render'

const office = {
  id: 1, username: 'csbo', full_name: 'Cora Sandoval', email: 'csbo@example.com', time_zone: 'Europe/Paris',
  is_office: true, roles: ['office'], departments: [],
}
const careLead = {
  ...office, id: 5, username: 'care.lead', full_name: 'Carla Nunes', is_office: false, roles: ['lead'],
  departments: [{ id: 3, name: 'Customer Care', slug: 'customer-care', role: 'lead' }],
}
const launch = { id: 1, name: 'Aurora', status: 'planning', t_zero: '2027-03-16T08:00:00Z', time_zone: 'Europe/Berlin', owner: 1 }
const empty = { count: 0, next: null, previous: null, results: [] }

describe('SaveAsPlaybookDialog', () => {
  it('saves the launch as a playbook and names the new playbook', async () => {
    let sent: unknown = null
    mockFetch({
      'GET /api/v1/auth/session/': { body: { user: office } },
      'GET /api/v1/launches/1/': { body: launch },
      'GET /api/v1/kb-articles/': { body: empty },
      'GET /api/v1/recruitment-roles/': { body: empty },
      'POST /api/v1/playbooks/': (init) => {
        sent = JSON.parse(String(init?.body))
        return { status: 201, body: { id: 9, name: 'Speaker launches', description: 'From Aurora', departments: [1], task_count: 12, gate_count: 2 } }
      },
    })
    const { queryClient } = renderRoute('/launches/1/deliverables')
    queryClient.setQueryData(['playbooks', 'list'], empty)

    fireEvent.click(await screen.findByRole('button', { name: 'Save as playbook' }))
    const dialog = screen.getByRole('dialog', { name: 'Save as playbook' })
    const name = within(dialog).getByLabelText('Playbook name')
    expect(name).toHaveValue('Aurora playbook')
    fireEvent.change(name, { target: { value: 'Speaker launches' } })
    fireEvent.change(within(dialog).getByLabelText(/^Description/), { target: { value: 'From Aurora' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save playbook' }))

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Saved playbook “Speaker launches” (12 tasks, 2 gates).')
    expect(sent).toEqual({ from_launch: 1, name: 'Speaker launches', description: 'From Aurora' })
    // "New launch from playbook" offers it next time.
    expect(queryClient.getQueryState(['playbooks', 'list'])?.isInvalidated).toBe(true)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
  })

  it("shows the server's error under the name it refuses", async () => {
    mockFetch({
      'GET /api/v1/auth/session/': { body: { user: office } },
      'GET /api/v1/launches/1/': { body: launch },
      'GET /api/v1/kb-articles/': { body: empty },
      'GET /api/v1/recruitment-roles/': { body: empty },
      'POST /api/v1/playbooks/': {
        status: 400,
        body: { code: 'invalid', message: 'A playbook named “Aurora playbook” exists already.', extra: { fields: { name: ['A playbook named “Aurora playbook” exists already.'] } } },
      },
    })
    renderRoute('/launches/1/deliverables')

    fireEvent.click(await screen.findByRole('button', { name: 'Save as playbook' }))
    const dialog = screen.getByRole('dialog', { name: 'Save as playbook' })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save playbook' }))

    const name = within(dialog).getByLabelText('Playbook name')
    await waitFor(() => expect(name).toHaveAccessibleDescription('A playbook named “Aurora playbook” exists already.'))
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument()
  })

  it('is not offered to anyone but the office; the Deliverables tab is', async () => {
    mockFetch({
      'GET /api/v1/auth/session/': { body: { user: careLead } },
      'GET /api/v1/launches/1/': { body: launch },
      'GET /api/v1/kb-articles/': { body: empty },
      'GET /api/v1/recruitment-roles/': { body: empty },
      'GET /api/v1/departments/': { body: empty },
    })
    renderRoute('/launches/1/deliverables')

    expect(await screen.findByRole('heading', { name: 'Aurora' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Deliverables' })).toHaveClass('active')
    expect(await screen.findByRole('form', { name: 'Add an article' })).toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Add a role' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save as playbook' })).not.toBeInTheDocument()
  })
})
