/**
 * Trust promise 6, server side: bad input gets a specific, readable message and nothing is lost.
 *
 * Malformed configurations (wrong types, unknown versions, missing fields, huge arrays, 1 MB strings,
 * prototype-pollution keys, deep nesting) sent through the real `render` and `validateConfig`
 * resolvers — as the stored gadget configuration and as the edit view's draft — each give
 * INVALID_CONFIG with the bad field's path, never INTERNAL; the input object is never modified and
 * Object.prototype is never polluted. Jira-side problems (invalid JQL, a deleted or unshared filter,
 * a field that no longer holds numbers) each give their own code and Jira's or Glance's words.
 * (test/functions/config-validate.test.ts has the full table of field messages on validate() itself;
 * the edit view's "invalid draft is never submitted" is in test/trust/views.test.ts.)
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';
import { forbiddenMarkup } from '../helpers/xml';
import { call, handlerFor, type Handler } from '../../support/forge-call';

const COUNT = '/rest/api/3/search/approximate-count';
const FILTER = '/rest/api/3/filter/';
const base = { version: 1, kind: 'counter', source: { type: 'jql', jql: 'project = ABC' }, metric: { type: 'count' } };
const v2 = { ...base, version: 2 };
const MB = 'x'.repeat(1024 * 1024);

function deep(levels: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < levels; i++) v = { source: v };
  return v;
}

/**
 * [case, configuration, the path (or parent path) the errors must name]. A configuration past a size,
 * key-count or depth limit (functions/config/bounds.ts) is refused whole, at `config`.
 */
const MALFORMED: [string, unknown, string][] = [
  ['a string', 'counter', 'config'],
  ['an array', [base], 'config'],
  ['a number', 42, 'config'],
  ['no version', { ...base, version: undefined }, 'version'],
  ['version as text', { ...base, version: '1' }, 'version'],
  ['version from the future', { ...base, version: 99 }, 'version'],
  ['negative version', { ...base, version: -1 }, 'version'],
  ['fractional version', { ...base, version: 1.5 }, 'version'],
  // A stored kind of the wrong type is no case here: the gadget's module decides the kind (functions/config/stored.ts).
  ['no source', { ...base, source: undefined }, 'source'],
  ['source as text', { ...base, source: 'project = ABC' }, 'source'],
  ['no metric', { ...base, metric: undefined }, 'metric'],
  ['JQL as a number', { ...base, source: { type: 'jql', jql: 12 } }, 'source.jql'],
  ['JQL of 1 MB', { ...base, source: { type: 'jql', jql: `summary ~ "${MB}"` } }, 'config'],
  ['title of 1 MB', { ...base, title: MB }, 'config'],
  ['unit of 1 MB', { ...base, format: { unit: MB } }, 'config'],
  ['title as an object', { ...base, title: { toString: 'x' } }, 'title'],
  [
    '100,000 threshold steps',
    { ...base, thresholds: { base: 'green', steps: Array.from({ length: 100_000 }, (_, i) => ({ from: i, color: 'red' })) } },
    'config',
  ],
  ['steps as an object', { ...base, thresholds: { base: 'green', steps: { 0: { from: 1, color: 'red' } } } }, 'thresholds.steps'],
  ['a huge unknown array', { ...base, extra: Array.from({ length: 100_000 }, () => 'x') }, 'config'],
  ['numbers as text', { ...base, min: '0', max: '10' }, 'min'],
  ['non-finite number (from a JSON overflow)', { ...base, max: JSON.parse('1e400') }, 'max'],
  ['refresh negative', { ...base, refresh: -5 }, 'refresh'],
  ['deeply nested junk', { ...base, source: deep(1_000) }, 'config'],
  [
    'v2: formula with 6 variables',
    {
      ...v2,
      metric: {
        type: 'formula',
        expression: 'A+B+C+D+E+F',
        variables: ['A', 'B', 'C', 'D', 'E', 'F'].map((name) => ({ name, source: base.source, metric: { type: 'count' } })),
      },
    },
    'metric',
  ],
  [
    'v2: formula of 1 MB',
    {
      ...v2,
      metric: {
        type: 'formula',
        expression: `A${'+A'.repeat(500_000)}`,
        variables: [{ name: 'A', source: base.source, metric: { type: 'count' } }],
      },
    },
    'config',
  ],
  ['v2: trend of 100 points', { ...v2, trend: { series: 'created', interval: 'week', points: 100 } }, 'trend'],
  [
    'v2: expected progress with impossible dates',
    { ...v2, kind: 'progress', metric: { type: 'ratio' }, expected: { start: '2026-02-30', end: 'soon' } },
    'expected',
  ],
  ['v2: 100,000 value mappings', { ...v2, mappings: Array.from({ length: 100_000 }, (_, i) => ({ value: i, text: 'x' })) }, 'config'],
  ['v2: no-value text of 1 MB', { ...v2, noValueText: MB }, 'config'],
  [
    '__proto__ key (JSON)',
    JSON.parse(
      `{"version":1,"kind":"counter","source":{"type":"jql","jql":"project = ABC"},"metric":{"type":"count"},"__proto__":{"polluted":"yes","kind":"gauge"}}`,
    ),
    '__proto__',
  ],
  [
    'nested __proto__ key (JSON)',
    JSON.parse(
      `{"version":1,"kind":"counter","source":{"type":"jql","jql":"project = ABC","__proto__":{"polluted":"yes"}},"metric":{"type":"count"}}`,
    ),
    'source.__proto__',
  ],
  ['constructor.prototype key', { ...base, constructor: { prototype: { polluted: 'yes' } } }, 'constructor'],
  [
    'prototype key in a step',
    { ...base, thresholds: { base: 'green', steps: [JSON.parse('{"from":1,"color":"red","__proto__":{"polluted":"yes"}}')] } },
    'thresholds.steps.0.__proto__',
  ],
];

