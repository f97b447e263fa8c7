import type { ImportJob } from '@/api/types'

export interface PollOptions {
  /** milliseconds between two looks at a running job */
  interval?: number
  /** called with every state the job passes through, the first and the last included */
  onUpdate?: (job: ImportJob) => void
  /** stops polling early (the dialog was closed) */
  signal?: { cancelled: boolean }
  sleep?: (ms: number) => Promise<void>
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Follows an import job (GET /imports/{id}) until it has SUCCEEDED or FAILED. */
export async function pollImportJob(
  first: ImportJob,
  fetchJob: (id: number) => Promise<ImportJob>,
  options: PollOptions = {},
): Promise<ImportJob> {
  const sleep = options.sleep ?? defaultSleep
  let job = first
  options.onUpdate?.(job)
  while (job.status === 'RUNNING') {
    if (options.signal?.cancelled) return job
    await sleep(options.interval ?? 1000)
    if (options.signal?.cancelled) return job
    job = await fetchJob(job.id)
    options.onUpdate?.(job)
  }
  return job
}

export function progressPercent(job: ImportJob | null): number {
  if (!job) return 0
  if (job.status !== 'RUNNING') return 100
  if (!job.total) return 0
  return Math.min(100, Math.round((job.processed / job.total) * 100))
}

/** Commit is offered only after a finished dry run of the same file that found no error. */
export function canCommit(job: ImportJob | null): boolean {
  return !!job && job.mode === 'DRY_RUN' && job.status === 'SUCCEEDED' && job.errors.length === 0
}
