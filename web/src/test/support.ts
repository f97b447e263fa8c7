import { vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { i18n, setLanguage } from '@/i18n'

/** Plugins a mounted component needs: Element Plus, vue-i18n (zh-CN) and a fresh Pinia. */
export function plugins() {
  const pinia = createPinia()
  setActivePinia(pinia)
  setLanguage('zh-CN')
  return [ElementPlus, i18n, pinia]
}

export function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

export function problem(status: number, detail: string, errors: { field: string; message: string }[] = []): Response {
  return json({ type: 'about:blank', title: 'Problem', status, detail, code: 'x', errors }, status, 'application/problem+json')
}

export interface Call {
  url: string
  method: string
  headers: Record<string, string>
  body: unknown
}

/**
 * A fetch stand-in answering by "METHOD path" (path without query); records every call.
 * A handler may be a Response factory or a list of them used one after another.
 */
export function fakeFetch(routes: Record<string, (() => Response) | (() => Response)[]>) {
  const calls: Call[] = []
  const used: Record<string, number> = {}
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input)
    const method = (init.method ?? 'GET').toUpperCase()
    calls.push({ url, method, headers: { ...(init.headers as Record<string, string>) }, body: init.body })
    const key = `${method} ${url.split('?')[0]}`
    const handler = routes[key]
    if (!handler) return new Response('not found: ' + key, { status: 404 })
    if (Array.isArray(handler)) {
      const index = Math.min(used[key] ?? 0, handler.length - 1)
      used[key] = (used[key] ?? 0) + 1
      return handler[index]()
    }
    return handler()
  })
  vi.stubGlobal('fetch', fetch)
  return { fetch, calls }
}

export function clearCookies(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0].trim()
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
}
