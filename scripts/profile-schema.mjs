#!/usr/bin/env node
// Writes schema/profile.schema.json from the zod schema of profile files (run after `npm run build`);
// test/profiles/profile-files.test.ts fails when the committed file and the zod schema drift apart.
import { writeFileSync } from 'node:fs';
import { profileJsonSchema } from '../dist/profiles/schema.js';

writeFileSync(new URL('../schema/profile.schema.json', import.meta.url), `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
