import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderRoute } from '../../../test/render'
import type { ApiModel } from '../../../types/api'

const office: ApiModel<'Me'> = {
  id: 1,
  username: 'csbo',
  full_name: 'Casey Bo',
  email: 'csbo@example.com',
  time_zone: 'UTC',
  is_office: true,
  roles: ['office'],
  departments: [],
}

const mia = {
  id: 7,
  username: 'mia',
  first_name: 'Mia',
  last_name: 'Meyer',
  full_name: 'Mia Meyer',
  email: 'mia@example.com',
  time_zone: 'UTC',
  is_office: false,
  is_active: true,
  departments: [],
  invitation_pending: false,
  capacity_tasks_per_week: 3,
  capacity_hours_per_week: null,
  date_joined: '2027-01-01T00:00:00Z',
  last_login: null,
}
const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })

function serve(answer: (body: Record<string, unknown>) => { status?: number; body: unknown }) {
  const sent: Record<string, unknown>[] = []
  mockFetch({
    'GET /api/v1/auth/session/': { body: { user: office } },
    'GET /api/v1/users/': { body: page([mia]) },
    'GET /api/v1/users/7/': { body: mia, headers: { ETag: '"v1"' } },
    'GET /api/v1/departments/': { body: page([]) },
    'PATCH /api/v1/users/7/': (init) => {
      const body = JSON.parse(String(init?.body)) as Record<string, unknown>
      sent.push(body)
      return answer(body)
    },
  })
  return sent
}

async function editor() {
  const row = await screen.findByRole('row', { name: 'Mia Meyer' })
  fireEvent.click(within(row).getByRole('button', { name: 'Edit Mia Meyer' }))
  return within(await screen.findByRole('dialog', { name: 'Edit Mia Meyer' }))
}

describe('a person’s weekly capacity', () => {
  it('is set by the office, sending only the capacity that changed (empty clears)', async () => {
    const sent = serve((body) => ({ body: { ...mia, ...body } }))
    renderRoute('/people')
    const dialog = await editor()
    const tasks = dialog.getByRole('spinbutton', { name: 'Tasks per week' })
    const hours = dialog.getByRole('spinbutton', { name: 'Hours per week' })
    expect(tasks).toHaveValue(3)
    expect(hours).toHaveValue(null)

    fireEvent.change(tasks, { target: { value: '' } })
    fireEvent.change(hours, { target: { value: '32' } })
    fireEvent.click(dialog.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(sent).toHaveLength(1))
    expect(sent[0]).toMatchObject({ capacity_tasks_per_week: null, capacity_hours_per_week: 32 })
  })

  it('shows the server’s refusal under the field', async () => {
    serve(() => ({
      status: 400,
      body: {
        code: 'invalid',
        message: 'capacity_hours_per_week: Ensure this value is less than or equal to 168.',
        extra: { fields: { capacity_hours_per_week: ['Ensure this value is less than or equal to 168.'] } },
      },
    }))
    renderRoute('/people')
    const dialog = await editor()
    const hours = dialog.getByRole('spinbutton', { name: 'Hours per week' })
    fireEvent.change(hours, { target: { value: '40' } })
    fireEvent.click(dialog.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(hours).toHaveAttribute('aria-invalid', 'true'))
    const described = document.getElementById(hours.getAttribute('aria-describedby') ?? '')
    expect(described).toHaveTextContent('Ensure this value is less than or equal to 168.')
  })
})
