import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generate, TARGET } from '../../tools/gen-char-widths';

test('render/char-widths.ts is what tools/gen-char-widths.ts generates from the installed Inter', () => {
  assert.equal(readFileSync(TARGET, 'utf8'), generate(), 'run `npx tsx tools/gen-char-widths.ts` and commit the result');
});
