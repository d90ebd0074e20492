/**
 * Page-number paged lists (?page=&page_size=, answering {count, next, previous, results}; the server's
 * core/pagination.py) with TanStack Query: useInfiniteQuery's paging options and the entries loaded so far.
 */
import type { InfiniteData } from '@tanstack/react-query'
import type { Paginated } from '../types/api'

/** Entries per request of a "Load more" list. */
export const PAGE_SIZE = 100

/** The largest page the server answers (max_page_size in core/pagination.py). */
export const MAX_PAGE_SIZE = 500

/** useInfiniteQuery's options for a page-number list: page 1 first, then the next while the server names one. */
export const pageNumberPaging = {
  initialPageParam: 1,
  getNextPageParam: (last: Paginated<unknown>, _all: unknown[], lastPage: number): number | undefined =>
    last.next ? lastPage + 1 : undefined,
}

/**
 * The entries of every loaded page in server order, each once (an entry created while paging pushes older
 * ones onto the next page, which would then show twice), and the count of the most recent answer.
 */
export function loadedEntries<T extends { id: number }>(
  data: Pick<InfiniteData<Paginated<T>>, 'pages'> | undefined,
): { entries: T[]; count: number } {
  if (!data || data.pages.length === 0) return { entries: [], count: 0 }
  const seen = new Set<number>()
  const entries: T[] = []
  for (const page of data.pages) {
    for (const entry of page.results) {
      if (seen.has(entry.id)) continue
      seen.add(entry.id)
      entries.push(entry)
    }
  }
  return { entries, count: data.pages[data.pages.length - 1].count }
}

/**
 * Every page of a list, in order, as one answer, for views that need the whole list at once. Stops after
 * `maxPages` requests; `next` is then not null and `count` says how many there are in all.
 */
export async function fetchAllPages<T extends { id: number }>(
  fetchPage: (page: number) => Promise<Paginated<T>>,
  maxPages: number,
): Promise<Paginated<T>> {
  const pages: Paginated<T>[] = []
  let last: Paginated<T>
  do {
    last = await fetchPage(pages.length + 1)
    pages.push(last)
  } while (last.next && pages.length < maxPages)
  const { entries } = loadedEntries({ pages })
  return { count: last.count, next: last.next, previous: null, results: entries }
}
