import { describe, expect, it } from 'vitest'
import { LAUNCH_NEXT_STATUSES, parseHolidayRegions, utcToWallClock, wallClockToUtc } from './model'

describe('wallClockToUtc', () => {
  it("reads the wall clock in the launch's zone, whatever the browser's", () => {
    expect(wallClockToUtc('2027-03-16T09:00', 'Europe/Paris')).toBe('2027-03-16T08:00:00.000Z')
    expect(wallClockToUtc('2027-07-01T09:00', 'Europe/Paris')).toBe('2027-07-01T07:00:00.000Z')
    expect(wallClockToUtc('2027-06-01T14:30', 'America/New_York')).toBe('2027-06-01T18:30:00.000Z')
    expect(wallClockToUtc('2027-03-16T09:00', 'UTC')).toBe('2027-03-16T09:00:00.000Z')
  })

  it('takes a time a clock change skips as after the change', () => {
    // Paris skips 02:00–03:00 on 28 March 2027.
    expect(wallClockToUtc('2027-03-28T02:30', 'Europe/Paris')).toBe('2027-03-28T01:30:00.000Z')
  })

  it('answers null for an incomplete value or an unknown zone', () => {
    expect(wallClockToUtc('', 'UTC')).toBeNull()
    expect(wallClockToUtc('2027-03-16', 'UTC')).toBeNull()
    expect(wallClockToUtc('2027-03-16T09:00', 'Mars/Olympus')).toBeNull()
  })

  it('round-trips with utcToWallClock', () => {
    expect(utcToWallClock('2027-03-16T08:00:00Z', 'Europe/Paris')).toBe('2027-03-16T09:00')
    expect(utcToWallClock('nonsense', 'Europe/Paris')).toBe('')
  })
})

describe('parseHolidayRegions', () => {
  it('splits on commas and spaces and upper-cases', () => {
    expect(parseHolidayRegions(' us, de-by  FR;gb-sct ')).toEqual(['US', 'DE-BY', 'FR', 'GB-SCT'])
    expect(parseHolidayRegions('')).toEqual([])
  })
})

describe('LAUNCH_NEXT_STATUSES', () => {
  it('follows the lifecycle: closed is the end, cancelled goes back to draft', () => {
    expect(LAUNCH_NEXT_STATUSES.ready).toContain('launched')
    expect(LAUNCH_NEXT_STATUSES.draft).not.toContain('launched')
    expect(LAUNCH_NEXT_STATUSES.closed).toEqual([])
    expect(LAUNCH_NEXT_STATUSES.cancelled).toEqual(['draft'])
  })
})
