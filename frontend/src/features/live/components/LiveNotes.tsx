import { useLiveNotes } from '../hooks'
import '../live.css'

/** What others just changed in the launch, in plain words, read out politely; each note goes after a few seconds. */
export function LiveNotes({ launchId }: { launchId: number }) {
  const notes = useLiveNotes(launchId)
  // The region stays in the page even when empty: screen readers announce what is added to a region they know.
  return (
    <div className="live-notes" role="status" aria-live="polite" aria-label="Changes by others">
      {notes.map((note) => (
        <p key={note.id} className="live-note">
          {note.text}
        </p>
      ))}
    </div>
  )
}
