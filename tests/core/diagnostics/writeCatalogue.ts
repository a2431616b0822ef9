/**
 * `npm run catalogue`: rewrites the validator's message catalogue at the end of CONTRIBUTING.md
 * from tests/core/diagnostics/. With --check it changes nothing and fails when the file is out of
 * date, which `npm test` runs, as `npm run schemas -- --check` does for the JSON Schemas.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CATALOGUE_MARKER, renderCatalogue } from './messageCatalogue.ts';

const GUIDE = new URL('../../../CONTRIBUTING.md', import.meta.url);
const current = readFileSync(GUIDE, 'utf8');
const at = current.indexOf(CATALOGUE_MARKER);
if (at === -1) {
  process.stderr.write(`CONTRIBUTING.md has no line "${CATALOGUE_MARKER}" to write the catalogue after.\n`);
  process.exit(1);
}
const updated = current.slice(0, at) + renderCatalogue();
if (process.argv.includes('--check')) {
  if (updated !== current) {
    process.stderr.write('The message catalogue in CONTRIBUTING.md is out of date: run npm run catalogue and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('CONTRIBUTING.md message catalogue is up to date.\n');
} else if (updated !== current) {
  writeFileSync(GUIDE, updated);
  process.stdout.write('CONTRIBUTING.md message catalogue rewritten.\n');
} else process.stdout.write('CONTRIBUTING.md message catalogue was already up to date.\n');
