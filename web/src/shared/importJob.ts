import type { ImportError, ImportMode, ImportStatus } from '@/api/types'

/** What every import job of the API has (people, units, checklists): progress and the row-by-row report. */
export interface ImportJobLike {
  id: number
  mode: ImportMode
  status: ImportStatus
  total: number
  processed: number
  errors: ImportError[]
}

export interface PollOptions<J extends ImportJobLike = ImportJobLike> {
  /** milliseconds between two looks at a running job */
  interval?: number
  /** called with every state the job passes through, the first and the last included */
  onUpdate?: (job: J) => void
  /** stops polling early (the dialog was closed) */
  signal?: { cancelled: boolean }
  sleep?: (ms: number) => Promise<void>
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Follows an import job (GET …/imports/{id}) until it has SUCCEEDED or FAILED. */
export async function pollImportJob<J extends ImportJobLike>(
  first: J,
  fetchJob: (id: number) => Promise<J>,
  options: PollOptions<J> = {},
): Promise<J> {
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

export function progressPercent(job: ImportJobLike | null): number {
  if (!job) return 0
  if (job.status !== 'RUNNING') return 100
  if (!job.total) return 0
  return Math.min(100, Math.round((job.processed / job.total) * 100))
}

/** Commit is offered only after a finished dry run of the same file that found no error. */
export function canCommit(job: ImportJobLike | null): boolean {
  return !!job && job.mode === 'DRY_RUN' && job.status === 'SUCCEEDED' && job.errors.length === 0
}
