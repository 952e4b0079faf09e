/** The `export` resolver through the Forge-shaped handler and the Jira double. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';
import { call, handlerFor, type Handler } from '../../support/forge-call';
import { allElements, forbiddenMarkup, parseXml } from '../helpers/xml';
import { diffRatio, rasterise } from './raster';

const counter = (patch: Record<string, unknown> = {}) => ({
  version: 1,
  kind: 'counter',
  title: 'Open bugs / Team A',
  source: { type: 'jql', jql: 'project = ABC' },
  metric: { type: 'count' },
  ...patch,
});

describe('export resolver', () => {
  let jira: JiraDouble;
  let handler: Handler;
  const counts: Record<string, number> = { 'project = ABC': 42, 'project = DEF': 43 };

  before(async () => {
    jira = await startJiraDouble({ count: (jql) => counts[jql] ?? 0 });
    handler = handlerFor(jira.url);
  });
  after(() => jira.close());

  it('returns the portable SVG of the gadget as render draws it, with a file name from the title', async () => {
    const rendered = await call(handler, 'render', { width: 320 }, { gadgetConfiguration: counter() });
    const exported = await call(handler, 'export', { width: 320 }, { gadgetConfiguration: counter() });
    assert.equal(exported.ok, true, JSON.stringify(exported).slice(0, 300));
    assert.equal(exported.filename, 'Open bugs - Team A.svg');
    assert.equal(exported.live, undefined);
    const root = parseXml(exported.svg);
    assert.ok(!allElements(root).some((e) => e.name === 'text'));
    assert.doesNotMatch(exported.svg, /font-family|@font-face|url\(/);
    assert.deepEqual(forbiddenMarkup(exported.svg), []);
    assert.equal(root.attrs['aria-label'], parseXml(rendered.svg).attrs['aria-label']);
    // A file has no frame to fill: its own size in px, from the viewBox (kept), not the screen's 100%.
    assert.equal(parseXml(rendered.svg).attrs.width, '100%');
    const [, , w, h] = root.attrs.viewBox.split(' ');
    assert.deepEqual([root.attrs.width, root.attrs.height], [w, h]);
    assert.equal(w, '320');
    const diff = diffRatio(rasterise(rendered.svg, 640), rasterise(exported.svg, 640));
    assert.ok(diff < 0.002, `export looks like the render (${diff})`);
  });

  it('exports the edit view draft the same way, and the value changes the picture', async () => {
    const a = await call(handler, 'export', { config: counter() }, { gadgetConfiguration: undefined });
    const b = await call(
      handler,
      'export',
      { config: counter({ source: { type: 'jql', jql: 'project = DEF' } }) },
      { gadgetConfiguration: undefined },
    );
    assert.equal(a.ok && b.ok, true);
    assert.ok(diffRatio(rasterise(a.svg, 640), rasterise(b.svg, 640)) > 0.001);
  });

  it('draws emoji and Japanese with the Noto fonts; keeps Arabic as live text and says so', async () => {
    const drawn = await call(handler, 'export', { locale: 'ja-JP' }, { gadgetConfiguration: counter({ title: '🐞 バグ' }) });
    assert.equal(drawn.ok, true);
    assert.equal(drawn.live, undefined);
    assert.equal(drawn.filename, '🐞 バグ.svg');
    assert.ok(!allElements(parseXml(drawn.svg)).some((e) => e.name === 'text'));
    const kept = await call(handler, 'export', {}, { gadgetConfiguration: counter({ title: 'الأخطاء' }) });
    assert.equal(kept.ok, true);
    assert.ok(kept.live.includes('خ'), kept.live);
    assert.match(parseXml(kept.svg).attrs['aria-label'], /^الأخطاء/);
    assert.ok(allElements(parseXml(kept.svg)).some((e) => e.name === 'text'));
  });

  it('a title of lone surrogates around another character exports (issue #26: it answered INTERNAL)', async () => {
    const result = await call(handler, 'export', {}, { gadgetConfiguration: counter({ title: '\uD83D:\uDE00' }) });
    assert.equal(result.ok, true, JSON.stringify(result).slice(0, 200));
  });

  it('without a configuration or a user: a code and a message, no SVG', async () => {
    const unconfigured = await call(handler, 'export', {}, { gadgetConfiguration: undefined });
    assert.deepEqual(Object.keys(unconfigured).sort(), ['code', 'message', 'ok']);
    assert.equal(unconfigured.code, 'NOT_CONFIGURED');
    const anonymous = await call(handler, 'export', {}, { gadgetConfiguration: counter(), accountId: null });
    assert.equal(anonymous.code, 'UNAUTHENTICATED');
  });

  it('Jira errors come back as codes', async () => {
    jira.fault('/rest/api/3/search/approximate-count', {
      status: 400,
      body: { errorMessages: ["The value 'NOPE' does not exist for the field 'project'."] },
    });
    const result = await call(handler, 'export', {}, { gadgetConfiguration: counter({ source: { type: 'jql', jql: 'project = NOPE' } }) });
    assert.equal(result.ok, false);
    assert.equal(result.code, 'INVALID_JQL');
  });
});
