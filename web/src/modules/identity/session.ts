import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { ApiError } from '@/api/http'
import type { Me } from '@/api/types'
import { authApi } from './api'

/** The signed-in user (GET /api/v1/me) and what they may do. */
export const useSession = defineStore('session', () => {
  const me = ref<Me | null>(null)
  const loaded = ref(false)
  let pending: Promise<Me | null> | null = null

  const permissions = computed(() => new Set(me.value?.permissions ?? []))
  const authenticated = computed(() => me.value !== null)

  function can(permission: string | null | undefined): boolean {
    return !permission || permissions.value.has(permission)
  }

  /** Loads the current user once; answers null when nobody is signed in. */
  function load(force = false): Promise<Me | null> {
    if (loaded.value && !force) return Promise.resolve(me.value)
    if (pending && !force) return pending
    pending = authApi
      .me()
      .then((result) => {
        me.value = result
        return result
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
          me.value = null
          return null
        }
        throw error
      })
      .finally(() => {
        loaded.value = true
        pending = null
      })
    return pending
  }

  async function login(username: string, password: string): Promise<Me> {
    const result = await authApi.login({ username, password })
    me.value = result
    loaded.value = true
    return result
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  /** Forget the user without asking the server (the session ended: a 401 came back). */
  function clear(): void {
    me.value = null
    loaded.value = true
  }

  return { me, loaded, permissions, authenticated, can, load, login, logout, clear }
})
