/**
 * The isolation rule (docs/architecture.md, "Isolation"): nothing read from Jira outlives the request
 * on the server. Module state — anything that outlives a resolver call — holds nothing read from Jira
 * or derived from a user's input: rate-limit cooldowns (times, a reason token, counters) and memos of
 * pure functions. Identical reads in flight are shared per installation and user
 * (functions/in-flight.ts), made inside `defineResolvers` and forgotten when they complete. This scan
 * lists every module-level mutable binding in functions/, render/ and i18n/ (the code that runs in the
 * Forge function) and fails on one that is not reviewed below, so a new memo cannot slip in unnoticed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** file:name → why it may outlive a call. */
const REVIEWED: Record<string, string> = {
  'functions/export/fonts.ts:bytes': 'bytes of the bundled font files read so far: no Jira data; bounded by the bundled files',
  'functions/export/fonts.ts:inter': 'the Inter font list: no Jira data, no input',
  'functions/export/fonts.ts:lists':
    'font lists by the names of the Noto slices they hold: which Unicode ranges some export needed, never the text; bounded to 16',
  'render/export.ts:buffers': 'one ArrayBuffer per bundled font file (a WeakMap): no Jira data, no input',
  'render/export-scripts.ts:graphemes': 'an Intl.Segmenter: no state between calls',
  'render/export.ts:fontSets': 'font sets and their metrics per font array (outline memos are per export)',
  'render/text.ts:tables': 'character widths from the committed Inter table',
  'render/svg.ts:FORBIDDEN_ELEMENTS': 'a constant',
  'render/svg.ts:CHECKED_ATTRS': 'attribute names our own render code uses (never from input)',
  'render/export-text.ts:TEXT_ONLY_ATTRS': 'a constant',
  'render/export-text.ts:POSITION_ATTRS': 'a constant',
  'render/format.ts:formatters': 'Intl.NumberFormat per locale tag and format option: no Jira data; bounded',
  'functions/place.ts:zones': 'valid IANA zone names only (invalid input is not remembered): no Jira data; bounded to 256',
  'functions/render-inputs.ts:TIME_FIELDS': 'a constant (the ids of Jira time-tracking fields)',
  'functions/metrics/calendar.ts:offsetFormats': 'Intl.DateTimeFormat per valid time zone: no Jira data; bounded',
  'functions/metrics/calendar.ts:labelFormats': 'Intl.DateTimeFormat per locale and zone: no Jira data; bounded',
  'render/format.ts:locales': 'locale tag → whether Intl supports it: no Jira data; bounded to 128',
  'functions/export/filename.ts:segmenter': 'the grapheme segmenter, made on first use (the views bundle this file): no state',
  'functions/export/filename.ts:utf8': 'the UTF-8 encoder, made on first use (the views bundle this file): no state',
  'functions/index.ts:resolver': 'the resolver definitions',
  'functions/jira/rate-limits.ts:instanceRateLimits':
    'per installation: cooldown times, the RateLimit-Reason token, the near-limit flag, in-flight counts — nothing read from issues or input',
  'render/format.ts:dayFormats': 'Intl.DateTimeFormat per checked locale tag: no Jira data; bounded to 128',
  'render/text.ts:NO_LINE_START': 'a constant (line-breaking rules)',
  'render/text.ts:NO_LINE_END': 'a constant (line-breaking rules)',
  'i18n/index.ts:compiled':
    'parsed catalogue messages per language and key: our own words, no Jira data, no input; bounded by the catalogues',
  'i18n/index.ts:NUMBER_LOCALES': 'locale tag → whether Intl formats numbers in it: no Jira data; bounded to 128',
  'i18n/index.ts:translators': 'a message lookup per locale and language tag: no Jira data; bounded to 128',
  'i18n/message.ts:numberFormats': 'Intl.NumberFormat per checked locale: no Jira data; bounded to 64',
  'i18n/message.ts:pluralRules': 'Intl.PluralRules per checked locale: no Jira data; bounded to 64',
};

const MUTABLE = /^(?:export\s+)?(?:(?:let|var)\s+(\w+)|const\s+(\w+)\b[^=]*=\s*(?:new\s+[\w.]+\b|\[\s*\]|\{\s*\}))/gm;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

/** `file:name` of each module-level mutable binding in `text`. */
function moduleState(file: string, text: string): string[] {
  return [...text.matchAll(MUTABLE)].map((m) => `${file}:${m[1] ?? m[2]}`);
}

test('every module-level map, set, array or variable in functions/, render/ and i18n/ is reviewed', () => {
  const found = ['functions', 'render', 'i18n']
    .flatMap((d) => files(join(ROOT, d)))
    .flatMap((f) => moduleState(relative(ROOT, f), readFileSync(f, 'utf8')));
  assert.ok(found.length >= 8, `sanity: ${found.length} found`);
  const stale = Object.keys(REVIEWED).filter((id) => !found.includes(id));
  assert.deepEqual(stale, [], 'listed but gone: remove these entries');
  const unknown = found.filter((id) => !Object.hasOwn(REVIEWED, id));
  assert.deepEqual(
    unknown,
    [],
    'module state must hold nothing read from Jira or derived from input (reads in flight go through functions/in-flight.ts): review it and list it here',
  );
});

test('no cache of Jira reads on the server: no time-to-live, retention or byte budget in functions/', () => {
  const kept = files(join(ROOT, 'functions'))
    .filter((f) => /\b(?:ttlMs|retainMs|ByteBudget|UserCache|LAST_GOOD_MS)\b/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(ROOT, f));
  assert.deepEqual(kept, [], "the last picture lives in the viewer's page (static/view/keep.ts), not on the server");
});

test('the scan finds planted module state and ignores locals (control)', () => {
  const planted = [
    'const memo = new Map<string, number>();',
    'export let last: string | undefined;',
    'const seen = [];',
    'const byId = {};',
    'const TABLE = { a: 1 };',
    'function f() {\n  const local = new Map();\n}',
  ].join('\n');
  assert.deepEqual(moduleState('x.ts', planted), ['x.ts:memo', 'x.ts:last', 'x.ts:seen', 'x.ts:byId']);
});
