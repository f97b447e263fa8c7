import { computed, reactive, ref } from 'vue'
import { defineStore } from 'pinia'
import type { AuditEntry, AuditQuery } from '@/api/types'
import { auditApi } from './api'

export interface AuditFilters {
  actor: string
  entityType: string
  entityId: string
  /** [from, to] instants with offset, or null */
  range: [string, string] | null
}

/** The operation log's filters, the page on screen and its rows. */
export const useAudit = defineStore('audit', () => {
  const filters = reactive<AuditFilters>({ actor: '', entityType: '', entityId: '', range: null })
  const page = ref(1)
  const size = ref(20)
  const total = ref(0)
  const rows = ref<AuditEntry[]>([])
  const loading = ref(false)

  const query = computed<Omit<AuditQuery, 'page' | 'size'>>(() => ({
    actor: filters.actor.trim() || undefined,
    entityType: filters.entityType.trim() || undefined,
    entityId: filters.entityId.trim() || undefined,
    from: filters.range?.[0] || undefined,
    to: filters.range?.[1] || undefined,
  }))

  async function load(): Promise<void> {
    loading.value = true
    try {
      const result = await auditApi.page({ ...query.value, page: page.value - 1, size: size.value })
      rows.value = result.items
      total.value = result.total
    } finally {
      loading.value = false
    }
  }

  function reset(): void {
    Object.assign(filters, { actor: '', entityType: '', entityId: '', range: null })
    page.value = 1
  }

  return { filters, page, size, total, rows, loading, query, load, reset }
})
