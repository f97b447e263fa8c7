import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { resetCsrf } from '@/api/http'
import type { InspectionAnswerInput, InspectionDetails, StandardItem } from '@/api/types'
import { clearCookies, json, plugins } from '@/test/support'
import ConductPage from './ConductPage.vue'

function item(id: number, clause: string): StandardItem {
  return {
    id,
    position: id,
    clause,
    text: `item ${clause}`,
    answerType: 'YES_NO',
    naAllowed: false,
    points: 3,
    deduction: 3,
    unit: null,
    lowerLimit: null,
    upperLimit: null,
    critical: false,
    photoRequired: false,
  }
}

const details: InspectionDetails = {
  visit: {
    id: 7,
    unitId: 3,
    unitName: '解放路营业厅',
    kind: 'MYSTERY_SHOPPER',
    standardId: 1,
    standardCode: 'BH',
    standardName: '营业厅暗访',
    versionId: 11,
    versionNumber: 1,
    inspectorId: 5,
    inspectorName: 'shopper',
    inspectorHidden: false,
    plannedDate: '2026-12-01',
    status: 'DRAFT',
    total: null,
    createdAt: '2026-12-01T02:00:00Z',
    updatedAt: '2026-12-01T02:00:00Z',
    submittedAt: null,
    kindPolicyVersion: 1,
    planId: 2,
    dueDate: '2026-12-31',
    overdue: false,
    hidden: true,
    publishedAt: null,
  },
  version: {
    id: 11,
    standardId: 1,
    standardCode: 'BH',
    standardName: '营业厅暗访',
    number: 1,
    status: 'PUBLISHED',
    scoringRule: { name: '关键项封顶', version: 1, effect: 'CAP', cap: 60, weightedSections: false },
    note: null,
    totalPoints: 6,
    itemCount: 2,
    sections: [{ id: 21, position: 1, name: '外部环境', weight: null, totalPoints: 6, items: [item(31, 'A-1'), item(32, 'A-2')] }],
    createdAt: '2026-12-01T02:00:00Z',
    createdBy: 'qm',
    updatedAt: '2026-12-01T02:00:00Z',
    publishedAt: '2026-12-01T02:00:00Z',
    publishedBy: 'qm',
    retiredAt: null,
    retiredBy: null,
  },
  answers: [],
}

/** A fetch whose answer saves are held until the test lets them through. */
function serverHoldingSaves() {
  const saves: InspectionAnswerInput[][] = []
  const held: (() => void)[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input).split('?')[0]
      const method = (init.method ?? 'GET').toUpperCase()
      if (method === 'PUT' && url === '/api/v1/inspections/7/answers') {
        saves.push((JSON.parse(String(init.body)) as { answers: InspectionAnswerInput[] }).answers)
        await new Promise<void>((resolve) => held.push(resolve))
        return json(details)
      }
      if (url === '/api/v1/inspections/7') return json(details)
      if (url === '/api/v1/inspections/7/photos' || url === '/api/v1/inspections/7/people') return json([])
      if (url === '/api/v1/auth/csrf') return json({ headerName: 'X-XSRF-TOKEN', token: 't' })
      return new Response('not found', { status: 404 })
    }),
  )
  return { saves, release: () => held.splice(0).forEach((resolve) => resolve()) }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function byTestId(id: string): HTMLElement {
  const found = document.body.querySelector<HTMLElement>(`[data-testid="${id}"]`)
  if (!found) throw new Error(`no ${id}`)
  return found
}

async function mountConduct() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/inspections/:id/conduct', name: 'inspection-conduct', component: ConductPage },
      { path: '/inspections/:id', name: 'inspection', component: { template: '<div />' } },
      { path: '/inspections', name: 'inspections', component: { template: '<div />' } },
    ],
  })
  await router.push('/inspections/7/conduct')
  await router.isReady()
  const wrapper = mount(ConductPage, { global: { plugins: [...plugins(), router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('ConductPage', () => {
  beforeEach(() => {
    clearCookies()
    resetCsrf()
    document.cookie = 'XSRF-TOKEN=t; path=/'
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('saves a note typed while the answer before it was being saved, and says so only once it is saved', async () => {
    const server = serverHoldingSaves()
    const wrapper = await mountConduct()

    byTestId('answer-no-A-1').click()
    await wait(800)
    await flushPromises()
    expect(server.saves).toHaveLength(1)
    expect(server.saves[0]).toEqual([{ itemId: 31, compliant: false, note: null, personId: null }])
    expect(byTestId('conduct-save-state').dataset.state).toBe('saving')

    // the note is typed while the answer is on its way
    const note = byTestId('answer-note-A-1') as HTMLTextAreaElement
    note.value = '外墙有小广告'
    note.dispatchEvent(new Event('input'))
    await flushPromises()
    server.release()
    await flushPromises()
    expect(byTestId('conduct-save-state').dataset.state).toBe('pending')

    await wait(800)
    await flushPromises()
    expect(server.saves).toHaveLength(2)
    expect(server.saves[1]).toEqual([{ itemId: 31, compliant: false, note: '外墙有小广告', personId: null }])
    server.release()
    await flushPromises()
    expect(byTestId('conduct-save-state').dataset.state).toBe('saved')
    wrapper.unmount()
  })
})
