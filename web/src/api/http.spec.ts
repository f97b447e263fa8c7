import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api, buildUrl, configureHttp, resetCsrf } from './http'
import { clearCookies, fakeFetch, json, problem } from '@/test/support'

describe('http wrapper', () => {
  const notify = vi.fn()
  const onUnauthorized = vi.fn()

  beforeEach(() => {
    clearCookies()
    resetCsrf()
    notify.mockReset()
    onUnauthorized.mockReset()
    configureHttp({ language: () => 'en', notify, onUnauthorized, networkError: () => 'offline' })
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('sends the chosen language as Accept-Language', async () => {
    const { calls } = fakeFetch({ 'GET /api/v1/me': () => json({ id: 1 }) })
    await api.get('/me')
    expect(calls[0].headers['Accept-Language']).toBe('en')
  })

  it('sends the XSRF-TOKEN cookie back as X-XSRF-TOKEN on mutating requests only', async () => {
    document.cookie = 'XSRF-TOKEN=abc123; path=/'
    const { calls } = fakeFetch({
      'GET /api/v1/units/1': () => json({ id: 1 }),
      'POST /api/v1/units': () => json({ id: 2 }, 201),
      'DELETE /api/v1/me/tokens/3': () => new Response(null, { status: 204 }),
    })
    await api.get('/units/1')
    await api.post('/units', { name: 'x' })
    await api.delete('/me/tokens/3')
    expect(calls[0].headers['X-XSRF-TOKEN']).toBeUndefined()
    expect(calls[1].headers['X-XSRF-TOKEN']).toBe('abc123')
    expect(calls[1].headers['Content-Type']).toBe('application/json')
    expect(calls[1].body).toBe(JSON.stringify({ name: 'x' }))
    expect(calls[2].headers['X-XSRF-TOKEN']).toBe('abc123')
  })

  it('asks GET /auth/csrf for a token when the cookie is missing before a mutating request', async () => {
    const { calls } = fakeFetch({
      'GET /api/v1/auth/csrf': () => {
        document.cookie = 'XSRF-TOKEN=fresh; path=/'
        return json({ headerName: 'X-XSRF-TOKEN', token: 'masked' })
      },
      'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
    })
    await api.post('/auth/logout')
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/v1/auth/csrf', 'POST /api/v1/auth/logout'])
    expect(calls[1].headers['X-XSRF-TOKEN']).toBe('fresh')
  })

  it('falls back to the token in the csrf answer when no cookie is readable', async () => {
    const { calls } = fakeFetch({
      'GET /api/v1/auth/csrf': () => json({ headerName: 'X-XSRF-TOKEN', token: 'from-body' }),
      'PUT /api/v1/units/1': () => json({ id: 1 }),
    })
    await api.put('/units/1', {})
    expect(calls[1].headers['X-XSRF-TOKEN']).toBe('from-body')
  })

  it('turns problem details into an ApiError with detail and field errors, and shows the detail', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    fakeFetch({
      'POST /api/v1/people': () =>
        problem(400, 'Validation failed', [
          { field: 'name', message: 'must not be blank' },
          { field: 'phone', message: 'bad phone' },
          { field: 'name', message: 'second message is ignored' },
        ]),
    })
    const error = await api.post('/people', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.detail).toBe('Validation failed')
    expect(apiError.errors).toHaveLength(3)
    expect(apiError.fieldErrors()).toEqual({ name: 'must not be blank', phone: 'bad phone' })
    expect(notify).toHaveBeenCalledWith('Validation failed')
  })

  it('does not show the message when the caller asks for silence', async () => {
    fakeFetch({ 'GET /api/v1/units/9': () => problem(404, 'No such unit') })
    await expect(api.get('/units/9', undefined, { silent: true })).rejects.toMatchObject({ status: 404, detail: 'No such unit' })
    expect(notify).not.toHaveBeenCalled()
  })

  it('goes to the login page on 401', async () => {
    fakeFetch({ 'GET /api/v1/people': () => problem(401, 'Please sign in') })
    await expect(api.get('/people')).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    expect(notify).not.toHaveBeenCalled()
  })

  it('stays on the page on 401 when the call allows it (the login itself)', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    fakeFetch({ 'POST /api/v1/auth/login': () => problem(401, 'Wrong username or password') })
    await expect(api.post('/auth/login', {}, { allowUnauthorized: true, silent: true })).rejects.toMatchObject({
      detail: 'Wrong username or password',
    })
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('reports an unreachable server with the network error text', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    await expect(api.get('/me')).rejects.toMatchObject({ status: 0, detail: 'offline' })
    expect(notify).toHaveBeenCalledWith('offline')
  })

  it('uses the status text when an error has no problem body', async () => {
    fakeFetch({ 'GET /api/v1/audit': () => new Response('oops', { status: 502, statusText: 'Bad Gateway' }) })
    await expect(api.get('/audit')).rejects.toMatchObject({ status: 502, detail: 'Bad Gateway', errors: [] })
  })

  it('builds query strings without empty values', () => {
    expect(buildUrl('/people', { q: '张三', unitId: 3, status: '', page: 0, includeSubunits: false, x: undefined })).toBe(
      '/api/v1/people?q=%E5%BC%A0%E4%B8%89&unitId=3&page=0&includeSubunits=false',
    )
  })

  it('sends multipart uploads without a JSON content type', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { calls } = fakeFetch({ 'PUT /api/v1/people/1/photo': () => new Response(null, { status: 204 }) })
    const form = new FormData()
    form.append('file', new Blob(['x'], { type: 'image/png' }), 'a.png')
    await api.upload('/people/1/photo', form, 'PUT')
    expect(calls[0].headers['Content-Type']).toBeUndefined()
    expect(calls[0].body).toBeInstanceOf(FormData)
    expect(calls[0].headers['X-XSRF-TOKEN']).toBe('t')
  })
})
