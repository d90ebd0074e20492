export { NewLaunchFromPlaybookDialog } from './components/NewLaunchFromPlaybookDialog'
export { SaveAsPlaybookButton, SaveAsPlaybookDialog } from './components/SaveAsPlaybookDialog'
export { usePlaybooks, useInstantiatePlaybook, useSaveLaunchAsPlaybook } from './api/playbooks'
export type { PlaybookSummary } from './api/playbooks'