describe('malformed configurations → INVALID_CONFIG naming the field, nothing polluted or changed', () => {
  let jira: JiraDouble;
  let handler: Handler;

  before(async () => {
    jira = await startJiraDouble({ count: () => 5 });
    handler = handlerFor(jira.url);
  });
  after(() => jira.close());

  for (const [name, config, path] of MALFORMED) {
    it(name, async () => {
      const copy = JSON.stringify(config);
      for (const [how, result] of [
        ['stored', await call(handler, 'render', { colorMode: 'light' }, { gadgetConfiguration: config })],
        ['draft', await call(handler, 'render', { config })],
      ] as const) {
        assert.equal(result.ok, false, `${how}: ${JSON.stringify(result).slice(0, 200)}`);
        assert.equal(result.code, 'INVALID_CONFIG', `${how}: ${result.message}`);
        const paths = (result.errors as { path: string; message: string }[]).map((e) => e.path);
        assert.ok(
          paths.some((p) => p === path || p.startsWith(`${path}.`)),
          `${how}: errors name ${path}: ${paths.join(', ')}`,
        );
        for (const e of result.errors)
          assert.ok(
            e.message.length > 5 && e.message.length < 400 && !/undefined|\[object|\n\s+at /.test(e.message),
            e.message.slice(0, 200),
          );
        assert.deepEqual(forbiddenMarkup(result.svg), []);
        assert.ok(result.svg.length < 20_000, 'the card does not echo the megabyte');
      }
      const checked = await call(handler, 'validateConfig', { config });
      assert.equal(checked.ok, false);
      assert.ok(checked.errors.some((e: { path: string }) => e.path === path || e.path.startsWith(`${path}.`)));
      assert.equal(JSON.stringify(config), copy, 'the input configuration is not modified');
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype not polluted');
      assert.equal(jira.requests.length, 0, 'nothing is read from Jira for an invalid configuration');
    });
  }
});

describe('Jira says no → a specific code and message', () => {
  let jira: JiraDouble;
  let handler: Handler;
  let clock = 0;

  before(async () => {
    jira = await startJiraDouble({
      count: () => 5,
      issues: (jql) =>
        jql === 'project = TXT'
          ? [
              { id: '1', key: 'T-1', fields: { customfield_1: 'three' } },
              { id: '2', key: 'T-2', fields: { customfield_1: 'five' } },
            ]
          : jql === 'project = OBJ'
            ? [{ id: '1', key: 'O-1', fields: { customfield_1: { value: 'High', id: '3' } } }]
            : [
                { id: '1', key: 'N-1', fields: { customfield_1: 2 } },
                { id: '2', key: 'N-2', fields: { customfield_1: null } },
              ],
      filters: [{ id: '10000', name: 'Mine', jql: 'project = ABC', visibleTo: ['ann@example.com'] }],
    });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    handler = handlerFor(jira.url, { now: () => clock, sleep: async (ms) => void (clock += ms) });
  });

  it("invalid JQL (Jira 400) → INVALID_JQL with Jira's own words", async () => {
    const words = "Field 'sprintt' does not exist or you do not have permission to view it.";
    jira.fault(COUNT, { status: 400, body: { errorMessages: [words], errors: {} } });
    const result = await call(handler, 'render', { config: { ...base, source: { type: 'jql', jql: 'sprintt = 1' } } });
    assert.equal(result.code, 'INVALID_JQL');
    assert.ok(result.message.includes(words), result.message);
  });

  it('a deleted or unshared filter (Jira 400) → NOT_FOUND, with what Jira said', async () => {
    const result = await call(
      handler,
      'render',
      { config: { ...base, source: { type: 'filter', filterId: '10000' } } },
      { accountId: 'bob' },
    );
    assert.equal(result.code, 'NOT_FOUND');
    assert.match(result.message, /not found.*not available to you/i);
  });

  it('a filter Jira answers 404 for → NOT_FOUND', async () => {
    jira.fault(FILTER, { status: 404, body: { errorMessages: ['The filter with id 10000 does not exist.'], errors: {} } });
    const result = await call(handler, 'render', { config: { ...base, source: { type: 'filter', filterId: '10000' } } });
    assert.equal(result.code, 'NOT_FOUND');
    assert.match(result.message, /does not exist/);
  });

  it('a deleted Jira version behind expected progress (Jira 404) → NOT_FOUND, with what Jira said', async () => {
    const config = { ...base, version: 2, kind: 'progress', metric: { type: 'ratio' }, expected: { versionId: '999' } };
    const result = await call(handler, 'render', { config });
    assert.equal(result.code, 'NOT_FOUND', JSON.stringify(result).slice(0, 300));
    assert.match(result.message, /version/i);
  });

  it('a summed field that no longer holds numbers (text or option values) → a message naming the field, not a silent 0', async () => {
    for (const project of ['TXT', 'OBJ']) {
      const config = {
        ...base,
        kind: 'gauge',
        source: { type: 'jql', jql: `project = ${project}` },
        metric: { type: 'sum', fieldId: 'customfield_1' },
      };
      const result = await call(handler, 'render', { config });
      assert.equal(result.ok, false, `${project}: ${JSON.stringify(result).slice(0, 200)}`);
      assert.equal(result.code, 'INVALID_CONFIG', result.message);
      assert.match(result.message, /customfield_1.*number/, result.message);
    }
    // Empty values are fine: an issue without story points adds nothing.
    const ok = await call(handler, 'render', { config: { ...base, kind: 'gauge', metric: { type: 'sum', fieldId: 'customfield_1' } } });
    assert.equal(ok.ok, true, JSON.stringify(ok).slice(0, 200));
    assert.equal(ok.value, 2);
  });
});
