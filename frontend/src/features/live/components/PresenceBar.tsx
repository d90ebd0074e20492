import { namesText } from '../../../components/ui/EditingBadge'
import { usePresence } from '../hooks'
import '../live.css'

/** Avatars shown at most; the rest are counted. */
const MAX_AVATARS = 5

/** "PL" for Pat Lee, "P" for Pat. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words
  return letters.map((word) => word![0]!.toUpperCase()).join('')
}

/** The other people who have this launch open, as initials (the full name on hover); nothing when alone. */
export function PresenceBar({ launchId }: { launchId: number }) {
  const people = usePresence(launchId)
  if (people.length === 0) return null
  const shown = people.slice(0, MAX_AVATARS)
  const more = people.length - shown.length
  return (
    <p className="presence-bar">
      <span className="visually-hidden">Also here: {namesText(people.map((p) => p.name))}</span>
      <span className="presence-avatars" aria-hidden="true">
        {shown.map((person) => (
          <span key={person.id} className="presence-avatar" title={person.name}>
            {initials(person.name)}
          </span>
        ))}
        {more > 0 && (
          <span className="presence-avatar presence-more" title={people.slice(MAX_AVATARS).map((p) => p.name).join(', ')}>
            +{more}
          </span>
        )}
      </span>
    </p>
  )
}
