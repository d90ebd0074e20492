import type { RouteObject } from 'react-router'
import { HomePage } from './HomePage'
import { LaunchPage } from './LaunchPage'
import { LaunchSettingsPage } from './LaunchSettingsPage'
import {
  LaunchActivityPage,
  LaunchCommunicationsPage,
  LaunchDeliverablesPage,
  LaunchFeedbackPage,
  LaunchReadinessPage,
  LaunchTimelinePage,
} from './LaunchViews'
import { Layout } from './Layout'
import { NotFoundPage } from './NotFoundPage'

/** The app's routes; Django answers index.html for every path outside /api, /admin and /static. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'launches/:launchId',
        element: <LaunchPage />,
        children: [
          { index: true, element: <LaunchTimelinePage /> },
          { path: 'readiness', element: <LaunchReadinessPage /> },
          { path: 'communications', element: <LaunchCommunicationsPage /> },
          { path: 'deliverables', element: <LaunchDeliverablesPage /> },
          { path: 'feedback', element: <LaunchFeedbackPage /> },
          { path: 'activity', element: <LaunchActivityPage /> },
          { path: 'settings', element: <LaunchSettingsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
