/**
 * Hostile configurations against the limits of functions/config/bounds.ts, through the real
 * resolvers: a size, key-count and depth limit checked before any validation work, problems capped
 * with a count of the rest, no stack overflow anywhere (deep `version`, deep JQL parentheses), and
 * every resolver answering a typed result even when its body throws.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CONFIG_BOUNDS, exceeds } from '../../functions/config/bounds';
import { MAX_ERRORS } from '../../functions/config/checker';
import { validate } from '../../functions/config/validate';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';
import { call, handlerFor, type Handler } from '../../support/forge-call';

const base = { version: 2, kind: 'counter', source: { type: 'jql', jql: 'project = ABC' }, metric: { type: 'count' } };

function withUnknownKeys(count: number): Record<string, unknown> {
  const config: Record<string, unknown> = { ...base };
  for (let i = 0; i < count; i++) config[`k${i}`] = 1;
  return config;
}

function deepList(levels: number): unknown {
  let v: unknown = 2;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

describe('configuration limits (checked before validation)', () => {
  let jira: JiraDouble;
  let handler: Handler;
  before(async () => {
    jira = await startJiraDouble({ count: () => 5 });
    handler = handlerFor(jira.url);
  });
  after(() => jira.close());

  it('80,000 unknown keys: refused at once as too many entries, a small answer', async () => {
    const config = withUnknownKeys(80_000);
    const started = performance.now();
    const result = await call(handler, 'validateConfig', { config });
    const ms = performance.now() - started;
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.errors.map((e: { path: string }) => e.path),
      ['config'],
    );
    assert.match(result.errors[0].message, /too many entries \(more than 1,000\)/);
    assert.ok(ms < 1_000, `validation took ${Math.round(ms)} ms`);
    assert.ok(JSON.stringify(result).length < 1_000);
    const rendered = await call(handler, 'render', { config });
    assert.equal(rendered.code, 'INVALID_CONFIG');
  });

  it('problems are capped: the first 20 worded, the rest counted ("… and 880 more problems")', async () => {
    const result = await call(handler, 'validateConfig', { config: withUnknownKeys(900) });
    assert.equal(result.ok, false);
    assert.equal(result.errors.length, MAX_ERRORS + 1);
    assert.deepEqual(result.errors.at(-1), { path: 'config', message: '… and 880 more problems.' });
    const rendered = await call(handler, 'render', { config: withUnknownKeys(900) });
    assert.match(rendered.message, /\(and 899 more\)/);
  });

  it('unknown-key validation grows linearly (no scan of earlier errors)', () => {
    const time = (n: number) => {
      const config = withUnknownKeys(n);
      const started = performance.now();
      validate(config);
      return performance.now() - started;
    };
    time(900); // warm up
    const small = Math.max(time(100), 0.05);
    const large = time(900);
    // 9× the keys: linear work is ~9× (quadratic was ~81×); generous for a busy machine.
    assert.ok(large < small * 40 + 5, `100 keys ${small.toFixed(2)} ms, 900 keys ${large.toFixed(2)} ms`);
  });

  it('a version nested 5,000 lists deep: "nested too deeply", never a stack overflow', async () => {
    const config = { ...base, version: deepList(5_000) };
    const validated = await call(handler, 'validateConfig', { config });
    assert.equal(validated.ok, false);
    assert.equal(validated.errors[0].path, 'config');
    assert.match(validated.errors[0].message, /nested too deeply \(more than 16 levels\)/);
    for (const name of ['render', 'export']) assert.equal((await call(handler, name, { config })).code, 'INVALID_CONFIG', name);
  });

  it('JQL nested 4,990 parentheses deep: a clear message, never "Maximum call stack size exceeded"', async () => {
    const jql = `${'('.repeat(4_990)}a = 1${')'.repeat(4_990)}`;
    const checked = await call(handler, 'validateJql', { jql });
    assert.equal(checked.ok, false);
    assert.match(checked.errors.join(' '), /nests parentheses more than 50 levels deep/);
    const validated = await call(handler, 'validateConfig', { config: { ...base, source: { type: 'jql', jql } } });
    assert.equal(validated.errors[0].path, 'source.jql');
    assert.match(validated.errors[0].message, /more than 50 levels deep/);
    assert.equal((await call(handler, 'validateJql', { jql: `${'('.repeat(50)}a = 1${')'.repeat(50)}` })).ok, true);
  });

  it('stored size: a configuration over 32,768 characters of JSON is refused with what to do', async () => {
    const jql = `summary ~ "${'x'.repeat(9_000)}"`;
    const variables = ['A', 'B', 'C', 'D'].map((name) => ({ name, source: { type: 'jql', jql }, metric: { type: 'count' } }));
    const config = { ...base, metric: { type: 'formula', expression: 'A+B+C+D', variables } };
    const result = await call(handler, 'validateConfig', { config });
    assert.equal(result.ok, false);
    assert.deepEqual(result.errors, [
      {
        path: 'config',
        message:
          'These settings are too large for Jira to store (more than 32,768 characters as JSON). Shorten the longest queries or use fewer formula variables.',
      },
    ]);
    const three = { ...config, metric: { ...config.metric, expression: 'A+B+C', variables: variables.slice(0, 3) } };
    assert.equal((await call(handler, 'validateConfig', { config: three })).ok, true, 'three such queries fit');
  });

  it('exceeds() measures JSON.stringify exactly for plain JSON values', () => {
    const samples: unknown[] = [base, { a: [1, null, 'é"\\\n', { b: true, c: false }], d: -1.5e-7, u: undefined }, [], {}, 'x'];
    for (const value of samples) {
      const length = JSON.stringify(value).length;
      assert.equal(exceeds(value, { ...CONFIG_BOUNDS, chars: length }), undefined, JSON.stringify(value));
      assert.equal(exceeds(value, { ...CONFIG_BOUNDS, chars: length - 1 })?.limit, 'chars', JSON.stringify(value));
    }
  });

  it('a resolver whose body throws answers its typed failure, not an exception', async () => {
    const hostile = {
      get version(): number {
        throw new Error('boom');
      },
    };
    const validated = await call(handler, 'validateConfig', { config: hostile });
    assert.equal(validated.ok, false);
    assert.equal(validated.errors[0].path, 'config');
    const rendered = await call(handler, 'render', { config: hostile });
    assert.equal(rendered.code, 'INTERNAL');
    assert.match(rendered.svg, /^<svg/);
  });
});
