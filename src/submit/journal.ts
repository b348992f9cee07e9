import { createHash } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { readRegularFile } from '../lib/read-regular.js';
import { join } from 'node:path';
import type { ProviderName } from './types.js';

/** `failed`: the task ended in failure (sending the same body again is a fresh try, not a duplicate). */
export type JournalState = 'sending' | 'created' | 'ambiguous' | 'rejected' | 'not_sent' | 'failed';

/** One line of submissions.jsonl. No key, no presigned URL: only what identifies a submission. */
export interface JournalEntry {
  at: string;
  hash: string;
  provider: ProviderName;
  baseUrl: string;
  state: JournalState;
  taskId: string | null;
  source: string;
}

export const JOURNAL_FILE = 'submissions.jsonl';
export const DEFAULT_WINDOW_MIN = 10;
const MAX_JOURNAL_BYTES = 64 * 1024 * 1024;

/** States after which the same body must not be sent again without --force: a task exists or may. */
const BLOCKING: readonly JournalState[] = ['sending', 'created', 'ambiguous'];

/** sha256 of JSON with sorted keys, so the same body hashes the same whatever its key order. */
export function stableHash(value: unknown): string {
  const canon = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(canon(value))).digest('hex');
}

export class Journal {
  readonly file: string;

  constructor(readonly dir: string, readonly windowMin = DEFAULT_WINDOW_MIN) {
    this.file = join(dir, JOURNAL_FILE);
  }

  async entries(): Promise<JournalEntry[]> {
    // the journal may be a file a cloned repository ships: regular, non-blocking, capped
    const text = (await readRegularFile(this.file, MAX_JOURNAL_BYTES).catch(() => Buffer.alloc(0))).toString('utf8');
    const out: JournalEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const e = JSON.parse(line) as JournalEntry;
        if (e && typeof e.hash === 'string' && typeof e.at === 'string') out.push(e);
      } catch {
        // a line cut by a crash is skipped; the others still count
      }
    }
    return out;
  }

  /** The latest entry of this body when it is recent and a task exists or may exist. */
  async blocking(hash: string, nowMs: number): Promise<JournalEntry | null> {
    const last = (await this.entries()).filter((e) => e.hash === hash).at(-1);
    if (!last || !BLOCKING.includes(last.state)) return null;
    return nowMs - Date.parse(last.at) < this.windowMin * 60_000 ? last : null;
  }

  async append(e: JournalEntry): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await appendFile(this.file, `${JSON.stringify(e)}\n`);
  }

  /** Where a task id was sent, so `status` and `download` need no --provider or --base-url. */
  async findTask(taskId: string): Promise<JournalEntry | null> {
    return (await this.entries()).filter((e) => e.taskId === taskId).at(-1) ?? null;
  }
}
