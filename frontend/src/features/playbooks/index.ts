export { NewLaunchFromPlaybookDialog } from './components/NewLaunchFromPlaybookDialog'
export { SaveAsPlaybookButton } from './components/SaveAsPlaybookDialog'
