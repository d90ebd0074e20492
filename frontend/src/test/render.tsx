/** Test renderers with a fresh query client that does not retry. */
import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router'
import { AppProviders } from '../app/providers'
import { routes } from '../app/routes'

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
}

/** One component inside the app's providers and a memory router (for its links). */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = createTestQueryClient()
  return {
    ...render(
      <AppProviders queryClient={queryClient}>
        <MemoryRouter>{ui}</MemoryRouter>
      </AppProviders>,
    ),
    queryClient,
  }
}

/** The app's routes at a path. */
export function renderRoute(path = '/') {
  const queryClient = createTestQueryClient()
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const result = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  )
  return { ...result, queryClient, router }
}
