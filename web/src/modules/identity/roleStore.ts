import { ref } from 'vue'
import { defineStore } from 'pinia'
import type { Permission, Role, RoleInput } from '@/api/types'
import { roleApi } from './api'

/** Roles and the permission catalogue (used by the roles page and the user dialog). */
export const useRoles = defineStore('roles', () => {
  const roles = ref<Role[]>([])
  const catalogue = ref<Permission[]>([])
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      roles.value = await roleApi.list()
    } finally {
      loading.value = false
    }
  }

  async function loadCatalogue(): Promise<void> {
    if (catalogue.value.length === 0) catalogue.value = await roleApi.permissions()
  }

  async function save(role: RoleInput): Promise<Role> {
    const saved = role.id ? await roleApi.update(role.id, role) : await roleApi.create(role)
    const index = roles.value.findIndex((candidate) => candidate.id === saved.id)
    if (index >= 0) roles.value.splice(index, 1, saved)
    else roles.value.push(saved)
    return saved
  }

  function name(id: number): string {
    return roles.value.find((role) => role.id === id)?.name ?? `#${id}`
  }

  return { roles, catalogue, loading, load, loadCatalogue, save, name }
})
