// Writes the import fixtures: npx tsx test/shared/import/writeFixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ledgerFixtures } from './ledgerFixtures';

const dir = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, bytes] of Object.entries(ledgerFixtures())) writeFileSync(dir + name, bytes);
