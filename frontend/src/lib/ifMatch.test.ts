import { describe, expect, it } from 'vitest'
import { mockFetch } from '../test/fetch'
import { ApiError } from './api'
import { etagIfUnchanged } from './ifMatch'

describe('etagIfUnchanged', () => {
  const shown = { id: 5, title: 'Aurora', decisions: [{ id: 1, comment: 'ok' }] }

  it("answers the detail's ETag when it is what the list showed, whatever the key order", async () => {
    mockFetch({
      'GET /api/v1/things/5/': { body: { decisions: [{ comment: 'ok', id: 1 }], title: 'Aurora', id: 5 }, headers: { ETag: '"v7"' } },
    })
    await expect(etagIfUnchanged('/things/5/', shown, 'thing')).resolves.toBe('"v7"')
  })

  it('rejects with a 412 when someone changed it since', async () => {
    mockFetch({ 'GET /api/v1/things/5/': { body: { ...shown, title: 'Borealis' }, headers: { ETag: '"v8"' } } })
    const error = await etagIfUnchanged('/things/5/', shown, 'thing').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 412, code: 'precondition_failed', message: 'This thing changed since you loaded it.' })
  })

  it('rejects with a 412 rather than write blindly when the server sent no ETag', async () => {
    mockFetch({ 'GET /api/v1/things/5/': { body: shown } })
    await expect(etagIfUnchanged('/things/5/', shown, 'thing')).rejects.toMatchObject({ status: 412 })
  })

  it('passes on a 404 of an item deleted since', async () => {
    mockFetch({})
    await expect(etagIfUnchanged('/things/5/', shown, 'thing')).rejects.toMatchObject({ status: 404 })
  })
})
