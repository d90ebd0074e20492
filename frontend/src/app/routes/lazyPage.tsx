/**
 * What lies outside the first screen (the sign-in page, the launch list, the timeline) loads on first use, each
 * part in a chunk of its own: the other tabs, the settings and people pages, the playbook and calendar
 * dialogs (docs/performance.md, "Issue 16: bundle"; `make bench` prints the sizes).
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { Loading } from '../../components/ui/Loading'

/**
 * React.lazy for a named export: `const PeoplePage = lazyNamed(() => import('./PeoplePage'), 'PeoplePage')`
 * is used as the component itself (its props kept); render it inside a Suspense (`page()` or the caller's).
 */
export function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<object> })) as unknown as M[K]
}

/** A route's element while its chunk loads: the usual Loading. */
export function page(element: ReactNode) {
  return <Suspense fallback={<Loading />}>{element}</Suspense>
}
