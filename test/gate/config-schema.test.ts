import { readFileSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/index.js';

const file = new URL('../../schema/seedance-preflight.config.schema.json', import.meta.url);
const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

describe('config JSON Schema', () => {
  it('the committed schema is the one zod generates (regenerate: UPDATE_SCHEMA=1 npx vitest run test/gate/config-schema.test.ts)', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('accepts a full config and rejects what zod rejects', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(file, 'utf8')));
    const good = {
      $schema: './node_modules/seedance-preflight/schema/seedance-preflight.config.schema.json',
      profile: 'seedance-2.0-fast-reference-to-video',
      include: ['media/'],
      ignore: ['*.tmp.mp4'],
      rules: { 'video.fps': 'warning' },
      overrides: [{ files: ['**/*.mov'], profile: 'aigptimage', rules: { 'file.extension_mismatch': 'off' } }],
      maxWarnings: 0,
    };
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...good, ignores: [] })).toBe(false);
    expect(validate({ rules: { 'video.fsp': 'off' } })).toBe(false);
    expect(validate({ overrides: [{ rules: {} }] })).toBe(false);
    expect(validate({ profiles: 'limits/next.json' })).toBe(false);
    expect(validate({ profiles: ['limits/next.json'], profile: 'my-platform' })).toBe(true);
  });
});
