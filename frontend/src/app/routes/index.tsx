import type { RouteObject } from 'react-router'
import { HomePage } from './HomePage'
import { Layout } from './Layout'
import { NotFoundPage } from './NotFoundPage'

/** The app's routes; Django answers index.html for every path outside /api, /admin and /static. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
