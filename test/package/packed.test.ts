// The package as a user gets it: packed, installed into a fresh project, used from the CLI, from ESM
// (import), from CommonJS (require) and from TypeScript (.mts and .cts, compiled with tsc --module nodenext).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked, ROOT, sh } from './consumer.js';

const GOOD = join(ROOT, 'fixtures/sample/good.jpg');
const SMALL = join(ROOT, 'fixtures/sample/too-small.png');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

let app: string;
const node = (args: string[]) => sh(process.execPath, args, app);

beforeAll(async () => {
  ({ dir: app } = await installPacked());
}, 300_000);

describe('the packed tarball in a fresh project', () => {
  it('ships the files a user needs and nothing of the repository', () => {
    const pkg = join(app, 'node_modules/seedance-preflight');
    for (const f of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/bin/main.js', 'schema/seedance-preflight.config.schema.json']) {
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
  }));
}
void main();
`;
    const load = `import { lint, loadFormatter, preflight, PreflightError, problems, type EvolinkRequest, type Report } from 'seedance-preflight';`;
    writeFileSync(join(app, 'esm.mts'), body(load));
    writeFileSync(join(app, 'cjs.cts'), body(load));
    const tsc = await node([TSC, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--strict', '--skipLibCheck',
      '--typeRoots', join(ROOT, 'node_modules/@types'), '--types', 'node', '--outDir', 'out', 'esm.mts', 'cjs.cts']);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
    for (const out of ['out/esm.mjs', 'out/cjs.cjs']) {
      const r = await node(['--no-warnings', out]);
      expect(r.stderr, out).toBe('');
      expect(JSON.parse(r.stdout), out).toEqual({ lint: ['image.side'], problems: ['image.side'], sarif: 1, code: 'unknown_profile' });
    }
    // the CommonJS build really is CommonJS: it loads the package with require()
    expect(readFileSync(join(app, 'out/cjs.cjs'), 'utf8')).toMatch(/require\("seedance-preflight"\)/);
  });
});
