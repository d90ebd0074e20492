import { useState } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Menu } from '../../../components/ui/Menu'
import { downloadPlan } from '../api/planExport'
import { fileSlug, saveBlob } from '../saveFile'
import { printWithWholeTimeline, timelinePng } from '../wholeTimeline'

type ExportAction = 'csv' | 'xlsx' | 'png' | 'print'

const ITEMS: { id: ExportAction; label: string }[] = [
  { id: 'png', label: 'Timeline as PNG' },
  { id: 'print', label: 'Print / PDF' },
  { id: 'csv', label: 'Plan as CSV' },
  { id: 'xlsx', label: 'Plan as Excel (XLSX)' },
]

export interface ExportMenuProps {
  launchId: number
  /** For the files' names ("aurora-timeline.png"; the plan's name comes from the server). */
  launchName: string
}

/**
 * The launch header's Export menu: the timeline as an image or printed (to PDF), the plan as CSV or XLSX. The
 * shared accessible menu (components/ui/Menu: arrow keys, Escape, focus back on the button); what it did, or why
 * it could not, is announced under it.
 */
export function ExportMenu({ launchId, launchName }: ExportMenuProps) {
  const [busy, setBusy] = useState<ExportAction | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [done, setDone] = useState<string | null>(null)
  const slug = fileSlug(launchName)

  async function run(action: ExportAction) {
    setError(null)
    setDone(null)
    setBusy(action)
    try {
      if (action === 'csv' || action === 'xlsx') {
        const name = await downloadPlan(launchId, action, `${slug}-plan.${action}`)
        setDone(`Saved ${name}.`)
      } else if (action === 'png') {
        const png = await timelinePng()
        if (!png) throw new Error('Open the Timeline tab to save it as an image.')
        const name = `${slug}-timeline.png`
        saveBlob(png, name)
        setDone(`Saved ${name}.`)
      } else {
        await printWithWholeTimeline()
      }
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="export-menu">
      <Menu
        label={busy ? 'Exporting…' : 'Export'}
        aria-label="Export"
        items={ITEMS.map((item) => ({ label: item.label, disabled: busy !== null, onSelect: () => void run(item.id) }))}
      />
      <p className="visually-hidden" role="status">
        {done ?? ''}
      </p>
      {error !== null && <ErrorNotice error={error} />}
    </div>
  )
}
