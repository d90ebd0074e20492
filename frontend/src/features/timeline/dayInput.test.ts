import { describe, expect, it } from 'vitest'
import { describeResolvedDay, offsetDay, parseDayInput, type DayInputContext } from './dayInput'
import { tOffset, type WorkingCalendar } from './model'

// T-0 is Tuesday 16 March 2027.
const tZeroDate = '2027-03-16'
const calendarDays: WorkingCalendar = { working_weekdays: [1, 2, 3, 4, 5], closed_days: [], offset_count: 'calendar' }
const workingDays: WorkingCalendar = {
  working_weekdays: [1, 2, 3, 4, 5],
  closed_days: [{ date: '2027-03-12', reason: 'Company offsite' }],
  offset_count: 'working',
}
const calendar: DayInputContext = { tZeroDate, calendar: calendarDays }
const working: DayInputContext = { tZeroDate, calendar: workingDays }

describe('parseDayInput: offsets from T-0', () => {
  it.each([
    ['T-14', -14, '2027-03-02'],
    ['t+3', 3, '2027-03-19'],
    ['T-0', 0, '2027-03-16'],
    ['T+0', 0, '2027-03-16'],
    ['T', 0, '2027-03-16'],
    ['  T - 14 ', -14, '2027-03-02'],
    ['T−14', -14, '2027-03-02'],
    ['-14', -14, '2027-03-02'],
    ['+3', 3, '2027-03-19'],
  ])('reads %s as %i calendar days (%s)', (text, offset, day) => {
    expect(parseDayInput(text, calendar)).toEqual({ kind: 'offset', offset, day, dayOff: null })
  })

  it('counts working days when the launch counts offsets so, skipping weekends and closures', () => {
    // Back from Tue 16 Mar: Mon 15, (weekend), Fri 12 is closed, Thu 11 is T-2.
    expect(parseDayInput('T-2', working)).toMatchObject({ kind: 'offset', offset: -2, day: '2027-03-11' })
    // Forward from Tue 16: Wed 17, Thu 18, Fri 19, Mon 22 is T+4.
    expect(parseDayInput('T+4', working)).toMatchObject({ day: '2027-03-22', offset: 4 })
    expect(parseDayInput('T-0', working)).toMatchObject({ day: tZeroDate, offset: 0 })
  })

  it('lands on the day tOffset reads back, for every offset within a season', () => {
    for (let offset = -60; offset <= 60; offset++) {
      expect(tOffset(offsetDay(offset, tZeroDate, workingDays), tZeroDate, workingDays)).toBe(offset)
    }
  })

  it('refuses an offset beyond the plan', () => {
    expect(parseDayInput('T-4000', calendar)).toEqual({
      kind: 'invalid',
      error: 'T-4000 is too far from launch day (at most 3650 days).',
    })
  })
})

describe('parseDayInput: calendar dates', () => {
  it.each([
    ['2027-03-02', '2027-03-02'],
    ['2027-3-2', '2027-03-02'],
    ['2 Mar 2027', '2027-03-02'],
    ['2 march 2027', '2027-03-02'],
    ['March 2, 2027', '2027-03-02'],
    ['Mar 2nd 2027', '2027-03-02'],
    ['Tue 2 Mar 2027', '2027-03-02'],
    ['Tuesday, 2 March 2027', '2027-03-02'],
    ['2027/03/02', '2027-03-02'],
    ['25/12/2026', '2026-12-25'],
    ['12/25/2026', '2026-12-25'],
    ['02/02/27', '2027-02-02'],
  ])('reads %s as %s', (text, day) => {
    expect(parseDayInput(text, calendar)).toMatchObject({ kind: 'date', day })
  })

  it('gives the offset from T-0 of the date, as the launch counts offsets', () => {
    expect(parseDayInput('2027-03-02', calendar)).toEqual({ kind: 'date', day: '2027-03-02', offset: -14, dayOff: null })
    // Working days from Thu 11 Mar: 11, 15 (12 is closed, 13-14 a weekend): T-2.
    expect(parseDayInput('2027-03-11', working)).toMatchObject({ offset: -2 })
  })

  it('without a year, takes the one nearest launch day', () => {
    expect(parseDayInput('Jan 5', calendar)).toMatchObject({ day: '2027-01-05' })
    expect(parseDayInput('5 Dec', calendar)).toMatchObject({ day: '2026-12-05' })
    expect(parseDayInput('1 Sep', calendar)).toMatchObject({ day: '2027-09-01' })
  })

  it('says a day off is one', () => {
    expect(parseDayInput('2027-03-13', calendar)).toMatchObject({ dayOff: 'Saturday' })
    expect(parseDayInput('2027-03-12', working)).toMatchObject({ dayOff: 'Company offsite' })
  })

  it('refuses a numeric date that reads two ways, saying both', () => {
    expect(parseDayInput('05/01/2027', calendar)).toEqual({
      kind: 'invalid',
      error: '05/01/2027 could be 5 Jan or 1 May: type it as 2027-01-05 or 5 Jan 2027.',
    })
  })

  it('refuses days that do not exist and a weekday that does not match', () => {
    expect(parseDayInput('2027-02-30', calendar)).toEqual({ kind: 'invalid', error: '2027-02-30 is not a day of the calendar.' })
    expect(parseDayInput('31/31/2027', calendar)).toMatchObject({ kind: 'invalid' })
    expect(parseDayInput('Mon 2 Mar 2027', calendar)).toEqual({ kind: 'invalid', error: '2 Mar 2027 is a Tuesday, not a Monday.' })
  })

  it.each(['14', 'soon', 'T-', 'T-1.5', '2027-03', 'Jan', '32 Jan 2027'])('cannot read %s and says what to type', (text) => {
    expect(parseDayInput(text, calendar)).toEqual({
      kind: 'invalid',
      error: 'Type a date like 2027-01-05 or an offset like T-14.',
    })
  })

  it('answers empty for blank text', () => {
    expect(parseDayInput('   ', calendar)).toEqual({ kind: 'empty' })
  })
})

describe('describeResolvedDay', () => {
  it('shows the day and its offset, and a day off', () => {
    expect(describeResolvedDay({ kind: 'offset', day: '2027-03-02', offset: -14, dayOff: null })).toBe('Tue 2 Mar 2027 · T-14')
    expect(describeResolvedDay({ kind: 'date', day: '2027-03-13', offset: -3, dayOff: 'Saturday' })).toBe(
      'Sat 13 Mar 2027 · T-3 · a day off (Saturday)',
    )
  })
})
