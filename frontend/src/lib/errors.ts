/** Server errors in plain words for people: what went wrong, and what happens next. */
import { isApiError } from './api'

function fieldMessages(fields: unknown): string[] {
  if (typeof fields !== 'object' || fields === null) return []
  return Object.values(fields as Record<string, unknown>).flatMap((value) =>
    Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [],
  )
}

export interface WriteErrorContext {
  /** The item written, as people name it ("Draft the press release"): a 412 then says which item changed. */
  item?: string
}

/** A sentence or two for a failed write; the UI reloads the current state beside it. */
export function describeWriteError(error: unknown, { item }: WriteErrorContext = {}): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : 'Something went wrong; nothing was saved.'
  switch (error.code) {
    case 'precondition_failed':
      return item
        ? `“${item}” was changed by someone else since you opened it: your change was not saved. The panel now shows the current version.`
        : 'Someone else changed this since you loaded it. The current version is now shown: check it and make your change again.'
    case 'dependency_cycle': {
      const titles = error.extra.cycle_titles
      return Array.isArray(titles) && titles.length > 0
        ? `That dependency would make a loop: ${titles.map(String).join(' → ')}. Nothing was saved.`
        : `${error.message} Nothing was saved.`
    }
    case 'gate_not_approved':
      return `${error.message} The gate's approvers must approve it first.`
    case 'embargo_not_lifted':
      return `Not published: ${error.message} Publish it once the embargo lifts.`
    case 'network_error':
      return 'The server could not be reached; nothing was saved. Check your connection and try again.'
    case 'permission_denied':
    case 'not_authenticated':
      return error.message
    default: {
      const details = fieldMessages(error.extra.fields)
      if (details.length > 1) return details.join(' ')
      return error.message
    }
  }
}

/**
 * The server's messages per field of a refused write (`extra.fields` of a 400), to show under each input:
 * {count: ['A role recruits at least one person.']}. Empty for any other error.
 */
export function fieldErrors(error: unknown): Record<string, string[]> {
  if (!isApiError(error)) return {}
  const fields = error.extra.fields
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return {}
  const result: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
    const messages = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []
    if (messages.length > 0) result[name] = messages
  }
  return result
}
