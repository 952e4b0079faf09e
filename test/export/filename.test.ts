import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FALLBACK_NAME, MAX_NAME_LENGTH, exportFilename } from '../../functions/export/filename';

const cases: [string | null | undefined, string][] = [
  ['Open bugs', 'Open bugs.svg'],
  ['Sprint 42 / Team A', 'Sprint 42 - Team A.svg'],
  ['a\\b/c', 'a-b-c.svg'],
  ['../../etc/passwd', 'etc-passwd.svg'],
  ['C:\\Users\\me', 'C-Users-me.svg'],
  ['what? <now> "quoted" | star*', 'what- -now- -quoted- - star.svg'],
  ['tab\there\nnew line', 'tab here new line.svg'],
  ['bell\u0007 and \u0000nul and \u009Fc1', 'bell and nul and c1.svg'],
  ['evil\u202Egvs.exe', 'evilgvs.exe.svg'],
  ['  spaced   out  ', 'spaced out.svg'],
  ['...hidden', 'hidden.svg'],
  ['trailing dots...', 'trailing dots.svg'],
  ['CON', 'CON_.svg'],
  ['nul.txt', 'nul.txt_.svg'],
  ['com1', 'com1_.svg'],
  ['LPT9', 'LPT9_.svg'],
  ['Console', 'Console.svg'],
  ['', `${FALLBACK_NAME}.svg`],
  ['   ', `${FALLBACK_NAME}.svg`],
  ['///', `${FALLBACK_NAME}.svg`],
  ['\u0001\u0002', `${FALLBACK_NAME}.svg`],
  [undefined, `${FALLBACK_NAME}.svg`],
  [null, `${FALLBACK_NAME}.svg`],
  ['Ärger über Bugs', 'Ärger über Bugs.svg'],
  ['Spri\u0308nt', 'Sprïnt.svg'], // NFC
  ['スプリント目標 🚀', 'スプリント目標 🚀.svg'],
  ['פתוחים באגים', 'פתוחים באגים.svg'],
  ['👩‍💻 team', '👩‍💻 team.svg'],
];

test('exportFilename: sanitising table', () => {
  for (const [title, expected] of cases) assert.equal(exportFilename(title, 'svg'), expected, JSON.stringify(title));
});

test('exportFilename: extension is the one asked for', () => {
  assert.equal(exportFilename('Gauge', 'png'), 'Gauge.png');
});

test('exportFilename: long titles are cut by grapheme, never inside an emoji', () => {
  assert.equal(exportFilename('x'.repeat(500), 'svg'), `${'x'.repeat(MAX_NAME_LENGTH)}.svg`);
  const family = '👨‍👩‍👧‍👦';
  const name = exportFilename(family.repeat(100), 'svg');
  assert.equal(name, `${family.repeat(MAX_NAME_LENGTH)}.svg`);
  const cutAtSpace = exportFilename(`${'a'.repeat(MAX_NAME_LENGTH - 1)} b`, 'svg');
  assert.equal(cutAtSpace, `${'a'.repeat(MAX_NAME_LENGTH - 1)}.svg`, 'a trailing space left by the cut is trimmed');
});

test('exportFilename: never contains a separator, a control character or a reserved character', () => {
  let all = '';
  for (let cp = 0; cp < 0x300; cp++) all += String.fromCodePoint(cp);
  const name = exportFilename(all, 'svg');
  assert.doesNotMatch(name, /[\u0000-\u001F\u007F-\u009F\\/:*?"<>|]/);
  assert.ok(name.endsWith('.svg'));
});
