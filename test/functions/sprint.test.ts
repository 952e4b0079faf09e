/**
 * The active sprint of a source's issues from the Sprint field (functions/metrics/sprint.ts), against
 * the Jira double with Jira Software's field shapes: GET /rest/api/3/field lists the Sprint field with
 * schema custom `com.pyxis.greenhopper.jira:gh-sprint`; the field's value on an issue is an array of
 * {id, name, state, boardId, goal, startDate, endDate, completeDate?}.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { JiraClient } from '../../functions/jira/client';
import { fetchTransport } from '../../functions/jira/fetch-transport';
import { Reads } from '../../functions/metrics/jira-reads';
import { activeSprintOf, findActiveSprint, SPRINT_FIELD_SCHEMA } from '../../functions/metrics/sprint';
import { sprintProgress, type ExpectedProgress } from '../../functions/metrics/expected';
import { call, handlerFor, type Handler } from '../../support/forge-call';
import { readNumbers } from '../../functions/metrics/read-numbers';
import type { GadgetConfig } from '../../functions/config/types';
import { GlanceError } from '../../functions/errors';
import { english } from '../helpers/in-english';
import { startDemoJira, type DemoJira } from '../../dev/demo-jira/server';
import { ALICE } from '../../dev/demo-jira/users';
import { startJiraDouble, type DoubleField, type DoubleIssue, type JiraDouble } from '../helpers/jira-double';

const FIELD = 'customfield_10020';
const SEARCH = '/rest/api/3/search/jql';
const SPRINT_FIELD: DoubleField = {
  id: FIELD,
  name: 'Sprint',
  custom: true,
  schema: { type: 'array', custom: SPRINT_FIELD_SCHEMA, customId: 10020 },
};
const closed = {
  id: 36,
  name: 'Sprint 41',
  state: 'closed',
  boardId: 3,
  goal: '',
  startDate: '2026-11-02T09:00:00.000Z',
  endDate: '2026-11-13T17:00:00.000Z',
  completeDate: '2026-11-13T16:30:00.000Z',
};
const active = {
  id: 37,
  name: 'Sprint 42',
  state: 'active',
  boardId: 3,
  goal: 'Ship it',
  startDate: '2026-11-16T09:00:00.000Z',
  endDate: '2026-11-27T17:00:00.000Z',
};
const otherActive = {
  id: 52,
  name: 'Ops Sprint 7',
  state: 'active',
  boardId: 5,
  goal: '',
  startDate: '2026-11-18T08:00:00.000Z',
  endDate: '2026-12-01T17:00:00.000Z',
};
const issue = (key: string, sprints: unknown): DoubleIssue => ({ id: key, key, fields: { [FIELD]: sprints } });

/** Issues per JQL as Glance composes it. */
const SEARCHES: Record<string, DoubleIssue[]> = {
  '(project = ONE) AND (sprint in openSprints() AND sprint not in futureSprints())': [issue('ONE-1', [closed, active])],
  '((project = ONE) AND (sprint in openSprints() AND sprint not in futureSprints())) AND (sprint != 37)': [],
  '(project = TWO) AND (sprint in openSprints() AND sprint not in futureSprints())': [issue('TWO-1', [active])],
  '((project = TWO) AND (sprint in openSprints() AND sprint not in futureSprints())) AND (sprint != 37)': [issue('OPS-4', [otherActive])],
  // The picker's list (activeSprints): each search leaves out the sprints already found.
  '((project = TWO) AND (sprint in openSprints() AND sprint not in futureSprints())) AND (sprint not in (37))': [
    issue('OPS-4', [otherActive]),
  ],
  '((project = TWO) AND (sprint in openSprints() AND sprint not in futureSprints())) AND (sprint not in (37, 52))': [],
  // A picked sprint narrows the issues (read-numbers.ts), and its dates come from them.
  '(project = TWO) AND (sprint = 52)': [issue('OPS-4', [otherActive])],
  '((project = TWO) AND (sprint = 52)) AND (sprint = 52)': [issue('OPS-4', [otherActive])],
  '(project = NONE) AND (sprint in openSprints() AND sprint not in futureSprints())': [],
  '(project = ODD) AND (sprint in openSprints() AND sprint not in futureSprints())': [
    issue('ODD-1', ['com.atlassian.greenhopper.service.sprint.Sprint@1[id=37,state=ACTIVE]', { ...active, endDate: 'soon' }]),
  ],
};

