// Runs action.yml's shell steps as a GitHub runner would: inputs with their defaults, ${{ }} expressions,
// one GITHUB_OUTPUT file per step, GITHUB_STEP_SUMMARY, working-directory. `uses:` steps are not run;
// their `if:` is evaluated and recorded, so a test can tell which would run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

interface Step { id?: string; if?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; with?: Record<string, string>; 'working-directory'?: string }
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { steps: Step[] } }

export interface StepResult { id?: string; uses?: string; /** its `if:` held (for `uses:` steps: it would run) */ due: boolean; ran: boolean; code: number; stdout: string; stderr: string; outputs: Record<string, string>; with?: Record<string, string> }
export interface ActionRun { steps: StepResult[]; outputs: Record<string, string>; summary: string; failed: StepResult | undefined }

export function runAction(actionDir: string, opts: {
  workspace: string;
  inputs: Record<string, string>;
  runnerTemp: string;
  /** Lets a test change a step's outputs before the next step reads them. */
  afterStep?: (id: string | undefined, outputs: Record<string, string>) => void;
  /** Runs the steps up to and including this one. */
  stopAfter?: string;
}): ActionRun {
  const action = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as Action;
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, opts.inputs[k] ?? v.default ?? '']));
  const tmp = mkdtempSync(join(opts.runnerTemp, 'gh-'));
  const summaryFile = join(tmp, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const ctx = {
    inputs,
    steps,
    github: { action_path: actionDir, workspace: opts.workspace, job: 'lint', sha: '0'.repeat(40) },
    runner: { temp: opts.runnerTemp, os: 'Linux', arch: 'X64' },
  };
  const results: StepResult[] = [];
  let failed: StepResult | undefined;
  for (const [n, step] of action.runs.steps.entries()) {
    const cond = step.if ? evaluate(step.if, ctx, failed !== undefined) : failed === undefined;
    const r: StepResult = { id: step.id, uses: step.uses, due: cond, ran: false, code: 0, stdout: '', stderr: '', outputs: {} };
    results.push(r);
    if (step.uses) r.with = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v), ctx)]));
    if (!cond || !step.run) continue;
    const outFile = join(tmp, `output-${n}`);
    writeFileSync(outFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), ctx)]));
    const cwd = resolve(opts.workspace, expand(step['working-directory'] ?? '.', ctx));
    const p = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run, ctx)], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      env: {
        ...process.env,
        ...env,
        NO_COLOR: '1',
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: opts.workspace,
        GITHUB_ACTION_PATH: actionDir,
        GITHUB_OUTPUT: outFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: opts.runnerTemp,
      },
    });
    Object.assign(r, { ran: true, code: p.status ?? -1, stdout: p.stdout, stderr: p.stderr });
    r.outputs = Object.fromEntries(readFileSync(outFile, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    opts.afterStep?.(step.id, r.outputs);
    if (step.id) steps[step.id] = { outputs: r.outputs };
    if (r.code !== 0) failed ??= r;
    if (step.id && step.id === opts.stopAfter) break;
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, expand(v.value, ctx)]));
  return { steps: results, outputs, summary: readFileSync(summaryFile, 'utf8'), failed };
}

const lookup = (path: string, ctx: object): string => {
  let v: unknown = ctx;
  for (const k of path.trim().split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v === undefined || v === null ? '' : String(v);
};

const expand = (text: string, ctx: object) => text.replace(/\$\{\{([^}]*)\}\}/g, (_, e: string) => lookup(e, ctx));

/** The expressions action.yml uses: `a && b`, `x == 'v'`, `x != ''`, `always()`, and a bare value. */
function evaluate(expr: string, ctx: object, afterFailure: boolean): boolean {
  const terms = expr.split('&&').map((t) => t.trim());
  if (afterFailure && !terms.includes('always()')) return false;
  return terms.every((t) => {
    if (t === 'always()') return true;
    const m = /^(.+?)\s*(==|!=)\s*'([^']*)'$/.exec(t);
    if (m) return (lookup(m[1], ctx) === m[3]) === (m[2] === '==');
    return lookup(t, ctx) !== '';
  });
}
