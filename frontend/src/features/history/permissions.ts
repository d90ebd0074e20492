/** Who has changes to undo: anyone who may change the plan, so everyone signed in but a viewer (history/api/views.py CanUndo). */
export function canUndo(viewer: { is_office: boolean; departments: readonly unknown[] }): boolean {
  return viewer.is_office || viewer.departments.length > 0
}
