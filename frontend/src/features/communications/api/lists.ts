/** The list endpoints of issue 20 answer a plain list; a paginated answer is read the same way. */
import type { Paginated } from '../../../types/api'

export function listOf<T>(answer: T[] | Paginated<T>): T[] {
  return Array.isArray(answer) ? answer : answer.results
}
