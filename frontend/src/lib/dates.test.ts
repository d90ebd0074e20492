import { describe, expect, it } from 'vitest'
import {
  axisTicks,
  dayInZone,
  eachDay,
  formatDaysFromToday,
  formatMomentInZone,
  formatTimeOfDay,
  formatTZero,
  isoWeekday,
  tMinusLabel,
  timeZoneNames,
} from './dates'

describe('tMinusLabel', () => {
  it.each([
    [-14, 'T-14'],
    [-1, 'T-1'],
    [0, 'T-0'],
    [-0, 'T-0'],
    [3, 'T+3'],
    [120, 'T+120'],
  ])('labels %d days as %s', (offset, label) => {
    expect(tMinusLabel(offset)).toBe(label)
  })

  it('refuses a fraction of a day', () => {
    expect(() => tMinusLabel(1.5)).toThrow(RangeError)
    expect(() => tMinusLabel(Number.NaN)).toThrow(RangeError)
  })
})

describe('formatTZero', () => {
  // The test run pins TZ=UTC (vite.config.ts), standing in for the browser's zone.
  it('formats an ISO datetime in the browser time zone', () => {
    expect(formatTZero('2027-03-16T09:00:00Z')).toBe('Tue 16 Mar 2027, 09:00')
  })

  it('converts an offset datetime to the browser time zone', () => {
    expect(formatTZero('2027-03-16T09:30:00+01:00')).toBe('Tue 16 Mar 2027, 08:30')
  })

  it('shows an unparsable value as it came', () => {
    expect(formatTZero('not a date')).toBe('not a date')
  })
})

describe('formatMomentInZone', () => {
  it('formats a moment on the wall clock of the given zone, across a day boundary and midnight', () => {
    expect(formatMomentInZone('2027-01-05T08:00:00+00:00', 'Europe/Paris')).toBe('Tue 5 Jan 2027, 09:00')
    expect(formatMomentInZone('2027-03-16T02:30:00Z', 'America/New_York')).toBe('Mon 15 Mar 2027, 22:30')
    expect(formatMomentInZone('2027-03-15T23:00:00Z', 'Europe/Berlin')).toBe('Tue 16 Mar 2027, 00:00')
  })

  it('falls back to the browser zone for an unknown or missing zone, and shows a non-date as it came', () => {
    expect(formatMomentInZone('2027-03-16T09:00:00Z')).toBe('Tue 16 Mar 2027, 09:00')
    expect(formatMomentInZone('2027-03-16T09:00:00Z', 'Not/AZone')).toBe('Tue 16 Mar 2027, 09:00')
    expect(formatMomentInZone('not a date', 'Europe/Paris')).toBe('not a date')
  })
})

describe('timeZoneNames', () => {
  it('offers UTC first, once, and the IANA zones the browser knows', () => {
    const names = timeZoneNames()
    expect(names[0]).toBe('UTC')
    expect(names.filter((name) => name === 'UTC')).toHaveLength(1)
    expect(names).toContain('Europe/Paris')
    expect(names).toContain('America/New_York')
  })
})

describe('axisTicks', () => {
  it('labels each day with its weekday letter over its number', () => {
    expect(axisTicks('2026-01-04', '2026-01-05', 'day')).toEqual([
      { day: '2026-01-04', label: 'S\n4' },
      { day: '2026-01-05', label: 'M\n5' },
    ])
  })
})

describe('formatDaysFromToday', () => {
  it.each([
    [5, 'in 5 days'],
    [1, 'in 1 day'],
    [0, 'today'],
    [-1, '1 day ago'],
    [-3, '3 days ago'],
  ])('says %d days as %s', (days, words) => {
    expect(formatDaysFromToday(days)).toBe(words)
  })
})

describe('launch days', () => {
  it("finds a moment's calendar day in a launch's zone, whatever the browser's", () => {
    expect(dayInZone('2027-03-16T03:30:00Z', 'America/New_York')).toBe('2027-03-15')
    expect(dayInZone('2027-03-15T23:30:00Z', 'Europe/Berlin')).toBe('2027-03-16')
    expect(dayInZone('2027-03-15T23:30:00Z', 'Not/AZone')).toBe('2027-03-15')
    expect(dayInZone('x', 'UTC')).toBe('x')
  })

  it('numbers weekdays as ISO does and lists days inclusive', () => {
    expect(isoWeekday('2027-03-15')).toBe(1)
    expect(isoWeekday('2027-03-21')).toBe(7)
    expect(eachDay('2027-02-27', '2027-03-01')).toEqual(['2027-02-27', '2027-02-28', '2027-03-01'])
    expect(eachDay('2027-03-01', '2027-02-27')).toEqual([])
  })

  it('shows a time of day in hours and minutes', () => {
    expect(formatTimeOfDay('17:00:00')).toBe('17:00')
    expect(formatTimeOfDay('09:30')).toBe('09:30')
  })
})
