import { CommunicationPoliciesSettings } from '../../features/communications'
import { useMe } from '../../features/session'

/**
 * /settings/communications: who approves each kind of communication. The policies hold for every launch, so
 * they live here rather than in one launch's settings; the office's only (the API refuses others too).
 */
export function CommunicationSettingsPage() {
  const me = useMe()
  if (!me.data) return null
  if (!me.data.is_office) return <p role="status">Only the Social Business Office sets who approves communications.</p>
  return <CommunicationPoliciesSettings />
}
