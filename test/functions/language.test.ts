/**
 * The server's words follow the render request's locale (Jira's `de_DE` or a BCP 47 tag): status
 * cards and their messages, the reading's words, defaults such as the "days" unit; English without one.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';
import { call, handlerFor, type Handler } from '../../support/forge-call';

const COUNT = '/rest/api/3/search/approximate-count';
const progress = {
  version: 2,
  kind: 'progress',
  source: { type: 'jql', jql: 'project = ABC' },
  metric: { type: 'ratio' },
  expected: { start: '2026-11-14', end: '2026-12-03' },
};
const age = { version: 2, kind: 'counter', source: { type: 'jql', jql: 'project = ABC' }, metric: { type: 'age', op: 'oldest' } };

describe('the server speaks the request locale', () => {
  let jira: JiraDouble;
  let handler: Handler;
  let clock: number;
  before(async () => {
    jira = await startJiraDouble({
      count: (jql) => (jql.includes('ZERO') ? 0 : jql.includes('BIG') ? 1234 : jql.includes('statusCategory = Done') ? 4 : 10),
      issues: () => [{ id: '1', key: 'ABC-1', fields: { created: '2026-11-20T12:00:00.000+0000' } }],
    });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    clock = Date.parse('2026-11-25T12:00:00Z');
    handler = handlerFor(jira.url, { now: () => clock, sleep: async (ms) => void (clock += ms) });
  });

  const aria = (svg: string) => /aria-label="([^"]*)"/.exec(svg)?.[1] ?? '';

  it('an unconfigured gadget: the card and the message in German for de_DE, Japanese for ja-JP, English by default', async () => {
    const cases: [string | undefined, string][] = [
      ['de_DE', 'Bearbeiten Sie dieses Gadget, um festzulegen, was es zeigt'],
      ['ja-JP', 'このガジェットを編集して表示内容を選んでください'],
      ['pt_BR', 'Edite este gadget para escolher o que ele mostra'],
      [undefined, 'Edit this gadget to choose what it shows'],
      ['zz-ZZ', 'Edit this gadget to choose what it shows'],
    ];
    for (const [locale, words] of cases) {
      const result = await call(handler, 'render', { locale }, { gadgetConfiguration: {} });
      assert.equal(result.ok, false);
      assert.equal(result.code, 'NOT_CONFIGURED');
      assert.equal(result.message, words, String(locale));
      assert.equal(aria(result.svg), words, String(locale));
    }
  });

  it('a progress bar with planned dates: German words and numbers, the day from the reading', async () => {
    const result = await call(handler, 'render', { locale: 'de_DE' }, { gadgetConfiguration: progress, moduleKey: 'glance-progress' });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.match(aria(result.svg), /4 von 10 erledigt, 40\u00A0%/);
    assert.match(aria(result.svg), /Tag 12 von 20/);
    assert.match(result.svg, />Tag 12 von 20|· Tag 12 von 20</);
    const english = await call(handler, 'render', {}, { gadgetConfiguration: progress, moduleKey: 'glance-progress' });
    assert.match(aria(english.svg), /4 of 10 done, 40%.*Day 12 of 20/);
  });

  it('an age in days: the default unit in the language', async () => {
    const de = await call(handler, 'render', { locale: 'de-DE', timeZone: 'Europe/Berlin' }, { gadgetConfiguration: age });
    assert.equal(de.ok, true, JSON.stringify(de));
    assert.match(aria(de.svg), /^5 Tage$/);
    const ja = await call(handler, 'render', { locale: 'ja', timeZone: 'Asia/Tokyo' }, { gadgetConfiguration: age });
    assert.match(aria(ja.svg), /^5 日$/);
  });

  it("a locale the gadget pins sets the numbers; the words stay in the viewer's language", async () => {
    const pinned = {
      version: 2,
      kind: 'counter',
      source: { type: 'jql', jql: 'project = BIG' },
      metric: { type: 'count' },
      compare: { source: { type: 'jql', jql: 'project = BIG' }, label: 'vs last week' },
      locale: 'en-US',
    };
    const result = await call(handler, 'render', { locale: 'de-DE' }, { gadgetConfiguration: pinned });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(aria(result.svg), '1,234, keine Änderung vs last week');
  });

  it("Glance's own findings in the card: a formula dividing by zero, an unbounded saved filter, in German", async () => {
    const v = (name: 'A' | 'B', jql: string) => ({ name, source: { type: 'jql', jql }, metric: { type: 'count' } });
    const formula = {
      version: 2,
      kind: 'counter',
      source: { type: 'jql', jql: 'project = ABC' },
      metric: { type: 'formula', expression: 'A / B', variables: [v('A', 'project = ABC'), v('B', 'project = ZERO')] },
    };
    const divided = await call(handler, 'render', { locale: 'de-DE' }, { gadgetConfiguration: formula });
    assert.equal(divided.message, 'Keine Daten zum Anzeigen: Division durch null');
    const english = await call(handler, 'render', {}, { gadgetConfiguration: formula });
    assert.equal(english.message, 'No data to show: division by zero');
  });

  it("the settings' problems in the viewer's language: validateConfig, a draft's card, validateJql", async () => {
    const bad = { version: 2, kind: 'counter', source: { type: 'jql', jql: '' }, metric: { type: 'count' }, title: 42 };
    const de = await call(handler, 'validateConfig', { config: bad, locale: 'de-DE' });
    assert.deepEqual(de.errors, [
      { path: 'title', message: 'Der Titel muss Text sein.' },
      { path: 'source.jql', message: 'Geben Sie eine JQL-Abfrage ein.' },
    ]);
    const en = await call(handler, 'validateConfig', { config: bad });
    assert.deepEqual(
      en.errors.map((e: { message: string }) => e.message),
      ['The title must be text.', 'Enter a JQL query.'],
    );
    // A draft's card is calm (issue #25): what is left to do, or what to count when nothing is chosen yet.
    const card = await call(handler, 'render', { config: { ...bad, source: { type: 'jql', jql: 'project = A' } }, locale: 'ja' });
    assert.equal(card.code, 'INVALID_CONFIG');
    assert.equal(card.message, '設定を完了するとガジェットが表示されます：タイトルはテキストにしてください。');
    const blank = await call(handler, 'render', { config: bad, locale: 'ja' });
    assert.equal(blank.message, '数える対象を選んでください：JQL クエリ、保存済みフィルター、またはプロジェクト。');
    const jql = await call(handler, 'validateJql', { jql: '  ', locale: 'es' });
    assert.deepEqual(jql.errors, ['Introduce una consulta JQL.']);
  });

  it('rate limited: the message and the retry detail in French', async () => {
    jira.fault(COUNT, { status: 429, headers: { 'Retry-After': '120' } });
    const result = await call(
      handler,
      'render',
      { locale: 'fr-FR' },
      { gadgetConfiguration: { ...progress, expected: undefined }, moduleKey: 'glance-progress' },
    );
    assert.equal(result.code, 'RATE_LIMITED');
    assert.equal(
      result.message,
      'Jira limite les requêtes de Glance en ce moment\u00A0: La limite de requêtes de Jira est atteinte; nouvel essai dans 2\u00A0min',
    );
  });

  it('a configuration with several problems: "and N more" in Spanish', async () => {
    const result = await call(
      handler,
      'render',
      { locale: 'es' },
      { gadgetConfiguration: { version: 2, kind: 'counter', source: { type: 'jql' }, metric: { type: 'nope' } } },
    );
    assert.equal(result.code, 'INVALID_CONFIG');
    assert.match(result.message, /^Hay que corregir la configuración de este gadget: .+ \(y 1 más\)$/);
  });
});
