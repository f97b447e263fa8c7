import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import { resetCsrf } from '@/api/http'
import { clearCookies, fakeFetch, json, plugins, problem } from '@/test/support'
import LoginPage from './LoginPage.vue'
import { useSession } from './session'

const Blank = defineComponent({ template: '<div />' })

function makeRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: LoginPage },
      { path: '/change-password', name: 'change-password', component: Blank },
      { path: '/', name: 'home', component: Blank },
      { path: '/people/:id', name: 'person', component: Blank },
    ],
  })
}

const me = (mustChangePassword: boolean) => ({
  id: 7,
  username: 'li',
  displayName: '李四',
  personId: null,
  unitId: 1,
  unitName: '总部',
  roles: ['STAFF'],
  permissions: ['org:unit:read'],
  mustChangePassword,
})

async function mountAt(path: string) {
  const router = makeRouter()
  await router.push(path)
  const wrapper = mount(LoginPage, { global: { plugins: [...plugins(), router] }, attachTo: document.body })
  return { wrapper, router }
}

async function signIn(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], username: string, password: string) {
  await wrapper.find('input[data-testid="login-username"]').setValue(username)
  await wrapper.find('input[data-testid="login-password"]').setValue(password)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 0))
  await flushPromises()
}

describe('LoginPage', () => {
  beforeEach(() => {
    clearCookies()
    resetCsrf()
    document.cookie = 'XSRF-TOKEN=t; path=/'
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the server’s localized message for bad credentials and stays on the page', async () => {
    fakeFetch({ 'POST /api/v1/auth/login': () => problem(401, '用户名或密码错误') })
    const { wrapper, router } = await mountAt('/login')
    await signIn(wrapper, 'li', 'wrong')
    expect(wrapper.find('[data-testid="login-error"]').text()).toContain('用户名或密码错误')
    expect(router.currentRoute.value.name).toBe('login')
  })

  it('shows the lockout message (423) with the time the server names', async () => {
    fakeFetch({ 'POST /api/v1/auth/login': () => problem(423, '账号已锁定，请于 10:45 后再试') })
    const { wrapper } = await mountAt('/login')
    await signIn(wrapper, 'li', 'wrong')
    expect(wrapper.find('[data-testid="login-error"]').text()).toContain('10:45')
  })

  it('sends the credentials with the CSRF header and goes where the user wanted', async () => {
    const { calls } = fakeFetch({ 'POST /api/v1/auth/login': () => json(me(false)) })
    const { wrapper, router } = await mountAt('/login?redirect=/people/42')
    await signIn(wrapper, ' li ', 'secret')
    expect(calls[0].body).toBe(JSON.stringify({ username: 'li', password: 'secret' }))
    expect(calls[0].headers['X-XSRF-TOKEN']).toBe('t')
    expect(router.currentRoute.value.fullPath).toBe('/people/42')
    expect(useSession().me?.displayName).toBe('李四')
  })

  it('goes to the change-password page when the server says the password must change', async () => {
    fakeFetch({ 'POST /api/v1/auth/login': () => json(me(true)) })
    const { wrapper, router } = await mountAt('/login')
    await signIn(wrapper, 'li', 'temporary')
    expect(router.currentRoute.value.name).toBe('change-password')
  })

  it('does not call the server when a field is empty', async () => {
    const { fetch } = fakeFetch({})
    const { wrapper } = await mountAt('/login')
    await signIn(wrapper, '', '')
    expect(fetch).not.toHaveBeenCalled()
    expect(wrapper.findAll('.el-form-item.is-error')).toHaveLength(2)
  })
})
