/**
 * Fuzzing the built function: random JSON shapes — deep (5,000 levels), wide (thousands of keys), huge
 * strings (1 MB), prototype keys (`__proto__`, `constructor`, `prototype`), wrong types — sent to every
 * resolver of the Forge build (as payload, as the draft config, as the stored gadget configuration,
 * as JQL and picker queries). Every call must answer that resolver's typed result within a time
 * bound, never throw, never pollute Object.prototype. Bounded runs keep the file under ~20 s once the
 * function is built.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { buildFunction, type BuiltFunction } from '../helpers/built-function';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';
import { installForgeRuntime, type ForgeHandler, type ForgeRuntime } from '../../support/forge-runtime';
import { isRecord } from '../../functions/record';

const SITE = 'ari:cloud:jira::site/ffffffff-0000-4000-8000-00000000000f';
const PERSON = '5b10ac8d82e05b22cc7d4ef5';
/** Per call: a resolver that reads nothing of the input it cannot check answers well within this. */
const CALL_BOUND_MS = 5_000;
const CODES = [
  'NOT_CONFIGURED',
  'INVALID_CONFIG',
  'INVALID_JQL',
  'NO_PERMISSION',
  'NOT_FOUND',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'TIMEOUT',
  'BAD_RESPONSE',
  'NO_DATA',
  'UNAUTHENTICATED',
  'INTERNAL',
];

const isText = (v: unknown) => typeof v === 'string';
const isCode = (v: unknown) => typeof v === 'string' && CODES.includes(v);
const isFieldErrors = (v: unknown) => Array.isArray(v) && v.every((e) => isRecord(e) && isText(e.path) && isText(e.message));

/** What each resolver must answer (functions/contract.ts). */
const TYPED: Record<string, (r: unknown) => boolean> = {
  render: (r) =>
    isRecord(r) &&
    isText(r.svg) &&
    r.svg.startsWith('<svg') &&
    (r.ok === true ? isText(r.computedAt) && isRecord(r.links) : r.ok === false && isCode(r.code) && isText(r.message)),
  export: (r) =>
    isRecord(r) && (r.ok === true ? isText(r.svg) && isText(r.filename) : r.ok === false && isCode(r.code) && isText(r.message)),
  formWords: (r) => isRecord(r) && r.ok === true && isText(r.language) && isRecord(r.words),
  validateConfig: (r) => isRecord(r) && (r.ok === true ? isRecord(r.config) : r.ok === false && isFieldErrors(r.errors)),
  validateJql: (r) =>
    isRecord(r) &&
    typeof r.ok === 'boolean' &&
    Array.isArray(r.errors) &&
    r.errors.every(isText) &&
    (r.code === undefined || isCode(r.code)),
  ...Object.fromEntries(
    ['fieldOptions', 'projectOptions', 'filterOptions', 'versionOptions', 'sprintOptions'].map((name) => [
      name,
      (r: unknown) =>
        isRecord(r) &&
        (r.ok === true
          ? Array.isArray(r.options) && r.options.every((o) => isRecord(o) && isText(o.value) && isText(o.label))
          : r.ok === false && isCode(r.code) && isText(r.message)),
    ]),
  ),
};

