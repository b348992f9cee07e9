import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';

describe('a port fetch refuses before connecting', () => {
  it('is "not sent", journalled as not_sent, and does not block a retry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-badport-'));
    writeFileSync(join(dir, 'text.json'), JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'Waves at a pier, slow motion.' }));
    const env = { SEEDANCE_API_KEY: 'sk-badport-0123456789' };
    // 6000 is on fetch's "bad port" list: it is refused here, no connection is made
    const first = await runBin(['submit', 'text.json', '--base-url', 'http://127.0.0.1:6000', '--format', 'json'], { cwd: dir, env });
    const j = JSON.parse(first.stdout) as { sent: boolean; error: { kind: string } };
    expect(j.sent).toBe(false);
    expect(j.error.kind).toBe('not_sent');
    const journal = readFileSync(join(dir, '.seedance-preflight', 'submissions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { state: string });
    expect(journal.at(-1)!.state).toBe('not_sent');
    const again = await runBin(['submit', 'text.json', '--base-url', 'http://127.0.0.1:6000', '--format', 'json'], { cwd: dir, env });
    expect((JSON.parse(again.stdout) as { error: { kind: string } }).error.kind).toBe('not_sent');
  });
});
