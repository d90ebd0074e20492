export { historyKey, useHistory, useRedo, useUndo } from './api/history'
export type { HistoryState, UndoStep } from './api/history'
export { canUndo } from './permissions'
export { UndoRedoButtons } from './components/UndoRedoButtons'
