import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { resetCsrf } from '@/api/http'
import type { RectificationDetails } from '@/api/types'
import { clearCookies, fakeFetch, json, plugins, problem } from '@/test/support'
import RectificationDetail from './RectificationDetail.vue'

function details(overrides: Partial<RectificationDetails> = {}, status: RectificationDetails['notice']['status'] = 'OPEN'): RectificationDetails {
  return {
    notice: {
      id: 5,
      number: 'ZG-2026-000005',
      unitId: 3,
      unitName: '东城中心营业厅',
      kind: 'SPOT_CHECK',
      clause: '2.1',
      itemText: '门口无乱贴乱画',
      pointsLost: 2,
      critical: false,
      status,
      responsiblePersonId: 9,
      responsibleName: '王经理',
      openedAt: '2026-11-23T02:00:00Z',
      deadline: '2026-11-26T09:30:00Z',
      dueSoon: false,
      overdue: false,
      rejections: 0,
      escalationLevel: 0,
      step: 'VIOLATION_NOTICE',
    },
    organisationName: '示范市服务有限公司',
    findingId: 11,
    visitId: 21,
    findingNote: '门口贴了三张小广告',
    recordedAt: '2026-11-23T02:00:00Z',
    submittedAt: null,
    fixDescription: null,
    submissions: 0,
    closedAt: null,
    cancelledAt: null,
    unitOccurrence: 2,
    personOccurrence: null,
    policyCode: 'default',
    policyVersion: 3,
    findingPhotos: [],
    fixPhotos: [],
    escalations: [],
    timeline: [{ action: 'OPENED', at: '2026-11-23T02:00:00Z', actorName: null, note: null }],
    canSubmit: false,
    canVerify: false,
    ...overrides,
  }
}

function byTestId(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector(`[data-testid="${id}"]`)
}

