import { ActivityList } from '../../features/activity'
import { GateApprovalPanel } from '../../features/gates'
import { ReadinessView } from '../../features/readiness'
import { useMe } from '../../features/session'
import { LaunchTimeline } from '../../features/timeline'
import { useLaunchId } from './LaunchPage'

function focusGate(gateId: number) {
  const card = document.getElementById(`gate-${gateId}`)
  card?.scrollIntoView({ block: 'start' })
  card?.focus()
}

/** The timeline and, below it, the gate panel (a gate marker jumps to its card). */
export function LaunchTimelinePage() {
  const launchId = useLaunchId()
  const me = useMe()
  if (!me.data) return null
  return (
    <>
      <LaunchTimeline launchId={launchId} viewer={me.data} onGateSelect={focusGate} />
      <GateApprovalPanel launchId={launchId} viewer={me.data} />
    </>
  )
}

export function LaunchReadinessPage() {
  return <ReadinessView launchId={useLaunchId()} />
}

export function LaunchActivityPage() {
  return <ActivityList launchId={useLaunchId()} />
}
