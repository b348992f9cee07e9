import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { SAMPLE } from '../helpers/fake-provider.js';

function repo(config: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'sp-globs-'));
  writeFileSync(join(dir, 'seedance-preflight.config.json'), JSON.stringify(config));
  copyFileSync(join(SAMPLE, 'good.jpg'), join(dir, `${'a'.repeat(40)}.jpg`));
  return dir;
}

describe('config glob complexity is bounded', () => {
  it.each([
    [{ ignore: ['+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)b.png'] }, /ignore\[0\]: the glob "\+\(a\|aa\).*" is refused: 6 extglob groups/],
    [{ overrides: [{ files: ['*.png', '+(+(a|aa))b.png'], rules: {} }] }, /overrides\[0\]\.files\[1\]: the glob .* is refused: an extglob group inside another/],
    [{ include: [`${'*'.repeat(1200)}.png`] }, /include\[0\]: .* longer than 1000 characters/],
  ])('%j: a config error (exit 2) naming the refused pattern', async (config, msg) => {
    const dir = repo(config);
    const r = await runBin(['lint', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
  });

  it('ordinary globs, one extglob included, still work', async () => {
    const dir = repo({ ignore: ['+(a|b).jpg', 'drafts/'] });
    copyFileSync(join(SAMPLE, 'good.jpg'), join(dir, 'keep.jpg'));
    const r = await runBin(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(r.stderr).not.toMatch(/refused/);
    // aaaa…a.jpg matches +(a|b).jpg and is ignored; keep.jpg is checked
    expect(JSON.parse(r.stdout).assets.map((a: { source: string }) => a.source)).toEqual(['keep.jpg']);
  });
});
