import { QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EditingBadge } from '../../components/ui/EditingBadge'
import { useEditingPresence, useRecentlyChanged } from '../../lib/live'
import { FakeWebSocket } from '../../test/fakeWebSocket'
import { mockFetch } from '../../test/fetch'
import { createTestQueryClient } from '../../test/render'
import { makeTimeline } from '../../test/timelineData'
import { timelineVersion, type Timeline } from './applyTimelineDelta'
import { LiveNotes } from './components/LiveNotes'
import { OfflineNotice } from './components/OfflineNotice'
import { PresenceBar } from './components/PresenceBar'
import { LiveProvider } from './LiveProvider'
import { useLaunchLive } from './useLaunchLive'

const timelineKey = ['launches', 1, 'timeline']
const me = { id: 6, name: 'Priya Raman' }
const pat = { id: 8, name: 'Pat Lee' }
const sam = { id: 9, name: 'Sam Cho' }

function ChangedItems() {
  return <p data-testid="changed">{[...useRecentlyChanged(1)].join(' ')}</p>
}

function TaskEditor() {
  useEditingPresence(1, { kind: 'task', id: 200 })
  return <EditingBadge launchId={1} kind="task" id={200} />
}

function LaunchView() {
  useLaunchLive(1)
  const [editing, setEditing] = useState(false)
  return (
    <>
      <PresenceBar launchId={1} />
      <OfflineNotice />
      <LiveNotes launchId={1} />
      <ChangedItems />
      <button type="button" onClick={() => setEditing(!editing)}>
        Toggle the editor
      </button>
      {editing && <TaskEditor />}
    </>
  )
}

/** The launch view with its live socket open and the hello said; the timeline cached at version v1. */
function renderLive({ onNotifications }: { onNotifications?: () => void } = {}) {
  const queryClient = createTestQueryClient()
  queryClient.setQueryData(timelineKey, { ...makeTimeline(), version: 'v1' })
  render(
    <QueryClientProvider client={queryClient}>
      <LiveProvider enabled onNotifications={onNotifications}>
        <LaunchView />
      </LiveProvider>
    </QueryClientProvider>,
  )
  const ws = FakeWebSocket.latest()
  act(() => {
    ws.open()
    ws.receive({ type: 'hello', user: me, connection: 'c-me' })
  })
  return { queryClient, ws, send: (message: unknown) => act(() => [message].flat().forEach((m) => ws.receive(m))) }
}

function moveDraft(actor: typeof pat | null, base = 'v1') {
  const moved = { ...makeTimeline().tasks[1]!, start: '2027-03-06', due: '2027-03-12' }
  const change = {
    type: 'change',
    launch: 1,
    actor,
    summary: `${actor?.name ?? 'T-Minus'} moved “Draft the press release” 3 days later`,
    items: [{ entity: 'task', action: 'updated', id: 200, label: 'Draft the press release' }],
    plan: true,
  }
  const schedule = {
    type: 'schedule',
    launch: 1,
    actor,
    timeline: { base, version: 'v2', refetch: false, lists: { tasks: { upsert: [moved], order: null } } },
  }
  // The note at commit, then what the schedule made of it (docs/live.md).
  return [change, schedule]
}

function here(connection: string, user: typeof pat, editing: unknown = null) {
  return { type: 'presence', launch: 1, connection, user, state: 'here', editing }
}

