import { api, fetchCsrf, resetCsrf } from '@/api/http'
import type {
  ChangePasswordRequest,
  CreatedToken,
  CreateTokenRequest,
  CreateUserRequest,
  LoginRequest,
  Me,
  Page,
  PersonalToken,
  Permission,
  Role,
  RoleInput,
  TemporaryPassword,
  UpdateUserRequest,
  User,
} from '@/api/types'

export const authApi = {
  csrf: () => fetchCsrf(),
  /** 401 and 423 are shown on the login form itself, so the call is silent and stays on the page. */
  login: async (request: LoginRequest) => {
    const me = await api.post<Me>('/auth/login', request, { silent: true, allowUnauthorized: true })
    resetCsrf()
    return me
  },
  logout: async () => {
    try {
      await api.post<void>('/auth/logout', undefined, { silent: true, allowUnauthorized: true })
    } finally {
      resetCsrf()
    }
  },
  me: () => api.get<Me>('/me', undefined, { silent: true, allowUnauthorized: true }),
  changePassword: (request: ChangePasswordRequest) => api.post<void>('/me/password', request),
}

export const tokenApi = {
  list: () => api.get<PersonalToken[]>('/me/tokens'),
  create: (request: CreateTokenRequest) => api.post<CreatedToken>('/me/tokens', request),
  revoke: (id: number) => api.delete<void>(`/me/tokens/${id}`),
}

export const roleApi = {
  permissions: () => api.get<Permission[]>('/permissions'),
  list: () => api.get<Role[]>('/roles'),
  create: (role: RoleInput) => api.post<Role>('/roles', role),
  update: (id: number, role: RoleInput) => api.put<Role>(`/roles/${id}`, role),
}

export interface UserQuery {
  q?: string
  unitId?: number | null
  page: number
  size: number
}

export const userApi = {
  page: (query: UserQuery) => api.get<Page<User>>('/users', { ...query }),
  create: (request: CreateUserRequest) => api.post<User>('/users', request),
  update: (id: number, request: UpdateUserRequest) => api.put<User>(`/users/${id}`, request),
  unlock: (id: number) => api.post<User>(`/users/${id}/unlock`),
  disable: (id: number) => api.post<User>(`/users/${id}/disable`),
  enable: (id: number) => api.post<User>(`/users/${id}/enable`),
  resetPassword: (id: number) => api.post<TemporaryPassword>(`/users/${id}/reset-password`),
}