/** JSON text of `depth` nested lists or objects around `leaf`. */
const deepJson = (depth: number, kind: 'list' | 'object', leaf: string) =>
  kind === 'list' ? `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const FIELD_KEYS = ['version', 'kind', 'source', 'metric', 'jql', 'type', 'title', 'config', 'query', 'locale', 'timeZone', 'width'];

/** Random JSON values as JSON text (parsed like Forge's payloads: `__proto__` becomes an own key). */
const jsonText: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
  // Deep: a few levels past every limit, up to 5,000.
  fc
    .tuple(
      fc.integer({ min: 10, max: 5_000 }),
      fc.constantFrom<'list' | 'object'>('list', 'object'),
      fc.constantFrom('1', '"x"', 'null', '{}'),
    )
    .map(([depth, kind, leaf]) => deepJson(depth, kind, leaf)),
  // Wide: up to 80,000 keys (validation once grew with their square), some the ones Glance reads.
  fc
    .integer({ min: 100, max: 80_000 })
    .map((n) =>
      JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i < FIELD_KEYS.length ? FIELD_KEYS[i] : `k${i}`, i]))),
    ),
  fc.integer({ min: 100, max: 20_000 }).map((n) => JSON.stringify(Array.from({ length: n }, (_, i) => i))),
  // Huge strings.
  fc.constantFrom(10_001, 100_000, 1_000_000).map((n) => JSON.stringify('('.repeat(n % 7) + 'x'.repeat(n))),
  // Prototype keys, top level and nested, with values Glance would read.
  fc.tuple(fc.constantFrom(...PROTO_KEYS), fc.jsonValue({ maxDepth: 2 }), fc.boolean()).map(([key, value, nested]) => {
    const inner = `{${JSON.stringify(key)}:${JSON.stringify({ polluted: 'yes', kind: 'gauge', version: 2, value })}}`;
    return nested ? `{"version":2,"kind":"counter","source":${inner},"metric":{"type":"count"}}` : inner;
  }),
  // A configuration with one member nested deep (`version` 5,000 lists deep overflowed the stack).
  fc
    .tuple(
      fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom('version', 'source', 'metric') },
        { weight: 1, arbitrary: fc.constantFrom(...FIELD_KEYS) },
      ),
      fc.oneof(fc.integer({ min: 10, max: 100 }), fc.integer({ min: 3_000, max: 5_000 })),
      fc.constantFrom<'list' | 'object'>('list', 'object'),
    )
    .map(
      ([key, depth, kind]) =>
        `{"version":2,"kind":"counter","source":{"type":"jql","jql":"project = ABC"},"metric":{"type":"count"},${JSON.stringify(key)}:${deepJson(depth, kind, '2')}}`,
    ),
  // JQL nested in parentheses, as a string and as a configuration's query (5,000 levels overflowed the parser).
  fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 3_000, max: 4_990 })).chain((depth) =>
    fc.constantFrom(
      JSON.stringify(`${'('.repeat(depth)}a = 1${')'.repeat(depth)}`),
      JSON.stringify({
        version: 2,
        kind: 'counter',
        source: { type: 'jql', jql: `${'('.repeat(depth)}a = 1${')'.repeat(depth)}` },
        metric: { type: 'count' },
      }),
    ),
  ),
  // Near-valid configurations with one random member.
  fc.tuple(fc.constantFrom(...FIELD_KEYS), fc.jsonValue({ maxDepth: 3 })).map(([key, value]) =>
    JSON.stringify({
      version: 2,
      kind: 'counter',
      source: { type: 'jql', jql: 'project = ABC' },
      metric: { type: 'count' },
      [key]: value,
    }),
  ),
);

/** Where a resolver reads its input: the random value goes there most of the time, elsewhere sometimes. */
const READS: Record<string, string[]> = {
  render: ['payload.config', 'stored'],
  export: ['payload.config', 'stored'],
  validateConfig: ['payload.config'],
  validateJql: ['payload.jql'],
  formWords: ['payload.locale'],
  fieldOptions: ['payload.query'],
  projectOptions: ['payload.query'],
  filterOptions: ['payload.query'],
  versionOptions: ['payload.query'],
  sprintOptions: ['payload.source'],
};
const WHERE = ['payload', 'payload.config', 'payload.jql', 'payload.query', 'payload.source', 'payload.locale', 'stored'];
const whereFor = (functionKey: string) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...READS[functionKey]) }, { weight: 1, arbitrary: fc.constantFrom(...WHERE) });

describe('fuzz: every resolver of the built function answers its typed result in time', () => {
  let built: BuiltFunction;
  let handler: ForgeHandler;
  let jira: JiraDouble;
  let runtime: ForgeRuntime;

  before(async () => {
    built = await buildFunction();
    handler = built.load();
    jira = await startJiraDouble({
      count: () => 7,
      fields: [{ id: 'customfield_10016', name: 'Story points', custom: true, schema: { type: 'number' } }],
      projects: [{ id: '1', key: 'ABC', name: 'Alphabet' }],
    });
    runtime = installForgeRuntime(() => jira.url);
  });
  after(async () => {
    runtime?.uninstall();
    built?.remove();
    await jira?.close();
  });

  for (const functionKey of Object.keys(TYPED)) {
    it(`${functionKey}: random JSON shapes (deep, wide, huge strings, prototype keys) → its typed answer, never a throw`, async () => {
      await fc.assert(
        fc.asyncProperty(whereFor(functionKey), jsonText, async (where, value) => {
          const parsed: unknown = JSON.parse(value);
          const payload =
            where === 'payload' ? parsed : where === 'stored' ? {} : { [where.slice('payload.'.length)]: parsed, colorMode: 'light' };
          const context = {
            moduleKey: 'glance-counter',
            extension: { type: 'jira:dashboardGadget', gadgetConfiguration: where === 'stored' ? parsed : undefined },
          };
          const started = performance.now();
          let result: unknown;
          try {
            result = await runtime.invoke(handler, SITE, PERSON, { call: { functionKey, payload }, context });
          } catch (error) {
            assert.fail(`${functionKey} threw (${where} = ${value.slice(0, 120)}): ${String(error)}`);
          }
          const ms = performance.now() - started;
          assert.ok(ms < CALL_BOUND_MS, `${functionKey} took ${Math.round(ms)} ms (${where} = ${value.slice(0, 120)})`);
          assert.ok(
            TYPED[functionKey](result),
            `${functionKey} (${where} = ${value.slice(0, 120)}) → ${JSON.stringify(result)?.slice(0, 300)}`,
          );
          assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
        }),
        { numRuns: 40, seed: Number(process.env.FUZZ_SEED ?? 20261206), endOnFailure: true },
      );
    });
  }
});
