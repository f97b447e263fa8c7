import type { CsrfToken, FieldProblem, ProblemDetails } from './types'

export const API_BASE = '/api/v1'
const CSRF_COOKIE = 'XSRF-TOKEN'
const CSRF_HEADER = 'X-XSRF-TOKEN'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** An error answer of the API, read from its RFC 9457 problem details. */
export class ApiError extends Error {
  readonly status: number
  readonly detail: string
  readonly title: string
  readonly code: string | undefined
  readonly type: string | undefined
  readonly errors: FieldProblem[]

  constructor(status: number, problem: ProblemDetails, fallback: string) {
    const detail = problem.detail || problem.title || fallback
    super(detail)
    this.name = 'ApiError'
    this.status = status
    this.detail = detail
    this.title = problem.title || fallback
    this.code = problem.code
    this.type = problem.type
    this.errors = Array.isArray(problem.errors) ? problem.errors.filter((e) => e && typeof e.message === 'string') : []
  }

  /** Field errors keyed by field name (first message wins), for el-form-item's `error`. */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {}
    for (const e of this.errors) {
      const key = e.field || ''
      if (!(key in result)) result[key] = e.message
    }
    return result
  }
}

export interface HttpHooks {
  /** the chosen language, sent as Accept-Language */
  language: () => string
  /** called on 401 (unless the call asks otherwise): go to the login page */
  onUnauthorized: () => void
  /** shows an error message to the user (ElMessage by default, set in main.ts) */
  notify: (message: string) => void
  /** the fallback text when the server sent no problem detail */
  networkError: () => string
}

const hooks: HttpHooks = {
  language: () => 'zh-CN',
  onUnauthorized: () => {},
  notify: () => {},
  networkError: () => 'Network error',
}

export function configureHttp(overrides: Partial<HttpHooks>): void {
  Object.assign(hooks, overrides)
}

export type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Query
  /** sent as JSON */
  body?: unknown
  /** sent as multipart/form-data */
  form?: FormData
  /** do not show the problem's detail in a message: the caller shows it itself */
  silent?: boolean
  /** do not leave for the login page on 401 (the login call itself, the session probe) */
  allowUnauthorized?: boolean
  signal?: AbortSignal
}

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

let csrfFromBody: string | null = null
let csrfRequest: Promise<void> | null = null

/**
 * Asks the server for a CSRF token once (GET /auth/csrf): the server sets the XSRF-TOKEN cookie.
 * Called at start and again whenever the cookie has gone (after login or logout the server
 * rotates it).
 */
export function fetchCsrf(force = false): Promise<void> {
  if (csrfRequest && !force) return csrfRequest
  csrfRequest = fetch(API_BASE + '/auth/csrf', {
    method: 'GET',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Accept-Language': hooks.language() },
  })
    .then(async (response) => {
      if (response.ok && isJson(response)) {
        const body = (await response.json()) as Partial<CsrfToken>
        csrfFromBody = body.token ?? null
      }
    })
    .catch(() => {
      csrfRequest = null
    })
  return csrfRequest
}

/** Forget the token we hold so that the next mutating request asks for a fresh one. */
export function resetCsrf(): void {
  csrfFromBody = null
  csrfRequest = null
}

async function csrfToken(): Promise<string | null> {
  let token = readCookie(CSRF_COOKIE)
  if (token) return token
  await fetchCsrf(csrfRequest !== null)
  token = readCookie(CSRF_COOKIE)
  return token ?? csrfFromBody
}

export function buildUrl(path: string, query?: Query): string {
  let url = path.startsWith('/api/') ? path : API_BASE + path
  if (query) {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue
      params.append(key, String(value))
    }
    const text = params.toString()
    if (text) url += (url.includes('?') ? '&' : '?') + text
  }
  return url
}

function isJson(response: Response): boolean {
  const type = response.headers.get('Content-Type') || ''
  return type.includes('json')
}

async function readProblem(response: Response): Promise<ProblemDetails> {
  if (!isJson(response)) return {}
  try {
    const body = await response.json()
    return body && typeof body === 'object' ? (body as ProblemDetails) : {}
  } catch {
    return {}
  }
}

/**
 * The one way the app talks to the API: JSON in and out, Accept-Language from the chosen
 * language, the CSRF header on mutating requests, problem details turned into {@link ApiError}.
 */
export async function http<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': hooks.language(),
  }
  let body: BodyInit | undefined
  if (options.form) {
    body = options.form
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  if (!SAFE_METHODS.has(method)) {
    const token = await csrfToken()
    if (token) headers[CSRF_HEADER] = token
  }

  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    const error = new ApiError(0, {}, hooks.networkError())
    if (!options.silent) hooks.notify(error.detail)
    throw error
  }

  if (response.ok) {
    if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T
    if (isJson(response)) return (await response.json()) as T
    return (await response.text()) as unknown as T
  }

  const problem = await readProblem(response)
  const error = new ApiError(response.status, problem, response.statusText || hooks.networkError())
  if (response.status === 401 && !options.allowUnauthorized) {
    hooks.onUnauthorized()
    throw error
  }
  if (!options.silent) hooks.notify(error.detail)
  throw error
}

export const api = {
  get: <T>(path: string, query?: Query, options: RequestOptions = {}) => http<T>(path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    http<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    http<T>(path, { ...options, method: 'PUT', body }),
  delete: <T>(path: string, options: RequestOptions = {}) => http<T>(path, { ...options, method: 'DELETE' }),
  upload: <T>(path: string, form: FormData, method: 'POST' | 'PUT' = 'POST', options: RequestOptions = {}) =>
    http<T>(path, { ...options, method, form }),
}

/** A plain link for downloads (exports, templates): the browser sends the session cookie. */
export function downloadUrl(path: string, query?: Query): string {
  return buildUrl(path, query)
}
