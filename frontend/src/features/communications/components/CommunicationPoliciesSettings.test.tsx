import { fireEvent, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { CommunicationPoliciesSettings } from './CommunicationPoliciesSettings'

describe('CommunicationPoliciesSettings', () => {
  it('shows each kind’s approval rule and saves a change with PATCH', async () => {
    let policies = [
      { kind: 'press_release', kind_label: 'Press release', approval: 'office' },
      { kind: 'internal_notice', kind_label: 'Internal notice', approval: 'none' },
    ]
    const patches: { path: string; body: unknown }[] = []
    mockFetch({
      'GET /api/v1/communication-policies/': () => ({ body: policies }),
      'PATCH /api/v1/communication-policies/press_release/': (init) => {
        const body = JSON.parse(String(init?.body)) as { approval: string }
        patches.push({ path: 'press_release', body })
        policies = [{ ...policies[0]!, approval: body.approval }, policies[1]!]
        return { body: policies[0] }
      },
    })
    renderWithProviders(<CommunicationPoliciesSettings />)

    const press = await screen.findByRole('combobox', { name: 'Press release' })
    expect(press).toHaveValue('office')
    expect(screen.getByRole('combobox', { name: 'Internal notice' })).toHaveValue('none')
    fireEvent.change(press, { target: { value: 'lead' } })
    expect(await screen.findByText('Saved.')).toBeInTheDocument()
    expect(patches).toEqual([{ path: 'press_release', body: { approval: 'lead' } }])
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Press release' })).toHaveValue('lead'))
  })

  it('says why a change was refused and keeps the saved rule', async () => {
    mockFetch({
      'GET /api/v1/communication-policies/': { body: [{ kind: 'blog', kind_label: 'Blog', approval: 'office' }] },
      'PATCH /api/v1/communication-policies/blog/': {
        status: 403,
        body: { code: 'permission_denied', message: 'Only the office sets approval rules.', extra: {} },
      },
    })
    renderWithProviders(<CommunicationPoliciesSettings />)
    fireEvent.change(await screen.findByRole('combobox', { name: 'Blog' }), { target: { value: 'none' } })
    expect(await screen.findByRole('alert')).toHaveTextContent('Only the office sets approval rules.')
    expect(screen.getByRole('combobox', { name: 'Blog' })).toHaveValue('office')
  })
})