describe('LiveProvider and useLaunchLive', () => {
  afterEach(() => vi.useRealTimers())

  it('watches the launch once the socket opens', () => {
    const { ws } = renderLive()
    expect(ws.url).toBe(`ws://${location.host}/ws/live/`)
    expect(ws.sent).toEqual([{ type: 'watch', launch: 1 }])
  })

  it('applies a change to the cached timeline without a request, and reloads the launch’s other data', () => {
    const fetchMock = mockFetch({})
    const { queryClient, send } = renderLive()
    queryClient.setQueryData(['launches', 1, 'readiness'], { ready: 3 })

    send(moveDraft(pat))

    const timeline = queryClient.getQueryData<Timeline>(timelineKey)!
    expect(timeline.tasks.find((t) => t.id === 200)?.start).toBe('2027-03-06')
    expect(timelineVersion(timeline)).toBe('v2')
    expect(queryClient.getQueryState(timelineKey)?.isInvalidated).toBe(false)
    expect(queryClient.getQueryState(['launches', 1, 'readiness'])?.isInvalidated).toBe(true)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('shows the note of a change at once and keeps the timeline until the schedule’s difference comes', () => {
    const { queryClient, send } = renderLive()
    queryClient.setQueryData(['launches', 1, 'readiness'], { ready: 3 })
    const [change, schedule] = moveDraft(pat)

    send(change)
    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent('Pat Lee moved')
    expect(queryClient.getQueryState(['launches', 1, 'readiness'])?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(timelineKey)?.isInvalidated).toBe(false)
    expect(queryClient.getQueryData<Timeline>(timelineKey)?.tasks[1]?.start).toBe('2027-03-03')

    send(schedule)
    expect(queryClient.getQueryData<Timeline>(timelineKey)?.tasks[1]?.start).toBe('2027-03-06')
    expect(queryClient.getQueryState(timelineKey)?.isInvalidated).toBe(false)
  })

  it('reloads the timeline when the change is for another version than the one shown', () => {
    const { queryClient, send } = renderLive()
    send(moveDraft(pat, 'v0'))
    expect(queryClient.getQueryData<Timeline>(timelineKey)?.tasks[1]?.start).toBe('2027-03-03')
    expect(queryClient.getQueryState(timelineKey)?.isInvalidated).toBe(true)
  })

  it('reloads the launch after a reconnect when the plan moved on meanwhile, not when it did not', () => {
    const { queryClient, send } = renderLive()
    send({ type: 'watching', launch: 1, version: 'v1' })
    expect(queryClient.getQueryState(timelineKey)?.isInvalidated).toBe(false)
    send({ type: 'watching', launch: 1, version: 'v5' })
    expect(queryClient.getQueryState(timelineKey)?.isInvalidated).toBe(true)
  })

  it('reloads everything of a deleted launch', () => {
    const { queryClient, send } = renderLive()
    send({ type: 'change', launch: 1, actor: pat, summary: 'Pat Lee deleted the launch', items: [], plan: false, deleted: true })
    expect(queryClient.getQueryState(timelineKey)?.isInvalidated).toBe(true)
  })

  it('shows the note of another user’s change and highlights its items for a moment', () => {
    vi.useFakeTimers()
    const { send } = renderLive()
    send(moveDraft(pat))

    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent(
      'Pat Lee moved “Draft the press release” 3 days later',
    )
    expect(screen.getByTestId('changed')).toHaveTextContent('task:200')
    act(() => vi.advanceTimersByTime(3_000))
    expect(screen.getByTestId('changed')).toHaveTextContent('')
    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent('Pat Lee moved')
    act(() => vi.advanceTimersByTime(5_000))
    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent('')
  })

  it('applies the user’s own change but shows no note and no highlight for it', () => {
    const { queryClient, send } = renderLive()
    send(moveDraft(me))
    expect(queryClient.getQueryData<Timeline>(timelineKey)?.tasks[1]?.start).toBe('2027-03-06')
    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent('')
    expect(screen.getByTestId('changed')).toHaveTextContent('')
  })

  it('shows the others here once each, not the user, and drops who says goodbye', () => {
    const { send } = renderLive()
    expect(screen.queryByText(/Also here/)).not.toBeInTheDocument()
    send(here('c-me', me))
    expect(screen.queryByText(/Also here/)).not.toBeInTheDocument()
    send(here('c-pat-1', pat))
    send(here('c-pat-2', pat))
    send(here('c-sam', sam))

    expect(screen.getByText('Also here: Pat Lee and Sam Cho')).toBeInTheDocument()
    expect(screen.getByTitle('Pat Lee')).toHaveTextContent('PL')
    expect(screen.getByTitle('Sam Cho')).toHaveTextContent('SC')

    send({ ...here('c-sam', sam), state: 'gone' })
    expect(screen.getByText('Also here: Pat Lee')).toBeInTheDocument()
  })

  it('drops a connection not heard of for 25 minutes', () => {
    vi.useFakeTimers()
    const { send } = renderLive()
    /** Time passes; the server answers this tab's pings meanwhile (else the socket is given up on as silent). */
    const wait = (minutes: number) => {
      for (let step = 0; step < minutes * 60; step += 20) {
        act(() => vi.advanceTimersByTime(20_000))
        send({ type: 'pong' })
      }
    }
    send(here('c-pat', pat))
    wait(15)
    send(here('c-sam', sam))
    wait(11)

    expect(screen.getByText('Also here: Sam Cho')).toBeInTheDocument()
    // Sam's connection says again that it is here (every 10 minutes): they stay.
    send(here('c-sam', sam))
    wait(20)
    expect(screen.getByText('Also here: Sam Cho')).toBeInTheDocument()
  })

  it('says what this tab edits, and shows who else edits the same item', () => {
    const { ws, send } = renderLive()
    act(() => screen.getByRole('button', { name: 'Toggle the editor' }).click())
    expect(ws.sent.at(-1)).toEqual({ type: 'editing', launch: 1, item: { kind: 'task', id: 200 } })
    expect(screen.queryByText(/editing this/)).not.toBeInTheDocument()

    send(here('c-pat', pat, { kind: 'task', id: 200 }))
    send(here('c-sam', sam, { kind: 'task', id: 201 }))
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Pat Lee is editing this')
    send(here('c-sam', sam, { kind: 'task', id: 200 }))
    expect(screen.getByText('Pat Lee and Sam Cho are editing this')).toBeInTheDocument()

    act(() => screen.getByRole('button', { name: 'Toggle the editor' }).click())
    expect(ws.sent.at(-1)).toEqual({ type: 'editing', launch: 1, item: null })
  })

  it('shows the offline notice while the socket is down, and forgets who was here', () => {
    const { ws, send } = renderLive()
    send(here('c-pat', pat))
    expect(screen.queryByText(/Offline/)).not.toBeInTheDocument()

    act(() => ws.serverClose())
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
      'Offline: reconnecting… Changes made meanwhile will appear when the connection is back.',
    )
    expect(screen.queryByText(/Also here/)).not.toBeInTheDocument()
  })

  it('shows no offline notice once the server said the user is not signed in', () => {
    const { ws } = renderLive()
    act(() => ws.serverClose(4401))
    expect(screen.queryByText(/Offline/)).not.toBeInTheDocument()
  })

  it('passes on that the unread count changed', () => {
    const onNotifications = vi.fn()
    const { send } = renderLive({ onNotifications })
    send({ type: 'notifications' })
    expect(onNotifications).toHaveBeenCalledTimes(1)
  })

  it('opens no socket while not enabled', () => {
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <LiveProvider enabled={false}>
          <LaunchView />
        </LiveProvider>
      </QueryClientProvider>,
    )
    expect(FakeWebSocket.instances).toHaveLength(0)
    expect(screen.queryByText(/Also here/)).not.toBeInTheDocument()
  })
})
