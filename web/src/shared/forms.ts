import { reactive } from 'vue'
import { ApiError } from '@/api/http'

/**
 * Server-side field errors for a form: `errors.name` feeds `<el-form-item :error>`. Call `apply`
 * with whatever a save threw; it answers false when the error was not a field problem.
 */
export function useFieldErrors() {
  const errors = reactive<Record<string, string>>({})
  function clear(): void {
    for (const key of Object.keys(errors)) delete errors[key]
  }
  function apply(error: unknown): boolean {
    clear()
    if (!(error instanceof ApiError) || error.errors.length === 0) return false
    Object.assign(errors, error.fieldErrors())
    return true
  }
  return { errors, clear, apply }
}

/** Runs an async action, swallowing ApiErrors (the http wrapper already showed them). */
export async function quietly<T>(action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action()
  } catch (error) {
    if (error instanceof ApiError) return undefined
    throw error
  }
}
