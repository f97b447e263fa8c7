import { describe, expect, it, vi } from 'vitest'
import type { ImportJob } from '@/api/types'
import { canCommit, pollImportJob, progressPercent } from './importJob'

const job = (over: Partial<ImportJob>): ImportJob => ({
  id: 5,
  kind: 'PEOPLE',
  mode: 'DRY_RUN',
  status: 'RUNNING',
  total: 100,
  processed: 0,
  created: 0,
  updated: 0,
  errors: [],
  ...over,
})

describe('import jobs', () => {
  it('polls a running job until it finishes, reporting each state', async () => {
    const states = [job({ processed: 40 }), job({ processed: 100, status: 'SUCCEEDED' })]
    const fetchJob = vi.fn(async () => states.shift() as ImportJob)
    const seen: number[] = []
    const result = await pollImportJob(job({}), fetchJob, { sleep: async () => {}, onUpdate: (j) => seen.push(j.processed) })
    expect(result.status).toBe('SUCCEEDED')
    expect(fetchJob).toHaveBeenCalledTimes(2)
    expect(fetchJob).toHaveBeenCalledWith(5)
    expect(seen).toEqual([0, 40, 100])
  })

  it('does not poll a job that is already done', async () => {
    const fetchJob = vi.fn()
    await pollImportJob(job({ status: 'FAILED' }), fetchJob, { sleep: async () => {} })
    expect(fetchJob).not.toHaveBeenCalled()
  })

  it('stops when cancelled', async () => {
    const signal = { cancelled: false }
    const fetchJob = vi.fn(async () => {
      signal.cancelled = true
      return job({ processed: 10 })
    })
    const result = await pollImportJob(job({}), fetchJob, { sleep: async () => {}, signal })
    expect(result.status).toBe('RUNNING')
    expect(fetchJob).toHaveBeenCalledTimes(1)
  })

  it('computes progress', () => {
    expect(progressPercent(null)).toBe(0)
    expect(progressPercent(job({ processed: 25 }))).toBe(25)
    expect(progressPercent(job({ total: 0 }))).toBe(0)
    expect(progressPercent(job({ status: 'FAILED', processed: 3 }))).toBe(100)
  })

  it('allows commit only after a clean, finished dry run', () => {
    expect(canCommit(job({ status: 'SUCCEEDED' }))).toBe(true)
    expect(canCommit(job({ status: 'SUCCEEDED', errors: [{ row: 3, column: '姓名', message: '不能为空' }] }))).toBe(false)
    expect(canCommit(job({ status: 'RUNNING' }))).toBe(false)
    expect(canCommit(job({ status: 'FAILED' }))).toBe(false)
    expect(canCommit(job({ status: 'SUCCEEDED', mode: 'COMMIT' }))).toBe(false)
    expect(canCommit(null)).toBe(false)
  })
})
