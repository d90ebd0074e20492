import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore, type ReactNode } from 'react'
import { Toaster } from '../components/ui/Toaster'
import { LiveProvider } from '../features/live'
import { unreadCountKey } from '../features/notifications'
import { meQueryKey } from '../features/session'

/** Whether someone is signed in, as the session check (useMe, in the layout) last said; it fetches nothing itself. */
function useSignedIn(): boolean {
  const queryClient = useQueryClient()
  return useSyncExternalStore(
    (listener) => queryClient.getQueryCache().subscribe(listener),
    () => Boolean(queryClient.getQueryData(meQueryKey)),
  )
}

/** The live socket for the signed-in (anyone else's the server would close); notices reload their count. */
function SignedInLive({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  return (
    <LiveProvider
      enabled={useSignedIn()}
      onNotifications={() => void queryClient.invalidateQueries({ queryKey: unreadCountKey })}
    >
      {children}
    </LiveProvider>
  )
}

/** Everything the app renders inside, save the router (so tests can bring a memory router); the toasts' region. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SignedInLive>{children}</SignedInLive>
      <Toaster />
    </QueryClientProvider>
  )
}
