/**
 * Trust promise 5, server side: hostile text from every place it can come from — the gadget's
 * configuration (title, label, unit, prefix, threshold and comparison labels, JQL), Jira's answers
 * (error messages, saved filter names, field and project names, JQL parse errors) — goes through the
 * real resolvers (Forge-shaped calls, Jira double over HTTP) and never yields malformed SVG or
 * executable markup. Picker labels and messages stay plain data (the views set them as text; the
 * browser test test/trust/views.test.ts checks that side).
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import fc from 'fast-check';
import { quoteJqlValue } from '../../functions/jql/compose';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';
import { allElements, forbiddenMarkup, parseXml } from '../helpers/xml';
import { call, handlerFor, type Handler } from '../../support/forge-call';
import { HOSTILE, hostileShort, hostileString } from './hostile';

const COUNT = '/rest/api/3/search/approximate-count';
const SVG_NS = 'http://www.w3.org/2000/svg';
const RUNS = Number(process.env.TRUST_RUNS ?? 150);

/** Every SVG the resolvers return must pass this. */
function assertSafeSvg(svg: unknown): void {
  assert.equal(typeof svg, 'string');
  const text = svg as string;
  assert.deepEqual(forbiddenMarkup(text), [], 'well-formed, no script/style/foreignObject/on*/external href');
  const root = parseXml(text);
  assert.equal(root.name, 'svg');
  assert.equal(root.attrs.xmlns, SVG_NS);
  for (const e of allElements(root)) assert.doesNotMatch(e.name, /:/, `no foreign-namespace element <${e.name}>`);
  assert.doesNotMatch(text, /<!\[CDATA\[|<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i);
  assert.ok(text.length < 40_000, `bounded output (${text.length} chars)`);
}

/** A failure is one of the specific codes, never "something went wrong" (an unexpected exception). */
function assertNotInternal(result: { ok: boolean; code?: string; message?: string }): void {
  if (!result.ok) assert.notEqual(result.code, 'INTERNAL', String(result.message));
}

/** The click-through link is always a relative issue-navigator URL with the JQL percent-encoded. */
function assertSafeHref(result: { ok: boolean; href?: unknown }): void {
  if (result.ok) assert.match(String(result.href), /^\/issues\/\?jql=[A-Za-z0-9%._~!*'()-]*$/);
}

/** Messages and labels are plain strings: no stack traces, no object dumps. */
function assertPlainMessage(message: unknown): void {
  assert.equal(typeof message, 'string');
  assert.doesNotMatch(message as string, /\n\s+at |\[object /);
}

const counter = (patch: Record<string, unknown>) => ({
  version: 1,
  kind: 'counter',
  source: { type: 'jql', jql: 'project = ABC' },
  metric: { type: 'count' },
  ...patch,
});

describe('hostile text through the resolvers', () => {
  let jira: JiraDouble;
  let handler: Handler;
  let clock = 0;
  let tried = 0;
  // Data the double serves; tests swap the hostile parts.
  const names = { filter: 'x', field: 'x', project: 'x', parseError: 'x' };

  before(async () => {
    jira = await startJiraDouble({
      count: () => 42,
      parseErrors: (jql) => (jql.includes('bad') ? [names.parseError] : []),
    });
  });
  after(async () => {
    await jira.close();
    console.log(`# trust/injection: ${tried} hostile inputs through the resolvers`);
  });
  beforeEach(() => {
    jira.reset();
    clock = 0;
    handler = handlerFor(jira.url, { now: () => clock, sleep: async (ms) => void (clock += ms) });
  });

  it('configuration text (title, label, unit, prefix, threshold and comparison labels) → safe SVG', async () => {
    const config = fc.record({
      kind: fc.constantFrom('gauge', 'counter', 'progress'),
      title: hostileString,
      label: hostileShort(100),
      unit: hostileShort(20),
      prefix: hostileShort(10),
      stepLabel: hostileShort(40),
      compareLabel: hostileShort(60),
    });
    await fc.assert(
      fc.asyncProperty(config, fc.constantFrom('light', 'dark'), async (c, colorMode) => {
        tried++;
        const result = await call(handler, 'render', {
          colorMode,
          config: {
            version: 1,
            kind: c.kind,
            title: c.title.slice(0, c.title.length > 300 ? undefined : 200),
            label: c.label,
            source: { type: 'jql', jql: 'project = ABC' },
            metric: c.kind === 'progress' ? { type: 'ratio' } : { type: 'count' },
            format: { unit: c.unit, prefix: c.prefix },
            thresholds: { base: 'green', baseLabel: c.stepLabel, steps: [{ from: 10, color: 'red', label: c.stepLabel }] },
            ...(c.kind === 'counter' ? { compare: { source: { type: 'jql', jql: 'project = ABC' }, label: c.compareLabel } } : {}),
          },
        });
        assertSafeSvg(result.svg);
        assertNotInternal(result);
        assertSafeHref(result);
        // Over-long titles are refused with a message, the rest render.
        if (!result.ok) {
          assert.equal(result.code, 'INVALID_CONFIG', JSON.stringify(result).slice(0, 300));
          assertPlainMessage(result.message);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('v2 display text (value mappings, no-value text, suffix) and formula expressions → safe SVG, never INTERNAL', async () => {
    const v2 = fc.record({
      kind: fc.constantFrom('gauge', 'counter'),
      mapping: hostileShort(40),
      noValue: hostileShort(40),
      suffix: hostileShort(10),
      expression: fc.oneof(hostileShort(200), fc.constantFrom('A / 0', '(A', 'A +', 'A * 100 / A', 'E', '1e999 * A')),
      formula: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(v2, async (c) => {
        tried++;
        const count = { type: 'jql', jql: 'project = ABC' };
        const result = await call(handler, 'render', {
          config: {
            version: 2,
            kind: c.kind,
            title: 'v2',
            source: count,
            metric: c.formula
              ? { type: 'formula', expression: c.expression, variables: [{ name: 'A', source: count, metric: { type: 'count' } }] }
              : { type: 'count' },
            mappings: [{ value: 42, text: c.mapping }],
            noValueText: c.noValue,
            format: { suffix: c.suffix },
            palette: 'colorblind',
          },
        });
        assertSafeSvg(result.svg);
        assertNotInternal(result);
        if (!result.ok) assertPlainMessage(result.message);
      }),
      { numRuns: RUNS },
    );
  });

  it('a hostile title is shown as text, escaped, not interpreted', async () => {
    const title = '"><script>window.__pwned=1</script>&amp;';
    const result = await call(handler, 'render', { config: counter({ title }) });
    assert.equal(result.ok, true);
    assertSafeSvg(result.svg);
    const titleText = allElements(parseXml(result.svg))
      .find((e) => e.name === 'title')
      ?.children.join('');
    assert.ok(titleText?.includes(title), `the <title> reads the text as typed: ${titleText}`);
    assert.ok(result.svg.includes('&lt;script&gt;'));
  });

  it("Jira's error messages (any status, any endpoint) echoed on the status card → safe SVG", async () => {
    const fault = fc.record({
      message: hostileString,
      field: hostileShort(200),
      status: fc.constantFrom(400, 404, 401, 403, 429, 500, 418),
    });
    await fc.assert(
      fc.asyncProperty(fault, async (f) => {
        tried++;
        jira.reset();
        jira.fault(COUNT, { status: f.status, body: { errorMessages: [f.message, f.message], errors: { project: f.field } } }, 10);
        const result = await call(handler, 'render', { config: counter({ title: 'Open bugs' }) });
        assert.equal(result.ok, false);
        assertSafeSvg(result.svg);
        assertNotInternal(result);
        assertPlainMessage(result.message);
        assert.ok(result.message.length <= 2_000, `message bounded (${result.message.length})`);
      }),
      { numRuns: RUNS },
    );
  });

  it('hostile text inside JQL (quoted values, saved filters named with markup) → safe SVG either way', async () => {
    await fc.assert(
      fc.asyncProperty(hostileShort(2_000), fc.boolean(), async (value, rejectedByJira) => {
        tried++;
        jira.reset();
        const jql = `project = ${quoteJqlValue(value)}`;
        if (rejectedByJira)
          jira.fault(COUNT, {
            status: 400,
            body: { errorMessages: [`The value '${value}' does not exist for the field 'project'.`], errors: {} },
          });
        const result = await call(handler, 'render', { config: counter({ source: { type: 'jql', jql } }) });
        assertSafeSvg(result.svg);
        assertNotInternal(result);
        assertSafeHref(result);
        if (!result.ok) assertPlainMessage(result.message);
        if (rejectedByJira && result.code !== 'INVALID_CONFIG') assert.equal(result.code, 'INVALID_JQL');
      }),
      { numRuns: RUNS },
    );
  });

  it('a saved filter whose name is hostile and whose JQL Glance cannot use → INVALID_JQL card, safe', async () => {
    for (const name of HOSTILE) {
      tried++;
      await jira.close();
      jira = await startJiraDouble({ count: () => 1, filters: [{ id: '10300', name, jql: 'ORDER BY created' }] });
      handler = handlerFor(jira.url, { now: () => clock, sleep: async (ms) => void (clock += ms) });
      const result = await call(handler, 'render', { config: counter({ source: { type: 'filter', filterId: '10300' } }) });
      assert.equal(result.code, 'INVALID_JQL', JSON.stringify(result).slice(0, 200));
      assertSafeSvg(result.svg);
      assertPlainMessage(result.message);
    }
  });

  it('a picker search cut inside an emoji or holding lone surrogates still answers (never INTERNAL)', async () => {
    for (const query of [`${'a'.repeat(99)}🚀`, '\uD800lone\uDC00', 'x\uDBFF']) {
      for (const key of ['projectOptions', 'filterOptions']) {
        tried++;
        const result = await call(handler, key, { query });
        assert.equal(result.ok, true, `${key} ${JSON.stringify(query)}: ${result.message}`);
      }
    }
  });

  it('picker labels and JQL parse errors from Jira come back verbatim as data (never markup)', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileShort(300),
        hostileShort(300),
        hostileShort(300),
        hostileShort(300),
        async (filter, field, project, parseError) => {
          tried++;
          await jira.close();
          names.parseError = parseError;
          jira = await startJiraDouble({
            filters: [{ id: '1', name: filter, jql: 'project = A' }],
            fields: [{ id: 'customfield_1', name: field, custom: true, schema: { type: 'number' } }],
            projects: [{ id: '1', key: 'ABC', name: project }],
            parseErrors: (jql) => (jql.includes('bad') ? [parseError] : []),
          });
          handler = handlerFor(jira.url, { now: () => clock, sleep: async (ms) => void (clock += ms) });
          const filters = await call(handler, 'filterOptions', {});
          const fields = await call(handler, 'fieldOptions', {});
          const projects = await call(handler, 'projectOptions', {});
          // A hostile search box text is only a query parameter: an answer or a specific code.
          for (const key of ['projectOptions', 'filterOptions']) assertNotInternal(await call(handler, key, { query: parseError }));
          const parsed = await call(handler, 'validateJql', { jql: 'project = bad' });
          // What Jira said, unchanged: the JSON round trip of Forge keeps it a string the view sets as text.
          const json = (s: string) => JSON.parse(JSON.stringify(s)) as string;
          assert.deepEqual(filters.options, [{ value: '1', label: json(filter) }]);
          assert.deepEqual(fields.options, [{ value: 'customfield_1', label: json(field) }]);
          assert.deepEqual(projects.options, [{ value: 'ABC', label: `${json(project)} (ABC)` }]);
          assert.deepEqual(parsed, { ok: false, errors: [json(parseError)] });
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
