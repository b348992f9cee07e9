// The package as a user gets it: packed, installed into a fresh project, used from the CLI, from ESM
// (import), from CommonJS (require) and from TypeScript (.mts and .cts, compiled with tsc --module nodenext).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked, ROOT, sh } from './consumer.js';

const GOOD = join(ROOT, 'fixtures/sample/good.jpg');
const SMALL = join(ROOT, 'fixtures/sample/too-small.png');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

let app: string;
const node = (args: string[], env: NodeJS.ProcessEnv = {}) => sh(process.execPath, args, app, env);

/**
 * Runs an ES module script under a module-load hook that logs every file Node loads. The script writes
 * `-- name` marks into the same log (after its awaited steps), so each section holds what that step loaded:
 * the package's own files as paths inside it, other packages by name.
 */
async function loadedBy(script: string): Promise<Record<string, string[]>> {
  const log = join(app, `loaded-${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
  const r = await node(['--import', './register-load-log.mjs', '--input-type=module', '-e', `
    import { appendFileSync } from 'node:fs';
    const mark = (name) => appendFileSync(process.env.LOAD_LOG, '-- ' + name + '\\n');
    ${script}`], { LOAD_LOG: log });
  expect(r.stderr).toBe('');
  const sections: Record<string, string[]> = {};
  let current: string[] = [];
  for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
    if (line.startsWith('-- ')) {
      sections[line.slice(3)] = current;
      current = [];
    } else {
      const path = fileURLToPath(line);
      const own = path.split('/node_modules/seedance-preflight/')[1];
      current.push(own ?? path.replace(/^.*\/node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1'));
    }
  }
  return sections;
}

beforeAll(async () => {
  ({ dir: app } = await installPacked());
  writeFileSync(join(app, 'load-log.mjs'), `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.LOAD_LOG, url + '\\n');
  return next(url, context);
}
`);
  writeFileSync(join(app, 'register-load-log.mjs'), `import { register } from 'node:module';
register('./load-log.mjs', import.meta.url);
`);
}, 300_000);

describe('the packed tarball in a fresh project', () => {
  it('ships the files a user needs and nothing of the repository', () => {
    const pkg = join(app, 'node_modules/seedance-preflight');
    for (const f of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/schemas/public.js', 'dist/schemas/public.d.ts', 'dist/bin/main.js', 'schema/seedance-preflight.config.schema.json']) {
      expect(existsSync(join(pkg, f)), f).toBe(true);
    }
    for (const f of ['src', 'test', 'fixtures', 'scripts', 'prebuilt', 'tsconfig.json']) expect(existsSync(join(pkg, f)), f).toBe(false);
    // the AWS SDK is an optional peer: not installed unless the user adds it
    expect(existsSync(join(app, 'node_modules/@aws-sdk/client-s3'))).toBe(false);
  });

  it('runs the CLI: exit 0 on a good image, 1 on a bad one, 2 on a usage mistake', { timeout: 60_000 }, async () => {
    const bin = join(app, 'node_modules/.bin/seedance-preflight');
    const good = await sh(bin, ['lint', GOOD], app);
    expect(good.code).toBe(0);
    const bad = await sh(bin, ['lint', SMALL, '--format', 'json'], app);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).assets[0].problems.map((p: { code: string }) => p.code)).toContain('image.side');
    expect((await sh(bin, ['lint', join(app, 'no-such-file.png')], app)).code).toBe(2);
  });

  it('imports from ESM', async () => {
    const r = await node(['--input-type=module', '-e', `
      import { lint } from 'seedance-preflight';
      const report = await lint([${JSON.stringify(SMALL)}]);
      console.log(JSON.stringify(report.assets[0].problems.map((p) => p.code)));`]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toContain('image.side');
  });

  it('requires from CommonJS (Node 20.19+ loads the ESM build through require)', async () => {
    const r = await node(['--no-warnings', '-e', `
      const sp = require('seedance-preflight');
      const { version } = require('seedance-preflight/package.json');
      const schema = require('seedance-preflight/schema/seedance-preflight.config.schema.json');
      sp.lint([${JSON.stringify(GOOD)}]).then((report) => console.log(JSON.stringify({ ok: report.ok, version, schema: typeof schema.$schema })));`]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version, schema: 'string' });
  });

  it('loads only what a call needs: no zod on import or for lint, the schemas when a request body is checked', { timeout: 60_000 }, async () => {
    const s = await loadedBy(`
      const { lint, preflight } = await import('seedance-preflight');
      mark('import');
      await lint(${JSON.stringify(SMALL)});
      mark('lint');
      await preflight({ model: 'seedance-2.0-reference-to-video', prompt: 'image 1', image_urls: [${JSON.stringify(GOOD)}] });
      mark('preflight');
      await import('seedance-preflight/schemas');
      mark('schemas');`);
    expect(s.import).toContain('dist/index.js');
    expect(s.import).not.toContain('zod');
    for (const f of ['dist/lint.js', 'dist/preflight.js', 'dist/probes/index.js', 'dist/submit/submit.js', 'dist/fixer/index.js', 'dist/schemas/public.js']) {
      expect(s.import, f).not.toContain(f);
    }
    expect(s.lint).toContain('dist/lint.js');
    expect(s.lint).toContain('sharp');
    for (const f of ['zod', '@aws-sdk/client-s3', 'dist/schemas/validate.js', 'dist/submit/submit.js', 'dist/fixer/index.js', 'dist/fixer/execute.js']) {
      expect([...s.import, ...s.lint], f).not.toContain(f);
    }
    // the hook sees zod when it loads: checking a request body is what brings it in
    expect(s.preflight).toContain('zod');
    expect(s.preflight).toContain('dist/schemas/validate.js');
    expect(s.schemas).toContain('dist/schemas/public.js');
  });

  it('offers the zod schemas at seedance-preflight/schemas, to import and to require', async () => {
    const body = JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'image 1', image_urls: ['a.jpg'] });
    const check = (load: string) => `${load}
      const root = ${load.startsWith('import') ? 'await import' : 'require'}('seedance-preflight');
      const body = ${body};
      console.log(JSON.stringify({
        names: Object.keys(s).sort(),
        ok: s.evolinkRequestSchema.safeParse(body).success,
        bad: s.miniRequestSchema.safeParse({ ...body, duration: 'long' }).success,
        inRoot: 'evolinkRequestSchema' in root,
      }));`;
    const want = { names: ['aigptimageRequestSchema', 'evolinkRequestSchema', 'evolinkTagsRequestSchema', 'miniRequestSchema'], ok: true, bad: false, inRoot: false };
    const esm = await node(['--input-type=module', '-e', check(`import * as s from 'seedance-preflight/schemas';`)]);
    expect(esm.stderr).toBe('');
    expect(JSON.parse(esm.stdout)).toEqual(want);
    const cjs = await node(['--no-warnings', '-e', check(`const s = require('seedance-preflight/schemas');`)]);
    expect(cjs.stderr).toBe('');
    expect(JSON.parse(cjs.stdout)).toEqual(want);
  });

  it('says how to add the AWS SDK when an S3 upload needs it and it is not installed', async () => {
    const r = await node(['--input-type=module', '-e', `
      import { s3Uploader } from 'seedance-preflight';
      const up = s3Uploader({ bucket: 'b', endpoint: 'http://127.0.0.1:9', credentials: { accessKeyId: 'a', secretAccessKey: 's' } });
      await up.put(${JSON.stringify(GOOD)}, 'k').catch((e) => console.log(JSON.stringify({ name: e.name, hint: e.hint })));`]);
    expect(r.stderr).toBe('');
    const e = JSON.parse(r.stdout);
    expect(e.name).toBe('UploadError');
    expect(e.hint).toContain('npm install @aws-sdk/client-s3 @aws-sdk/s3-request-presigner');
  });

  it('compiles and runs .mts and .cts consumers (tsc --module nodenext)', { timeout: 180_000 }, async () => {
    const body = (load: string) => `${load}
