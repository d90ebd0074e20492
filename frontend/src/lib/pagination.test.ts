import { describe, expect, it, vi } from 'vitest'
import { fetchAllPages, loadedEntries, pageNumberPaging } from './pagination'

const entry = (id: number) => ({ id })
const page = (ids: number[], count: number, next: string | null) => ({
  count,
  next,
  previous: null,
  results: ids.map(entry),
})

describe('pageNumberPaging', () => {
  it('asks for the next page while the server names one', () => {
    expect(pageNumberPaging.getNextPageParam(page([1], 3, '/x/?page=3'), [], 2)).toBe(3)
    expect(pageNumberPaging.getNextPageParam(page([1], 3, null), [], 3)).toBeUndefined()
  })
})

describe('loadedEntries', () => {
  it('lists every loaded entry once, in order, with the latest count', () => {
    // Entry 3 was pushed onto page 2 by a new entry created while paging.
    const data = { pages: [page([1, 2, 3], 4, 'next'), page([3, 4], 5, null)] }
    expect(loadedEntries(data)).toEqual({ entries: [entry(1), entry(2), entry(3), entry(4)], count: 5 })
    expect(loadedEntries(undefined)).toEqual({ entries: [], count: 0 })
  })
})

describe('fetchAllPages', () => {
  it('reads pages until the last one', async () => {
    const fetchPage = vi.fn(async (n: number) => (n === 1 ? page([1, 2], 3, '?page=2') : page([3], 3, null)))
    await expect(fetchAllPages(fetchPage, 5)).resolves.toEqual({
      count: 3,
      next: null,
      previous: null,
      results: [entry(1), entry(2), entry(3)],
    })
    expect(fetchPage.mock.calls.map(([n]) => n)).toEqual([1, 2])
  })

  it('stops after maxPages and keeps next, so the caller can say the list is cut short', async () => {
    const fetchPage = vi.fn(async (n: number) => page([n], 10, `?page=${n + 1}`))
    const all = await fetchAllPages(fetchPage, 2)
    expect(fetchPage).toHaveBeenCalledTimes(2)
    expect(all).toMatchObject({ count: 10, next: '?page=3', results: [entry(1), entry(2)] })
  })
})
