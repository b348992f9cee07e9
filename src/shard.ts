import { createHash } from 'node:crypto';
import path from 'node:path';

export interface Shard {
  /** 1-based, like Jest's and Playwright's --shard. */
  index: number;
  total: number;
}

/** Parses `--shard i/n`; throws an Error whose message says what is expected. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new Error(`--shard expects "i/n" with whole numbers, e.g. 2/4; got "${text}"`);
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1) throw new Error(`--shard ${text}: the number of shards must be at least 1`);
  if (index < 1 || index > total) throw new Error(`--shard ${text}: the shard index must be from 1 to ${total} (1-based)`);
  return { index, total };
}

/** The path as every machine spells it: relative to root, forward slashes, Unicode NFC. */
export function shardKey(file: string, root: string): string {
  return path.relative(root, path.resolve(root, file)).split(path.sep).join('/').normalize('NFC');
}

/** Which shard (1-based) a file belongs to: a hash of its repo-relative path, so never of order or machine. */
export function shardOf(file: string, total: number, root: string = process.cwd()): number {
  const digest = createHash('sha1').update(shardKey(file, root)).digest();
  return (digest.readUInt32BE(0) % total) + 1;
}

/** The files of shard `index` of `total`, in their given order. Every file is in exactly one shard. */
export function shard<T extends string>(paths: readonly T[], index: number, total: number, root: string = process.cwd()): T[] {
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(index) || index < 1 || index > total) {
    throw new Error(`shard ${index}/${total}: expected 1 <= index <= total`);
  }
  return paths.filter((p) => shardOf(p, total, root) === index);
}
