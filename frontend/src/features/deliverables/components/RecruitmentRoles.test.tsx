import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { launchActivityKey, launchReadinessKey } from '../../../lib/queryKeys'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { RecruitmentRoles } from './RecruitmentRoles'

const role = (over: Record<string, unknown> = {}) => ({
  id: 4, launch: 1, skill: 'Support agent', count: 3, status: 'open',
  created_at: '2027-01-01T10:00:00Z', updated_at: '2027-01-01T10:00:00Z', ...over,
})
const page = (...results: unknown[]) => ({ count: results.length, next: null, previous: null, results })

function header(init: RequestInit | undefined, name: string) {
  return (init?.headers as Record<string, string> | undefined)?.[name]
}

describe('RecruitmentRoles', () => {
  it('lists the roles with how many people and their status, read only without the right', async () => {
    mockFetch({ 'GET /api/v1/recruitment-roles/': { body: page(role(), role({ id: 5, skill: 'Trainer', count: 1, status: 'filled' })) } })
    renderWithProviders(<RecruitmentRoles launchId={1} canPlan={false} />)

    const agent = (await screen.findByRole('rowheader', { name: 'Support agent' })).closest('tr')!
    expect(within(agent).getByRole('cell', { name: '3' })).toBeInTheDocument()
    expect(within(agent).getByText('Open')).toBeInTheDocument()
    const trainer = screen.getByRole('rowheader', { name: 'Trainer' }).closest('tr')!
    expect(within(trainer).getByText('Filled')).toBeInTheDocument()
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    expect(screen.queryByRole('form')).not.toBeInTheDocument()
  })

  it('adds a role and reloads readiness (which counts it) and the activity', async () => {
    let sent: unknown = null
    let rows: unknown[] = []
    mockFetch({
      'GET /api/v1/recruitment-roles/': () => ({ body: page(...rows) }),
      'POST /api/v1/recruitment-roles/': (init) => {
        sent = JSON.parse(String(init?.body))
        rows = [role({ skill: 'Installer', count: 2 })]
        return { status: 201, body: rows[0] }
      },
    })
    const { queryClient } = renderWithProviders(<RecruitmentRoles launchId={1} canPlan />)
    queryClient.setQueryData(launchReadinessKey(1), { launch: 1 })
    const activityKey = [...launchActivityKey(1), { department: null }]
    queryClient.setQueryData(activityKey, { pages: [], pageParams: [] })

    const form = await screen.findByRole('form', { name: 'Add a role' })
    fireEvent.change(within(form).getByLabelText('Skill'), { target: { value: 'Installer' } })
    fireEvent.change(within(form).getByLabelText('People to recruit'), { target: { value: '2' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Add role' }))

    expect(await screen.findByRole('rowheader', { name: 'Installer' })).toBeInTheDocument()
    expect(sent).toEqual({ launch: 1, skill: 'Installer', count: 2, status: 'open' })
    expect(queryClient.getQueryState(launchReadinessKey(1))?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(activityKey)?.isInvalidated).toBe(true)
  })

  it('edits the count with If-Match and sends only what changed', async () => {
    let current = role()
    let sent: { body: unknown; ifMatch: string | undefined } | null = null
    mockFetch({
      'GET /api/v1/recruitment-roles/': () => ({ body: page(current) }),
      'GET /api/v1/recruitment-roles/4/': () => ({ body: current, headers: { ETag: '"r1"' } }),
      'PATCH /api/v1/recruitment-roles/4/': (init) => {
        sent = { body: JSON.parse(String(init?.body)), ifMatch: header(init, 'If-Match') }
        current = role({ count: 5, updated_at: '2027-01-02T10:00:00Z' })
        return { body: current }
      },
    })
    renderWithProviders(<RecruitmentRoles launchId={1} canPlan />)

    fireEvent.click(await screen.findByRole('button', { name: 'Edit “Support agent”' }))
    const form = screen.getByRole('form', { name: 'Edit role “Support agent”' })
    expect(within(form).getByRole('button', { name: 'Save role' })).toBeDisabled()
    fireEvent.change(within(form).getByLabelText('People to recruit'), { target: { value: '5' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }))

    await waitFor(() => expect(screen.queryByRole('form', { name: /^Edit role/ })).not.toBeInTheDocument())
    expect(sent).toEqual({ body: { count: 5 }, ifMatch: '"r1"' })
    const row = screen.getByRole('rowheader', { name: 'Support agent' }).closest('tr')!
    expect(within(row).getByRole('cell', { name: '5' })).toBeInTheDocument()
  })

  it("shows the server's refusal of a count under the count", async () => {
    mockFetch({
      'GET /api/v1/recruitment-roles/': { body: page() },
      'POST /api/v1/recruitment-roles/': {
        status: 400,
        body: {
          code: 'invalid',
          message: 'count: Ensure this value is greater than or equal to 1.',
          extra: { fields: { count: ['Ensure this value is greater than or equal to 1.'] } },
        },
      },
    })
    renderWithProviders(<RecruitmentRoles launchId={1} canPlan />)

    const form = await screen.findByRole('form', { name: 'Add a role' })
    fireEvent.change(within(form).getByLabelText('Skill'), { target: { value: 'Installer' } })
    fireEvent.change(within(form).getByLabelText('People to recruit'), { target: { value: '0' } })
    // The browser's own check (min 1) would stop this click; the server decides all the same.
    fireEvent.submit(form)

    const count = within(form).getByLabelText('People to recruit')
    await waitFor(() => expect(count).toHaveAccessibleDescription('Ensure this value is greater than or equal to 1.'))
    expect(count).toHaveAttribute('aria-invalid', 'true')
    expect(within(form).getByLabelText('Skill')).not.toHaveAttribute('aria-invalid')
  })

  it('a status change refused by the server shows its message', async () => {
    mockFetch({
      'GET /api/v1/recruitment-roles/': { body: page(role()) },
      'GET /api/v1/recruitment-roles/4/': { body: role(), headers: { ETag: '"r1"' } },
      'PATCH /api/v1/recruitment-roles/4/': {
        status: 403,
        body: { code: 'permission_denied', message: 'Only the office or the hr department (its members) may change recruiting.', extra: {} },
      },
    })
    renderWithProviders(<RecruitmentRoles launchId={1} canPlan />)

    fireEvent.change(await screen.findByLabelText('Status of “Support agent”'), { target: { value: 'filled' } })

    expect(await screen.findByRole('alert')).toHaveTextContent('Only the office or the hr department (its members) may change recruiting.')
  })
})
