/**
 * Golden-file snapshots: `test/__snapshots__/<name>.svg` (or any extension given in `name`).
 * `UPDATE_SNAPSHOTS=1` writes the file; otherwise a missing file or a mismatch throws an
 * AssertionError with a readable line diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssertionError } from 'node:assert';

/** Folder holding the golden files. */
export const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '__snapshots__');

/** Splits markup into lines at tag boundaries so a diff points at the changed element. */
function lines(text: string): string[] {
  return text.replace(/></g, '>\n<').split('\n');
}

/** A short line diff (first differing lines with context), `-` expected / `+` actual. */
export function lineDiff(expected: string, actual: string, context = 2, maxLines = 40): string {
  const a = lines(expected);
  const b = lines(actual);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const out: string[] = [];
  for (let i = Math.max(0, start - context); i < start; i++) out.push(`  ${a[i]}`);
  for (let i = start; i <= endA; i++) out.push(`- ${a[i]}`);
  for (let i = start; i <= endB; i++) out.push(`+ ${b[i]}`);
  for (let i = endA + 1; i < Math.min(a.length, endA + 1 + context); i++) out.push(`  ${a[i]}`);
  return out.length > maxLines ? [...out.slice(0, maxLines), `… ${out.length - maxLines} more lines`].join('\n') : out.join('\n');
}

/**
 * Compares `actual` with the golden file `name` (".svg" appended when `name` has no extension).
 * With `UPDATE_SNAPSHOTS=1` the file is (re)written instead and the call passes.
 */
export function matchSnapshot(name: string, actual: string): void {
  const file = join(SNAPSHOT_DIR, extname(name) ? name : `${name}.svg`);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== actual) writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new AssertionError({ message: `snapshot ${name} is missing; run with UPDATE_SNAPSHOTS=1 to create it` });
  }
  const expected = readFileSync(file, 'utf8');
  if (expected !== actual) {
    throw new AssertionError({
      message: `snapshot ${name} differs (UPDATE_SNAPSHOTS=1 rewrites it):\n${lineDiff(expected, actual)}`,
    });
  }
}