describe('the active sprint of a source', () => {
  let jira: JiraDouble;
  let fields: DoubleField[];
  const cache = new Map<string, unknown>();
  const reads = (withCache = false) =>
    new Reads(
      new JiraClient(fetchTransport({ baseUrl: jira.url, email: 'ann@example.com', apiToken: 't' })),
      Date.parse('2026-11-21T12:00:00Z'),
      withCache
        ? async (key, load) => {
            const id = JSON.stringify(key);
            if (!cache.has(id)) cache.set(id, await load());
            return { value: cache.get(id), at: 0 };
          }
        : undefined,
    );

  before(async () => {
    jira = await startJiraDouble({
      issues: (jql) => SEARCHES[jql] ?? [],
      get fields() {
        return fields;
      },
    });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    cache.clear();
    fields = [{ id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } }, SPRINT_FIELD];
  });

  it('one active sprint: two searches of one issue, the Sprint field only', async () => {
    assert.deepEqual(await findActiveSprint(reads(), 'project = ONE'), {
      found: 'one',
      sprint: { id: 37, name: 'Sprint 42', startDate: active.startDate, endDate: active.endDate },
    });
    const searches = jira.requestsTo(SEARCH).map((r) => r.body as { jql: string; fields: string[]; maxResults: number });
    assert.deepEqual(
      searches.map((s) => [s.jql, s.fields, s.maxResults]),
      [
        ['(project = ONE) AND (sprint in openSprints() AND sprint not in futureSprints())', [FIELD], 1],
        ['((project = ONE) AND (sprint in openSprints() AND sprint not in futureSprints())) AND (sprint != 37)', [FIELD], 1],
      ],
    );
  });

  it('issues in two active sprints: several, with both names', async () => {
    assert.deepEqual(await findActiveSprint(reads(), 'project = TWO'), { found: 'several', names: ['Sprint 42', 'Ops Sprint 7'] });
  });

  it('no issue in an active sprint: none, after one search', async () => {
    assert.deepEqual(await findActiveSprint(reads(), 'project = NONE'), { found: 'none' });
    assert.equal(jira.requestsTo(SEARCH).length, 1);
  });

  it('a site without Jira Software (no Sprint field): no-field, and no search', async () => {
    fields = fields.filter((f) => f.id !== FIELD);
    assert.deepEqual(await findActiveSprint(reads(), 'project = ONE'), { found: 'no-field' });
    assert.equal(jira.requestsTo(SEARCH).length, 0);
  });

  it('values it cannot use (legacy strings, an end that is not a date) are no sprint', async () => {
    assert.deepEqual(await findActiveSprint(reads(), 'project = ODD'), { found: 'none' });
  });

  it('is cached like other readings: the same source again makes no Jira call', async () => {
    await findActiveSprint(reads(true), 'project = ONE');
    const before = jira.requests.length;
    assert.equal((await findActiveSprint(reads(true), 'project = ONE')).found, 'one');
    assert.equal(jira.requests.length, before);
  });

  it("reads the active one of an issue's sprints, whatever the order and case of its state", () => {
    assert.equal(activeSprintOf([closed, { ...active, state: 'ACTIVE' }])?.id, 37);
    assert.equal(activeSprintOf([closed]), undefined);
    assert.equal(activeSprintOf(null), undefined);
    assert.equal(activeSprintOf([{ ...active, id: '37' }]), undefined);
    assert.equal(activeSprintOf([{ ...active, endDate: active.startDate }]), undefined);
  });
});

