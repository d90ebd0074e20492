import { fireEvent, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderRoute } from '../../../test/render'

const me = {
  id: 1, username: 'csbo', full_name: 'Casey Bo', email: 'csbo@example.com', time_zone: 'Europe/Paris',
  is_office: true, roles: ['office'], departments: [],
}
const empty = { count: 0, next: null, previous: null, results: [] }
const playbooks = {
  count: 1, next: null, previous: null,
  results: [{ id: 4, name: 'T-Minus standard launch', description: '', departments: [1, 2], task_count: 12, gate_count: 2 }],
}

describe('NewLaunchFromPlaybookDialog', () => {
  it('creates a launch from a playbook and opens it', async () => {
    let sent: Record<string, unknown> | null = null
    mockFetch({
      'GET /api/v1/auth/session/': { body: { user: me } },
      'GET /api/v1/launches/': { body: empty },
      'GET /api/v1/playbooks/': { body: playbooks },
      'POST /api/v1/playbooks/4/instantiate/': (init) => {
        sent = JSON.parse(String(init?.body)) as Record<string, unknown>
        return { status: 201, body: { id: 42, name: 'Nova', status: 'draft', t_zero: '2027-05-01T08:00:00Z', time_zone: 'Europe/Paris', owner: 1 } }
      },
    })
    const { router } = renderRoute('/')

    fireEvent.click(await screen.findByRole('button', { name: 'New launch from playbook' }))
    const dialog = await screen.findByRole('dialog', { name: 'New launch from playbook' })
    expect(await screen.findByRole('option', { name: /T-Minus standard launch/ })).toBeInTheDocument()
    fireEvent.change(screen.getByLabelText('Launch name'), { target: { value: 'Nova' } })
    fireEvent.change(screen.getByLabelText('T-0 (your time zone)'), { target: { value: '2027-05-01T10:00' } })
    fireEvent.change(screen.getByLabelText(/Launch time zone/), { target: { value: 'Europe/Paris' } })
    fireEvent.click(screen.getByRole('button', { name: 'Create launch' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/launches/42'))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(sent).toEqual({
      name: 'Nova',
      t_zero: new Date('2027-05-01T10:00').toISOString(),
      time_zone: 'Europe/Paris',
    })
  })
})
