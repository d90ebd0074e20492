import type { RouteObject } from 'react-router'
import { HomePage } from './HomePage'
import { LaunchPage } from './LaunchPage'
import {
  LaunchActivityPage,
  LaunchCommunicationsBoardPage,
  LaunchCommunicationsPage,
  LaunchDeliverablesPage,
  LaunchFeedbackPage,
  LaunchPlanListPage,
  LaunchReadinessPage,
  LaunchTimelinePage,
} from './LaunchViews'
import { Layout } from './Layout'
import { lazyNamed, page } from './lazyPage'
import { NotFoundPage } from './NotFoundPage'

// Outside the first screen (sign-in, launch list, timeline): loaded on first visit (lazyPage.tsx). The other
// launch tabs are small pages here whose features LaunchViews.tsx loads lazily; page() gives them a Suspense.
const LaunchSettingsPage = lazyNamed(() => import('./LaunchSettingsPage'), 'LaunchSettingsPage')
const PeoplePage = lazyNamed(() => import('./PeoplePage'), 'PeoplePage')
const SetPasswordPage = lazyNamed(() => import('./PeoplePage'), 'SetPasswordPage')
const HintsPage = lazyNamed(() => import('./HintsPage'), 'HintsPage')
const PortfolioPage = lazyNamed(() => import('./PortfolioPage'), 'PortfolioPage')
const WorkloadPage = lazyNamed(() => import('./WorkloadPage'), 'WorkloadPage')
const CommunicationSettingsPage = lazyNamed(() => import('./CommunicationSettingsPage'), 'CommunicationSettingsPage')

/** The app's routes; Django answers index.html for every path outside /api, /admin and /static. */
export const routes: RouteObject[] = [
  // The invited set their password before they can sign in: outside the layout's sign-in gate.
  { path: 'set-password', element: page(<SetPasswordPage />) },
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'launches/:launchId',
        element: <LaunchPage />,
        children: [
          { index: true, element: <LaunchTimelinePage /> },
          { path: 'list', element: page(<LaunchPlanListPage />) },
          { path: 'readiness', element: page(<LaunchReadinessPage />) },
          { path: 'communications', element: page(<LaunchCommunicationsPage />) },
          { path: 'communications/board', element: page(<LaunchCommunicationsBoardPage />) },
          { path: 'deliverables', element: page(<LaunchDeliverablesPage />) },
          { path: 'feedback', element: page(<LaunchFeedbackPage />) },
          { path: 'activity', element: page(<LaunchActivityPage />) },
          { path: 'settings', element: page(<LaunchSettingsPage />) },
        ],
      },
      { path: 'people', element: page(<PeoplePage />) },
      { path: 'portfolio', element: page(<PortfolioPage />) },
      { path: 'workload', element: page(<WorkloadPage />) },
      { path: 'hints', element: page(<HintsPage />) },
      { path: 'settings/communications', element: page(<CommunicationSettingsPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
