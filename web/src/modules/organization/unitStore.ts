import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import type { UnitNode, UnitType } from '@/api/types'
import { currentLanguage } from '@/i18n'
import { unitApi } from './api'
import { flatten } from './unitTree'

/** The visible unit tree and the unit types, shared by every page that picks a unit. */
export const useUnits = defineStore('units', () => {
  const tree = ref<UnitNode[]>([])
  const types = ref<UnitType[]>([])
  const includeInactive = ref(false)
  const loading = ref(false)
  let loadedTree = false
  let loadedTypes = false

  const byId = computed(() => new Map(flatten(tree.value).map((node) => [node.id, node])))

  async function loadTree(force = false): Promise<UnitNode[]> {
    if (loadedTree && !force) return tree.value
    loading.value = true
    try {
      tree.value = await unitApi.tree(includeInactive.value)
      loadedTree = true
    } finally {
      loading.value = false
    }
    return tree.value
  }

  async function loadTypes(force = false): Promise<UnitType[]> {
    if (loadedTypes && !force) return types.value
    types.value = await unitApi.types()
    loadedTypes = true
    return types.value
  }

  function unitName(id: number | null | undefined): string {
    if (id === null || id === undefined) return ''
    return byId.value.get(id)?.name ?? `#${id}`
  }

  function typeName(code: string | null | undefined): string {
    if (!code) return ''
    const type = types.value.find((candidate) => candidate.code === code)
    if (!type) return code
    return currentLanguage() === 'en' ? type.nameEn || type.nameZh : type.nameZh || type.nameEn
  }

  return { tree, types, includeInactive, loading, byId, loadTree, loadTypes, unitName, typeName }
})
