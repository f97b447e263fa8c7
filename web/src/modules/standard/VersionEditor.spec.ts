import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { resetCsrf } from '@/api/http'
import { clearCookies, fakeFetch, json, problem, plugins } from '@/test/support'
import { versionFixture } from '@/test/standard'
import VersionEditor from './VersionEditor.vue'

function byTestId(root: HTMLElement, id: string): HTMLElement {
  const element = root.querySelector(`[data-testid="${id}"]`)
  if (!element) throw new Error('missing ' + id)
  return element as HTMLElement
}

async function type(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new Event('change'))
  input.dispatchEvent(new Event('blur'))
  await flushPromises()
}

describe('VersionEditor', () => {
  beforeEach(() => {
    clearCookies()
    resetCsrf()
    document.cookie = 'XSRF-TOKEN=t; path=/'
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows each section’s live total and saves the whole draft', async () => {
    const saved = versionFixture({ updatedAt: '2026-03-02T02:00:00Z' })
    const { calls } = fakeFetch({ 'PUT /api/v1/standards/7/versions/2': () => json(saved) })
    const wrapper = mount(VersionEditor, {
      props: { version: versionFixture(), editable: true },
      global: { plugins: plugins() },
      attachTo: document.body,
    })
    const root = wrapper.element as HTMLElement
    expect(byTestId(root, 'section-total-0').textContent).toContain('5 分')
    expect((byTestId(root, 'version-save') as HTMLButtonElement).disabled).toBe(true)

    await type(byTestId(root, 'item-points-0-0').querySelector('input') as HTMLInputElement, '4.5')
    expect(byTestId(root, 'section-total-0').textContent).toContain('6.5 分')
    expect(byTestId(root, 'editor-total').textContent).toContain('9.5 分')
    expect(wrapper.emitted('update:dirty')?.at(-1)).toEqual([true])

    byTestId(root, 'version-save').click()
    await flushPromises()
    const put = calls.find((c) => c.method === 'PUT')
    expect(put).toBeDefined()
    const body = JSON.parse(String(put?.body))
    expect(body.sections[0].items[0].points).toBe(4.5)
    expect(body.sections[0].items[1].deduction).toBeNull()
    expect(wrapper.emitted('saved')).toHaveLength(1)
    wrapper.unmount()
  })

  it('puts the server’s problems next to the fields they name', async () => {
    fakeFetch({
      'PUT /api/v1/standards/7/versions/2': () =>
        problem(400, '草稿中有 2 处填写有误，请检查标出的字段。', [
          { field: 'sections[0].items[0].deduction', message: '扣分须大于 0，且不能超过该项的分值 3 分（现为 5 分）。' },
          { field: 'sections[1].weight', message: '要么每个章节都填写权重，要么都不填。' },
        ]),
    })
    const wrapper = mount(VersionEditor, {
      props: { version: versionFixture(), editable: true },
      global: { plugins: plugins() },
      attachTo: document.body,
    })
    const root = wrapper.element as HTMLElement
    await type(byTestId(root, 'item-deduction-0-0').querySelector('input') as HTMLInputElement, '5')
    byTestId(root, 'version-save').click()
    await flushPromises()

    expect(byTestId(root, 'error-0-0-deduction').textContent).toContain('不能超过该项的分值 3 分')
    expect(byTestId(root, 'error-1-weight').textContent).toContain('要么每个章节都填写权重')
    expect(wrapper.emitted('saved')).toBeUndefined()
    wrapper.unmount()
  })

  it('shows a published version without anything to change', () => {
    const wrapper = mount(VersionEditor, {
      props: { version: versionFixture({ status: 'PUBLISHED' }), editable: false },
      global: { plugins: plugins() },
      attachTo: document.body,
    })
    const root = wrapper.element as HTMLElement
    expect(root.querySelector('[data-testid="version-save"]')).toBeNull()
    expect(root.querySelector('[data-testid="item-remove-0-0"]')).toBeNull()
    expect((byTestId(root, 'item-clause-0-0') as HTMLInputElement).disabled).toBe(true)
    expect(byTestId(root, 'item-1-0').classList.contains('critical')).toBe(true)
    wrapper.unmount()
  })
})