describe("sprint progress in the user's days", () => {
  const sprint = { id: 37, name: 'Sprint 42', startDate: '2026-11-16T09:00:00.000Z', endDate: '2026-11-27T17:00:00.000Z' };
  const utc = { timeZone: 'UTC', locale: 'en-US' };
  const cases: [string, string, { timeZone: string; locale: string }, ExpectedProgress][] = [
    [
      'before the start (a future start on an active sprint)',
      '2026-11-16T08:00:00Z',
      utc,
      { fraction: 0, starts: '2026-11-16', sprint: 'Sprint 42' },
    ],
    ['the first morning', '2026-11-16T12:00:00Z', utc, { fraction: 0.011, day: 1, days: 12, sprint: 'Sprint 42' }],
    ['day 6: 123 of 272 hours', '2026-11-21T12:00:00Z', utc, { fraction: 0.4522, day: 6, days: 12, sprint: 'Sprint 42' }],
    [
      '01:00 in Tokyo: day 7 there, of 13 local days (18:00 on the 16th to 02:00 on the 28th)',
      '2026-11-21T16:00:00Z',
      { timeZone: 'Asia/Tokyo', locale: 'ja-JP' },
      { fraction: 0.4669, day: 7, days: 13, sprint: 'Sprint 42' },
    ],
    ['the last afternoon', '2026-11-27T16:00:00Z', utc, { fraction: 0.9963, day: 12, days: 12, sprint: 'Sprint 42' }],
    ['past its end but not completed', '2026-11-28T09:00:00Z', utc, { fraction: 1, ended: '2026-11-27', sprint: 'Sprint 42' }],
  ];
  for (const [name, now, place, expected] of cases)
    it(name, () => assert.deepEqual(sprintProgress(sprint, Date.parse(now), place), expected));

  it('an end at local midnight closes the day before (a two-week sprint is 14 days, not 15)', () => {
    const twoWeeks = { ...sprint, startDate: '2026-11-16T00:00:00.000+01:00', endDate: '2026-11-30T00:00:00.000+01:00' };
    assert.deepEqual(sprintProgress(twoWeeks, Date.parse('2026-11-20T12:00:00Z'), { timeZone: 'Europe/Berlin', locale: 'de-DE' }), {
      fraction: 0.3244,
      day: 5,
      days: 14,
      sprint: 'Sprint 42',
    });
  });
});

describe('a progress bar measured against the active sprint, through the resolvers', () => {
  let jira: JiraDouble;
  let fields: DoubleField[];
  let handler: Handler;
  const config = (jql: string) => ({
    version: 2,
    kind: 'progress',
    source: { type: 'jql', jql },
    metric: { type: 'ratio' },
    expected: { sprint: 'active' },
  });

  before(async () => {
    jira = await startJiraDouble({
      count: (jql) => (jql.includes('statusCategory = Done') ? 5 : 20),
      issues: (jql) => SEARCHES[jql] ?? [],
      get fields() {
        return fields;
      },
    });
  });
  after(() => jira.close());
  beforeEach(() => {
    fields = [SPRINT_FIELD];
    handler = handlerFor(jira.url, { now: () => Date.parse('2026-11-21T12:00:00Z') });
  });
  const aria = (svg: string) => /aria-label="([^"]*)"/.exec(svg)?.[1] ?? '';

  it('one active sprint: the marker at its time elapsed, its name and day on the card', async () => {
    const result = await call(
      handler,
      'render',
      { timeZone: 'UTC' },
      { gadgetConfiguration: config('project = ONE'), moduleKey: 'glance-progress' },
    );
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.match(aria(result.svg), /^5 of 20 done, 25%, behind by 20 points \(Sprint 42 · 45% of time elapsed · Day 6 of 12\)$/);
    assert.match(result.svg, />Sprint 42 · (45% of time elapsed · )?Day 6 of 12</);
  });

  it('the same in German', async () => {
    const result = await call(
      handler,
      'render',
      { locale: 'de-DE', timeZone: 'UTC' },
      { gadgetConfiguration: config('project = ONE'), moduleKey: 'glance-progress' },
    );
    assert.match(aria(result.svg), /Rückstand 20 Punkte \(Sprint 42 · 45\u00A0% der Zeit vergangen · Tag 6 von 12\)$/);
  });

  it('issues in two active sprints: a card that says so, naming them, and no marker', async () => {
    const result = await call(handler, 'render', {}, { gadgetConfiguration: config('project = TWO'), moduleKey: 'glance-progress' });
    assert.equal(result.code, 'INVALID_CONFIG');
    assert.equal(
      result.message,
      "This gadget's settings need fixing: These issues are in 2 active sprints (Sprint 42, Ops Sprint 7). Choose one under “Expected progress”.",
    );
    // The form marks the field that fixes it (issue #25).
    assert.deepEqual(
      result.errors?.map((e: { path: string }) => e.path),
      ['expected.sprint'],
    );
  });

  it('a sprint picked by its id: the issues of that sprint only, against its dates', async () => {
    const picked = { ...config('project = TWO'), expected: { sprint: 52 } };
    const result = await call(handler, 'render', {}, { gadgetConfiguration: picked, moduleKey: 'glance-progress' });
    assert.equal(result.ok, true, result.message);
    assert.match(aria(result.svg), /Ops Sprint 7/);
  });

  it('no issue in an active sprint: a no-data card that says why', async () => {
    const result = await call(
      handler,
      'render',
      { locale: 'fr-FR' },
      { gadgetConfiguration: config('project = NONE'), moduleKey: 'glance-progress' },
    );
    assert.equal(result.code, 'NO_DATA');
    assert.equal(result.message, 'Aucune donnée à afficher\u00A0: Aucun de ces tickets n’est dans un sprint actif.');
  });

  it('a site without Jira Software: a card that says there is no Sprint field', async () => {
    fields = [];
    const result = await call(
      handler,
      'render',
      { locale: 'ja' },
      { gadgetConfiguration: config('project = ONE'), moduleKey: 'glance-progress' },
    );
    assert.equal(result.code, 'INVALID_CONFIG');
    assert.match(result.message, /スプリント フィールドがありません/);
  });
});

