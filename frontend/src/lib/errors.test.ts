import { describe, expect, it } from 'vitest'
import { ApiError } from './api'
import { describeWriteError, fieldErrors } from './errors'

const error = (status: number, code: string, message: string, extra = {}) => new ApiError(status, { code, message, extra })

describe('describeWriteError', () => {
  it('explains a 412 and that the current version is shown', () => {
    expect(describeWriteError(error(412, 'precondition_failed', 'x'))).toMatch(/^Someone else changed this since you loaded it\. The current version is now shown/)
  })

  it('names the item of a 412 when told it, and says nothing was saved', () => {
    expect(describeWriteError(error(412, 'precondition_failed', 'x'), { item: 'Draft' })).toBe(
      '“Draft” was changed by someone else since you opened it: your change was not saved. The panel now shows the current version.',
    )
  })

  it('names the cycle a dependency would close', () => {
    const e = error(400, 'dependency_cycle', 'Cycle.', { cycle: [1, 2, 1], cycle_titles: ['A', 'B', 'A'] })
    expect(describeWriteError(e)).toBe('That dependency would make a loop: A → B → A. Nothing was saved.')
  })

  it('says a gate must be approved first', () => {
    expect(describeWriteError(error(409, 'gate_not_approved', '“X” comes after gate “G”, which is not approved yet.'))).toBe(
      '“X” comes after gate “G”, which is not approved yet. The gate\'s approvers must approve it first.',
    )
  })

  it('keeps the server message otherwise, and joins several field errors', () => {
    expect(describeWriteError(error(403, 'permission_denied', 'Only the lead may.'))).toBe('Only the lead may.')
    expect(describeWriteError(error(400, 'invalid', 'First.', { fields: { a: ['First.'], b: ['Second.'] } }))).toBe('First. Second.')
    expect(describeWriteError(error(0, 'network_error', 'x'))).toMatch(/could not be reached; nothing was saved/)
  })
})

describe('fieldErrors', () => {
  it('answers the messages of each field the server named', () => {
    const e = error(400, 'invalid', 'count: Too small.', { fields: { count: ['Too small.'], skill: 'Blank.', other: [] } })
    expect(fieldErrors(e)).toEqual({ count: ['Too small.'], skill: ['Blank.'] })
  })

  it('is empty for errors without fields', () => {
    expect(fieldErrors(error(403, 'permission_denied', 'No.'))).toEqual({})
    expect(fieldErrors(new Error('x'))).toEqual({})
    expect(fieldErrors(null)).toEqual({})
  })
})
