import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generate, TARGET } from '../../dev/gen-char-widths';

test('render/char-widths.ts is what dev/gen-char-widths.ts generates from the installed Inter', () => {
  assert.equal(readFileSync(TARGET, 'utf8'), generate(), 'run `npx tsx dev/gen-char-widths.ts` and commit the result');
});