async function main(): Promise<void> {
  const report: Report = await lint(${JSON.stringify(SMALL)});
  const request: EvolinkRequest = { model: 'seedance-2.0-reference-to-video', prompt: 'image 1', image_urls: [${JSON.stringify(SMALL)}] };
  const checked = await preflight(request);
  const parsed = evolinkRequestSchema.safeParse(request).success;
  const sarif = JSON.parse((await loadFormatter('sarif'))(checked));
  let code = '';
  try {
    await lint(${JSON.stringify(SMALL)}, { model: 'nope' });
  } catch (e) {
    if (e instanceof PreflightError) code = e.code;
  }
  console.log(JSON.stringify({
    lint: report.assets.flatMap((a) => a.problems.map((p) => p.code)),
    problems: problems(checked).map((p) => p.code),
    sarif: sarif.runs[0].results.length,
    code,
    parsed,
  }));
}
void main();
`;
    const load = `import { lint, loadFormatter, preflight, PreflightError, problems, type EvolinkRequest, type Report } from 'seedance-preflight';
import { evolinkRequestSchema } from 'seedance-preflight/schemas';`;
    writeFileSync(join(app, 'esm.mts'), body(load));
    writeFileSync(join(app, 'cjs.cts'), body(load));
    const tsc = await node([TSC, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--strict', '--skipLibCheck',
      '--typeRoots', join(ROOT, 'node_modules/@types'), '--types', 'node', '--outDir', 'out', 'esm.mts', 'cjs.cts']);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
    for (const out of ['out/esm.mjs', 'out/cjs.cjs']) {
      const r = await node(['--no-warnings', out]);
      expect(r.stderr, out).toBe('');
      expect(JSON.parse(r.stdout), out).toEqual({ lint: ['image.side'], problems: ['image.side'], sarif: 1, code: 'unknown_profile', parsed: true });
    }
    // the CommonJS build really is CommonJS: it loads the package with require()
    expect(readFileSync(join(app, 'out/cjs.cjs'), 'utf8')).toMatch(/require\("seedance-preflight"\)/);
    expect(readFileSync(join(app, 'out/cjs.cjs'), 'utf8')).toMatch(/require\("seedance-preflight\/schemas"\)/);
  });
});