async function type(textarea: HTMLTextAreaElement, value: string) {
  textarea.value = value
  textarea.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function mountAt(id: number) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/rectifications/:id', name: 'rectification', component: RectificationDetail },
      { path: '/rectifications', name: 'rectifications', component: { template: '<div />' } },
      { path: '/inspections/:id', component: { template: '<div />' } },
    ],
  })
  await router.push(`/rectifications/${id}`)
  await router.isReady()
  const wrapper = mount(RectificationDetail, { global: { plugins: [...plugins(), router], stubs: { transition: false, 'transition-group': false } }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('RectificationDetail', () => {
  beforeEach(() => {
    clearCookies()
    resetCsrf()
    document.cookie = 'XSRF-TOKEN=t; path=/'
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lets the owner submit the fix and shows the server’s complaint about an empty one under the field', async () => {
    const { calls } = fakeFetch({
      'GET /api/v1/rectifications/5': () => json(details({ canSubmit: true })),
      'POST /api/v1/rectifications/5/submit': [
        () => problem(400, '提交的数据有误', [{ field: 'description', message: '请填写整改情况。' }]),
        () =>
          json(
            details(
              {
                fixDescription: '已清理',
                submissions: 1,
                timeline: [
                  { action: 'OPENED', at: '2026-11-23T02:00:00Z', actorName: null, note: null },
                  { action: 'SUBMITTED', at: '2026-11-24T02:00:00Z', actorName: '王经理', note: '已清理' },
                ],
              },
              'SUBMITTED',
            ),
          ),
      ],
    })
    const wrapper = await mountAt(5)
    const root = document.body
    expect(byTestId(root, 'rectification-detail')?.dataset.status).toBe('OPEN')
    expect(byTestId(root, 'rectification-responsible')?.textContent).toBe('王经理')
    expect(byTestId(root, 'rectification-verify-form')).toBeNull()
    expect(root.textContent).toContain('违规通知单')
    expect(root.textContent).toContain('本单位同条款第 2 次')

    byTestId(root, 'rectification-fix-submit')?.click()
    await flushPromises()
    // Element Plus shows a field's message 100 ms after the field turns red
    await new Promise((resolve) => setTimeout(resolve, 150))
    await flushPromises()
    expect(byTestId(root, 'rectification-fix-form')?.textContent).toContain('请填写整改情况。')

    await type(byTestId(root, 'rectification-fix-description') as HTMLTextAreaElement, '已清理')
    byTestId(root, 'rectification-fix-submit')?.click()
    await flushPromises()
    const posts = calls.filter((c) => c.method === 'POST')
    expect(JSON.parse(String(posts.at(-1)?.body))).toEqual({ description: '已清理' })
    expect(byTestId(root, 'rectification-detail')?.dataset.status).toBe('SUBMITTED')
    expect(byTestId(root, 'rectification-fix-form')).toBeNull()
    expect(byTestId(root, 'rectification-fix')?.textContent).toContain('已清理')
    expect(root.querySelectorAll('[data-testid="rectification-timeline"] [data-action]')).toHaveLength(2)
    wrapper.unmount()
  })

  it('shows the inspector’s evidence and the fix’s photos by submission, removable only while being prepared', async () => {
    const photo = (id: number, submission: number, pending: boolean) => ({
      id,
      submission,
      pending,
      width: 640,
      height: 480,
      thumbnailWidth: 320,
      thumbnailHeight: 240,
      bytes: 1000,
      uploadedAt: '2026-11-24T02:00:00Z',
      uploadedBy: '王经理',
    })
    const { calls } = fakeFetch({
      'GET /api/v1/rectifications/5': () =>
        json(
          details({
            canSubmit: true,
            submissions: 1,
            findingPhotos: [
              { id: 31, visitId: 21, itemId: 77, width: 640, height: 480, thumbnailWidth: 320, thumbnailHeight: 240, bytes: 900, uploadedAt: '2026-11-23T02:00:00Z' },
            ],
            fixPhotos: [photo(41, 1, false), photo(42, 2, true)],
          }),
        ),
      'DELETE /api/v1/rectifications/5/photos/42': () => new Response(null, { status: 204 }),
    })
    const wrapper = await mountAt(5)
    const root = document.body
    const evidence = byTestId(root, 'rectification-finding-photos')?.querySelector('img')
    expect(evidence?.getAttribute('src')).toBe('/api/v1/inspections/21/photos/31/thumbnail')
    expect(byTestId(root, 'rectification-fix-photo-41')?.getAttribute('src')).toBe('/api/v1/rectifications/5/photos/41/thumbnail')
    expect(byTestId(root, 'rectification-fix-photos')?.textContent).toContain('第 1 次提交的整改照片')
    expect(byTestId(root, 'rectification-fix-photos')?.textContent).toContain('待提交的整改照片')
    expect(byTestId(root, 'rectification-photo-delete-41')).toBeNull()
    byTestId(root, 'rectification-photo-delete-42')?.click()
    await flushPromises()
    expect(calls.some((c) => c.method === 'DELETE' && c.url.endsWith('/rectifications/5/photos/42'))).toBe(true)
    expect(byTestId(root, 'rectification-photo-input')?.getAttribute('capture')).toBe('environment')
    wrapper.unmount()
  })

  it('lets the verifier reject with a reason or accept', async () => {
    const { calls } = fakeFetch({
      'GET /api/v1/rectifications/5': () => json(details({ canVerify: true, fixDescription: '已清理', submissions: 1 }, 'SUBMITTED')),
      'POST /api/v1/rectifications/5/reject': () => json(details({}, 'OPEN')),
    })
    const wrapper = await mountAt(5)
    const root = document.body
    expect(byTestId(root, 'rectification-fix-form')).toBeNull()
    await type(byTestId(root, 'rectification-verify-text') as HTMLTextAreaElement, '照片看不出已清理')
    byTestId(root, 'rectification-reject')?.click()
    await flushPromises()
    const reject = calls.find((c) => c.method === 'POST')
    expect(reject?.url).toContain('/rectifications/5/reject')
    expect(JSON.parse(String(reject?.body))).toEqual({ reason: '照片看不出已清理' })
    expect(byTestId(root, 'rectification-detail')?.dataset.status).toBe('OPEN')
    wrapper.unmount()
  })
})
