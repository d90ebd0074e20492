export { NewLaunchFromPlaybookDialog } from './components/NewLaunchFromPlaybookDialog'
export { usePlaybooks, useInstantiatePlaybook } from './api/playbooks'
export type { PlaybookSummary } from './api/playbooks'
