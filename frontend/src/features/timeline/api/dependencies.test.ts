import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { dependency } from '../../../test/timelineData'
import { createTask, deleteTask } from './tasks'
import { deleteDependency, getDependencyAsShown, patchDependency } from './dependencies'

const link = { id: 1, launch: 1, predecessor: 100, successor: 200, type: 'finish_to_start', lag_days: 2, lag_count: 'working' }

describe('link and task writes', () => {
  it('never sends a blind PATCH or DELETE: without an ETag they stop with a 412', async () => {
    const fetchMock = mockFetch({})
    await expect(patchDependency(1, null, { lag_days: 1 })).rejects.toMatchObject({ status: 412, code: 'precondition_failed' })
    await expect(deleteDependency(1, null)).rejects.toMatchObject({ status: 412 })
    await expect(deleteTask(200, null)).rejects.toMatchObject({ status: 412 })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('reads a link as shown with its ETag, or a 412 when its type or lag changed since', async () => {
    mockFetch({ 'GET /api/v1/dependencies/1/': { body: link, headers: { ETag: '"d1"' } } })
    const shown = dependency({ id: 1, predecessor: 100, successor: 200, lag_days: 2 })
    expect((await getDependencyAsShown(shown)).etag).toBe('"d1"')
    await expect(getDependencyAsShown({ ...shown, lag_days: 0 })).rejects.toMatchObject({ status: 412 })
    await expect(getDependencyAsShown({ ...shown, type: 'start_to_start' })).rejects.toMatchObject({ status: 412 })
  })

  it('posts a new task and answers it with its ETag', async () => {
    const fetchMock = mockFetch({ 'POST /api/v1/tasks/': { status: 201, body: { id: 5, title: 'T' }, headers: { ETag: '"n"' } } })
    const created = await createTask({ workstream: 20, title: 'T', offset_days: -3 })
    expect(created).toEqual({ data: { id: 5, title: 'T' }, etag: '"n"' })
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toEqual({ workstream: 20, title: 'T', offset_days: -3 })
  })
})
