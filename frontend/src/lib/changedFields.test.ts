import { describe, expect, it } from 'vitest'
import { changedFields } from './changedFields'

describe('changedFields', () => {
  const role = { id: 4, skill: 'Support agent', count: 3, status: 'open', updated_at: '2027-01-01T10:00:00Z' }

  it('keeps only the listed fields that differ from the loaded entry', () => {
    const form = { skill: 'Support agent', count: 5, status: 'open' }
    expect(changedFields(role, form, ['skill', 'count', 'status'])).toEqual({ count: 5 })
    expect(changedFields(role, { ...form, count: 3 }, ['skill', 'count', 'status'])).toEqual({})
  })

  it('ignores fields not listed, and sends null and NaN when they differ', () => {
    const article = { title: 'Pairing', reviewer: 5 as number | null, task: null as number | null }
    const form: typeof article = { title: 'Pairing again', reviewer: null, task: 12 }
    expect(changedFields(article, form, ['reviewer', 'task'])).toEqual({ reviewer: null, task: 12 })
    expect(changedFields(role, { skill: 'Support agent', count: Number.NaN, status: 'open' }, ['count'])).toEqual({
      count: Number.NaN,
    })
  })
})