describe('the active sprint on the demo Jira (its Sprint field, sprints and JQL)', () => {
  const NOW = new Date('2026-03-04T12:00:00.000Z');
  let demo: DemoJira;
  let client: JiraClient;
  before(async () => {
    demo = await startDemoJira({ now: NOW, faults: { rules: [] }, latencyMs: 0 });
    client = new JiraClient(fetchTransport({ baseUrl: demo.url, email: ALICE.email, apiToken: ALICE.apiToken }));
  });
  after(() => demo.close());
  const progress = (jql: string): GadgetConfig => ({
    version: 2,
    kind: 'progress',
    source: { type: 'jql', jql },
    metric: { type: 'ratio', segments: true },
    expected: { sprint: 'active' },
  });
  const place = { timeZone: 'UTC', locale: 'en-US' };

  it("one project: its active sprint, with the time elapsed and the day from the sprint's dates", async () => {
    const active = demo.dataset.sprints.find((s) => s.project === 'GLANCE' && s.state === 'active')!;
    const result = await readNumbers(client, progress('project = GLANCE'), { now: NOW.getTime(), place });
    const days = Math.round((active.endDate - active.startDate) / 86_400_000);
    const day = Math.floor((NOW.getTime() - active.startDate) / 86_400_000) + 1;
    assert.deepEqual(result.expected, {
      fraction: Math.round(((NOW.getTime() - active.startDate) / (active.endDate - active.startDate)) * 10_000) / 10_000,
      day,
      days,
      sprint: active.name,
    });
  });

  it("the preset's source (sprint in openSprints() AND sprint not in futureSprints()) of one project: the same sprint", async () => {
    const result = await readNumbers(client, progress('project = GLANCE AND sprint in openSprints()'), { now: NOW.getTime(), place });
    assert.equal(result.expected?.sprint, demo.dataset.sprints.find((s) => s.project === 'GLANCE' && s.state === 'active')!.name);
  });

  it('two scrum projects: two active sprints, a clear failure', async () => {
    await assert.rejects(
      readNumbers(client, progress('project in (GLANCE, OPS)'), { now: NOW.getTime(), place }),
      (e: unknown) =>
        e instanceof GlanceError &&
        e.said.key === 'sprint.several' &&
        e.path === 'expected.sprint' &&
        /GLANCE Sprint \d+, OPS Sprint \d+|OPS Sprint \d+, GLANCE Sprint \d+/.test(english(e.said)),
    );
  });

  it('a project without sprints: none', async () => {
    await assert.rejects(
      readNumbers(client, progress('project = SEC'), { now: NOW.getTime(), place }),
      (e: unknown) => e instanceof GlanceError && e.said.key === 'sprint.none',
    );
  });
});
