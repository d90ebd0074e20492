/** The server's messages for one field of a refused write, including nested ones (a list item's, `closures[2]`). */
import { isApiError } from '../../lib/api'

function flatten(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(flatten)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(flatten)
  return []
}

/**
 * Messages under `extra.fields` for `field` and its items: DRF answers a list item's error as
 * {holiday_regions: {"0": [...]}}, the services as {"closures[1]": [...]}; both are this field's.
 */
export function fieldMessages(error: unknown, field: string): string[] | undefined {
  if (!isApiError(error)) return undefined
  const fields = error.extra.fields
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return undefined
  const messages = Object.entries(fields as Record<string, unknown>)
    .filter(([name]) => name === field || name.startsWith(`${field}[`))
    .flatMap(([, value]) => flatten(value))
  return messages.length > 0 ? messages : undefined
}

/** True when the error names one of `fields` (then it shows at the field, not again as a general message). */
export function errorIsAtFields(error: unknown, fields: string[]): boolean {
  return fields.some((field) => fieldMessages(error, field) !== undefined)
}
