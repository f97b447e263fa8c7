import type { Permission } from '@/api/types'

export interface PermissionGroup {
  group: string
  permissions: Permission[]
}

/** The permission catalogue grouped as the server groups it, in the server's order. */
export function groupPermissions(catalogue: Permission[]): PermissionGroup[] {
  const groups = new Map<string, Permission[]>()
  for (const permission of catalogue) {
    const list = groups.get(permission.group) ?? []
    list.push(permission)
    groups.set(permission.group, list)
  }
  return [...groups.entries()].map(([group, permissions]) => ({ group, permissions }))
}

/** The i18n key for a permission's label: codes contain colons, message keys use underscores. */
export function permissionKey(code: string): string {
  return 'roles.permissionNames.' + code.replace(/[^A-Za-z0-9]/g, '_')
}
