import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';

// aigptimage page: 80 credits per second at 720p. Two requests of 5 s and 8 s: 400 and 640 credits, 1040 together.
const dir = mkdtempSync(join(tmpdir(), 'sp-budget-'));
const M = 'seedance-2.0-reference-to-video';
writeFileSync(join(dir, 'a.json'), JSON.stringify({ model: M, input: { prompt: 'x', resolution: '720p', duration: 5 } }));
writeFileSync(join(dir, 'b.json'), JSON.stringify({ model: M, input: { prompt: 'x', resolution: '720p', duration: 8 } }));

describe('lint --max-credits / --max-seconds', () => {
  it('under budget: exit 0, the run total in the JSON report', async () => {
    const r = await runBin(['lint', dir, '--max-credits', '2000', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.total).toEqual({ billableSeconds: 13, estimatedCredits: 1040, unestimated: 0 });
    expect(report.requests.map((x: { billing: { estimatedCredits: number } }) => x.billing.estimatedCredits).sort()).toEqual([400, 640]);
  });

  it('a request over budget, and the run over budget: exit 1 with request.budget', async () => {
    const r = await runBin(['lint', dir, '--max-credits', '500', '--format', 'json']);
    expect(r.code).toBe(1);
    const budget = JSON.parse(r.stdout).requests.flatMap((x: { problems: { code: string; actual: number }[] }) => x.problems).filter((p: { code: string }) => p.code === 'request.budget');
    expect(budget.map((p: { actual: number }) => p.actual).sort((a: number, b: number) => a - b)).toEqual([640, 1040]);
    const seconds = await runBin(['lint', dir, '--max-seconds', '12']);
    expect(seconds.code).toBe(1);
    expect(seconds.stdout).toMatch(/the whole run would cost 13 billable seconds; the budget is 12 s/);
    expect(seconds.stdout).toMatch(/run total: 13 billable s/);
  });
});
