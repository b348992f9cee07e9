import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativePlain, resolvePlain } from '../../src/lib/plain-path.js';

// The string-arithmetic shortcuts must give exactly what path.resolve / path.relative give, for the
// plain shapes they answer and for every odd shape they hand back to node:path.
const files = [
  'a.jpg', 'dir/a.jpg', 'dir/sub/a.jpg', './a.jpg', '../a.jpg', 'dir/../a.jpg', 'dir/./a.jpg', 'dir//a.jpg', 'dir/',
  'dir/.', 'dir/..', '.', '..', '.hidden/a.jpg', 'a..b.jpg', '...', 'dir/...jpg', '/abs/a.jpg', '/abs/dir/a.jpg',
  '/abs', '/abs/', '/abs/../x.jpg', '//abs/a.jpg', '/', '/abs/./a.jpg', '/abs//a.jpg', '/absent/a.jpg', 'abs/a.jpg',
];
const dirs = ['/abs', '/abs/dir', '/', '/ab', '/abs/dir/sub', '/other'];

describe('plain-path shortcuts', () => {
  it('resolvePlain equals path.resolve', () => {
    for (const cwd of ['/abs', '/', '/abs/dir']) for (const f of files) expect(resolvePlain(cwd, f), `${cwd} ${f}`).toBe(path.resolve(cwd, f));
  });

  it('relativePlain equals path.relative of the resolved path', () => {
    for (const cwd of ['/abs', '/', '/abs/dir']) {
      for (const dir of dirs) for (const f of files) expect(relativePlain(dir, f, cwd), `${dir} ${f} ${cwd}`).toBe(path.relative(dir, path.resolve(cwd, f)));
    }
  });
});
