import { describe, expect, it } from 'vitest'
import {
  daysToTZeroLabel,
  filtersFromSearch,
  isSlipping,
  portfolioTimeline,
  searchWithFilters,
  slipLabel,
} from './model'
import { portfolioQueryString } from './api/portfolio'
import { makePortfolioLaunch } from './testData'

describe('portfolio filters in the URL', () => {
  it('reads repeated statuses in lifecycle order and one department, dropping what is no filter', () => {
    const filters = filtersFromSearch(new URLSearchParams('status=ready&status=bogus&status=planning&department=3'))
    expect(filters).toEqual({ statuses: ['planning', 'ready'], department: 3 })
    expect(filtersFromSearch(new URLSearchParams('department=abc'))).toEqual({ statuses: [], department: null })
    expect(filtersFromSearch(new URLSearchParams('department=-2'))).toEqual({ statuses: [], department: null })
  })

  it('writes the filters back, keeping other parameters and replacing the old filters', () => {
    const next = searchWithFilters(new URLSearchParams('status=draft&department=1&tab=x'), {
      statuses: ['planning', 'launched'],
      department: null,
    })
    expect(next.toString()).toBe('tab=x&status=planning&status=launched')
  })

  it('sends the server status repeated and the department once, nothing when unfiltered', () => {
    expect(portfolioQueryString({ statuses: ['planning', 'ready'], department: 3 })).toBe(
      '?status=planning&status=ready&department=3',
    )
    expect(portfolioQueryString({ statuses: [], department: null })).toBe('')
  })
})

describe('portfolio figures in words', () => {
  it('says days to T-0 before and after launch day', () => {
    expect(daysToTZeroLabel(12)).toBe('in 12 days')
    expect(daysToTZeroLabel(1)).toBe('in 1 day')
    expect(daysToTZeroLabel(0)).toBe('today')
    expect(daysToTZeroLabel(-1)).toBe('1 day ago')
    expect(daysToTZeroLabel(-4)).toBe('4 days ago')
  })

  it('says a forecast finishing by T-0 is on time and counts the days after it', () => {
    expect(slipLabel(0)).toBe('on time')
    expect(slipLabel(-3)).toBe('on time')
    expect(slipLabel(1)).toBe('+1 day')
    expect(slipLabel(4)).toBe('+4 days')
    expect(slipLabel(null)).toBeNull()
    expect([isSlipping(4), isSlipping(0), isSlipping(-1), isSlipping(null)]).toEqual([true, false, false, false])
  })
})

describe('portfolioTimeline', () => {
  const early = makePortfolioLaunch({
    id: 1,
    t_zero: '2027-03-11T00:00:00Z',
    gates: [{ id: 7, name: 'Go/No-Go', moment: '2027-03-10T00:00:00Z', status: 'pending' }],
    milestones: [{ id: 5, name: 'Announcement', moment: '2027-03-02T00:00:00Z' }],
  })
  const late = makePortfolioLaunch({ id: 2, name: 'Borealis hub', t_zero: '2027-03-20T00:00:00Z', time_zone: 'UTC' })

  it('puts every launch on one axis from the day before the first moment to the day after the last', () => {
    const timeline = portfolioTimeline([early, late], new Date('2027-03-06T00:00:00Z'))!
    // 1 Mar to 21 Mar inclusive: 21 days; a moment at midnight d days after 1 Mar is at d/21 of the width.
    expect(timeline.first).toBe('2027-03-01')
    expect(timeline.last).toBe('2027-03-21')
    const [first, second] = timeline.rows
    const byKey = Object.fromEntries(first!.markers.map((m) => [m.key, m.at]))
    expect(byKey['milestone-5']).toBeCloseTo((1 / 21) * 100)
    expect(byKey['gate-7']).toBeCloseTo((9 / 21) * 100)
    expect(byKey['t-zero']).toBeCloseTo((10 / 21) * 100)
    expect([first!.from, first!.to]).toEqual([byKey['milestone-5'], byKey['t-zero']])
    expect(second!.markers).toHaveLength(1)
    expect(second!.markers[0]!.at).toBeCloseTo((19 / 21) * 100)
    expect(timeline.today).toBeCloseTo((5 / 21) * 100)
    // Under three months: a tick each Monday.
    expect(timeline.ticks.map((t) => t.day)).toEqual(['2027-03-01', '2027-03-08', '2027-03-15'])
  })

  it('names each marker with what it is and when, in the launch zone', () => {
    const [row] = portfolioTimeline([early], new Date('2027-01-01T00:00:00Z'))!.rows
    expect(row!.markers.map((m) => m.label)).toEqual([
      'Milestone Announcement: Tue 2 Mar 2027, 01:00',
      'Gate Go/No-Go (pending): Wed 10 Mar 2027, 01:00',
      'T-0: Thu 11 Mar 2027, 01:00',
    ])
  })

  it('leaves today off an axis that does not hold it, and ticks long spans by month', () => {
    const long = makePortfolioLaunch({ id: 3, t_zero: '2027-09-01T00:00:00Z' })
    const timeline = portfolioTimeline([early, long], new Date('2026-01-01T00:00:00Z'))!
    expect(timeline.today).toBeNull()
    expect(timeline.ticks.map((t) => t.label)).toEqual([
      'Mar 2027', 'Apr 2027', 'May 2027', 'Jun 2027', 'Jul 2027', 'Aug 2027', 'Sep 2027',
    ])
  })

  it('has no axis without launches', () => {
    expect(portfolioTimeline([])).toBeNull()
  })
})
