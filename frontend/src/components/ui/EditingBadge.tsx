/** "Pat Lee is editing this": who else has the same item open for editing (live presence, docs/live.md). */
import { useEditors, type EditingKind } from '../../lib/live'
import './EditingBadge.css'

/** A list of names as one says it: "Pat Lee", "Pat Lee and Sam Cho", "Pat Lee, Sam Cho and Ana Ruiz". */
export function namesText(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

export function EditingBadge({ launchId, kind, id }: { launchId: number; kind: EditingKind; id: number }) {
  const editors = useEditors(launchId, kind, id)
  if (editors.length === 0) return null
  return (
    <p className="editing-badge" role="status">
      {namesText(editors.map((p) => p.name))} {editors.length === 1 ? 'is' : 'are'} editing this
    </p>
  )
}
