import { ref } from 'vue'
import { defineStore } from 'pinia'
import type { CreatedToken, CreateTokenRequest, PersonalToken } from '@/api/types'
import { tokenApi } from './api'

/** The signed-in user's personal API tokens. */
export const useTokens = defineStore('tokens', () => {
  const tokens = ref<PersonalToken[]>([])
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      tokens.value = await tokenApi.list()
    } finally {
      loading.value = false
    }
  }

  async function create(request: CreateTokenRequest): Promise<CreatedToken> {
    const created = await tokenApi.create(request)
    await load()
    return created
  }

  async function revoke(id: number): Promise<void> {
    await tokenApi.revoke(id)
    tokens.value = tokens.value.filter((token) => token.id !== id)
  }

  return { tokens, loading, load, create, revoke }
})
