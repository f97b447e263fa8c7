import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { api, resetCsrf } from '@/api/http'
import type { ImportJob, ImportMode } from '@/api/types'
import { clearCookies, fakeFetch, json, plugins } from '@/test/support'
import ImportDialog from './ImportDialog.vue'
import type { ImportJobLike } from './importJob'

const job = (over: Partial<ImportJob>): ImportJob => ({
  id: 9,
  kind: 'PEOPLE',
  mode: 'DRY_RUN',
  status: 'SUCCEEDED',
  total: 3,
  processed: 3,
  created: 0,
  updated: 0,
  errors: [],
  ...over,
})

function start(file: File, mode: ImportMode): Promise<ImportJob> {
  const form = new FormData()
  form.append('file', file)
  form.append('mode', mode)
  return api.upload<ImportJob>('/people/imports', form)
}

const fetchJob = (id: number) => api.get<ImportJob>(`/imports/${id}`)

async function mountDialog(committedText?: (job: ImportJobLike) => string) {
  const wrapper = mount(ImportDialog, {
    props: {
      modelValue: false,
      title: '导入人员',
      templateUrl: '/api/v1/people/template',
      start,
      fetchJob,
      committedText,
      interval: 1,
    },
    global: { plugins: plugins() },
    attachTo: document.body,
  })
  await wrapper.setProps({ modelValue: true })
  await flushPromises()
  return wrapper
}

function byTestId(id: string): HTMLElement {
  const element = document.body.querySelector(`[data-testid="${id}"]`)
  if (!element) throw new Error('missing ' + id)
  return element as HTMLElement
}

async function chooseFile() {
  const input = byTestId('import-file') as HTMLInputElement
  const file = new File(['xlsx'], 'people.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

async function settle() {
  for (let i = 0; i < 10; i++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

describe('ImportDialog', () => {
  beforeEach(() => {
    clearCookies()
    resetCsrf()
    document.cookie = 'XSRF-TOKEN=t; path=/'
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists the dry run’s row / column / reason errors and keeps commit disabled', async () => {
    fakeFetch({
      'POST /api/v1/people/imports': () =>
        json(
          job({
            errors: [
              { row: 3, column: '姓名', message: '不能为空' },
              { row: 5, column: '所属单位', message: '单位编码 X9 不存在' },
            ],
          }),
        ),
    })
    const wrapper = await mountDialog()
    expect((byTestId('import-commit') as HTMLButtonElement).disabled).toBe(true)
    await chooseFile()
    byTestId('import-dry-run').click()
    await settle()
    const table = byTestId('import-errors')
    expect(table.textContent).toContain('所属单位')
    expect(table.textContent).toContain('单位编码 X9 不存在')
    expect((byTestId('import-commit') as HTMLButtonElement).disabled).toBe(true)
    wrapper.unmount()
  })

  it('polls a running dry run, then allows commit and reports the committed counts', async () => {
    const { calls } = fakeFetch({
      'POST /api/v1/people/imports': [
        () => json(job({ status: 'RUNNING', processed: 0 })),
        () => json(job({ mode: 'COMMIT', status: 'RUNNING', processed: 1 })),
      ],
      'GET /api/v1/imports/9': [
        () => json(job({ status: 'RUNNING', processed: 2 })),
        () => json(job({ status: 'SUCCEEDED' })),
        () => json(job({ mode: 'COMMIT', status: 'SUCCEEDED', created: 2, updated: 1 })),
      ],
    })
    const wrapper = await mountDialog()
    await chooseFile()
    byTestId('import-dry-run').click()
    await settle()
    expect(byTestId('import-dry-run-ok').textContent).toContain('3')
    expect((byTestId('import-commit') as HTMLButtonElement).disabled).toBe(false)

    byTestId('import-commit').click()
    await settle()
    expect(byTestId('import-committed').textContent).toContain('新增 2')
    expect(wrapper.emitted('imported')).toHaveLength(1)

    const posts = calls.filter((c) => c.method === 'POST')
    expect((posts[0].body as FormData).get('mode')).toBe('DRY_RUN')
    expect((posts[1].body as FormData).get('mode')).toBe('COMMIT')
    expect(posts[0].headers['X-XSRF-TOKEN']).toBe('t')
    expect(calls.filter((c) => c.url === '/api/v1/imports/9')).toHaveLength(3)
    wrapper.unmount()
  })

  it('says what a committed job made in the words the module gives', async () => {
    fakeFetch({
      'POST /api/v1/people/imports': () => json(job({ mode: 'COMMIT', status: 'SUCCEEDED', created: 4 })),
    })
    const wrapper = await mountDialog((finished) => `made ${(finished as ImportJob).created}`)
    await chooseFile()
    byTestId('import-dry-run').click()
    await settle()
    expect(byTestId('import-committed').textContent).toContain('made 4')
    wrapper.unmount()
  })
})
