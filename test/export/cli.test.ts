/** The CLI's export module (tools/cli/portable.ts): config files, Jira target, portable output, --out. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExportUsageError, configInput, exportSvg, jiraTarget, readConfigFile, writeOut } from '../../tools/cli/portable';
import { allElements, parseXml } from '../helpers/xml';
import { startDemoJira } from '../../dev/demo-jira/server';
import { BOB } from '../../dev/demo-jira/users';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'glance-export-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const progress = {
  version: 1,
  kind: 'progress',
  title: 'GLANCE: done',
  source: { type: 'project', projectKey: 'GLANCE' },
  metric: { type: 'ratio', segments: true },
};

test('jiraTarget: the demo Jira unless JIRA_BASE_URL is set, which needs email and token', () => {
  assert.equal(jiraTarget({}), 'demo');
  assert.deepEqual(jiraTarget({ JIRA_BASE_URL: 'https://x.atlassian.net', JIRA_EMAIL: 'a@b.c', JIRA_API_TOKEN: 't' }), {
    baseUrl: 'https://x.atlassian.net',
    email: 'a@b.c',
    apiToken: 't',
  });
  assert.throws(() => jiraTarget({ JIRA_BASE_URL: 'https://x.atlassian.net', JIRA_EMAIL: 'a@b.c' }), ExportUsageError);
});

test('readConfigFile: bad JSON and invalid configs are usage errors naming the fields', () => {
  assert.throws(
    () => readConfigFile(file('bad.json', '{nope')),
    (e: Error) => e instanceof ExportUsageError && /bad\.json/.test(e.message),
  );
  assert.throws(() => readConfigFile(join(dir, 'missing.json')), ExportUsageError);
  assert.throws(
    () => readConfigFile(file('invalid.json', { version: 1, kind: 'pie', source: { type: 'jql', jql: '' }, metric: { type: 'count' } })),
    (e: Error) => e instanceof ExportUsageError && /kind/.test(e.message) && /source\.jql/.test(e.message),
  );
  assert.equal(readConfigFile(file('ok.json', progress)).kind, 'progress');
});

test('configInput reads the numbers from the demo Jira with the gadget metrics code', async () => {
  const input = await configInput({ config: file('progress.json', progress), theme: 'dark', width: '400' }, {});
  assert.equal(input.spec.kind, 'progress');
  assert.equal(input.spec.title, 'GLANCE: done');
  assert.equal(input.options.colorMode, 'dark');
  assert.equal(input.options.width, 400);
  const { value, total, segments } = input.reading;
  assert.ok(typeof value === 'number' && typeof total === 'number' && total > 0 && value <= total);
  assert.equal(segments && segments.todo + segments.inProgress + segments.done, total);
});

test('configInput: bad flag values are usage errors', async () => {
  await assert.rejects(configInput({ config: file('p2.json', progress), theme: 'blue' }, {}), ExportUsageError);
  await assert.rejects(
    configInput({ config: file('p3.json', progress), 'time-zone': 'Mars/Olympus_Mons' }, {}),
    /--time-zone must be an IANA time zone/,
  );
});

test("configInput on a real site: the token owner's Jira time zone and locale (GET /myself), --locale and --time-zone win", async () => {
  // The demo Jira standing in for a site, as Bob (Europe/Berlin, de_DE). The CLI reads at the real clock.
  const site = await startDemoJira({ faults: { rules: [] }, latencyMs: 0 });
  const today = (locale: string, timeZone: string) =>
    new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric' }).format(Date.now());
  try {
    const env = { JIRA_BASE_URL: site.url, JIRA_EMAIL: BOB.email, JIRA_API_TOKEN: BOB.apiToken };
    const trend = file('trend.json', {
      version: 2,
      kind: 'counter',
      source: { type: 'project', projectKey: 'GLANCE' },
      metric: { type: 'count' },
      trend: { series: 'created', interval: 'day', points: 2 },
    });
    const asBob = await configInput({ config: trend }, env);
    assert.equal(asBob.options.locale, 'de-DE');
    assert.equal(asBob.reading.trend?.points.at(-1)?.label, today('de-DE', 'Europe/Berlin'));
    const pinned = await configInput({ config: trend, locale: 'en-GB', 'time-zone': 'UTC' }, env);
    assert.equal(pinned.options.locale, 'en-GB');
    assert.equal(pinned.reading.trend?.points.at(-1)?.label, today('en-GB', 'UTC'));
  } finally {
    await site.close();
  }
});

test('exportSvg: plain render by default, outlines with --portable, live-text characters reported', async () => {
  const input = { spec: { kind: 'counter' as const, title: '🚀 Launch' }, reading: { value: 7 }, options: {} };
  const kept = { ...input, spec: { ...input.spec, title: 'إطلاق' } };
  const warnings: string[] = [];
  const plain = await exportSvg(input, {}, (m) => warnings.push(m));
  assert.ok(allElements(parseXml(plain)).some((e) => e.name === 'text'));
  const portable = await exportSvg(input, { portable: true }, (m) => warnings.push(m));
  assert.ok(!allElements(parseXml(portable)).some((e) => e.name === 'text'), 'the emoji is outlined too');
  assert.equal(warnings.length, 0);
  await exportSvg(kept, { portable: true }, (m) => warnings.push(m));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /live text.*ط/);
});

test('writeOut: to the named file, or named after the title for "." and folders', () => {
  assert.equal(writeOut('<svg/>', {}, 'T'), false, 'no --out: stdout');
  const named = join(dir, 'x.svg');
  assert.equal(writeOut('<svg/>', { out: named }, 'T'), true);
  assert.equal(readFileSync(named, 'utf8'), '<svg/>\n');
  assert.equal(writeOut('<svg/>', { out: `${dir}/`, png: 'p.png' }, 'Open bugs / A'), false, 'with --png the PNG is still written');
  assert.equal(readFileSync(join(dir, 'Open bugs - A.svg'), 'utf8'), '<svg/>\n');
});
