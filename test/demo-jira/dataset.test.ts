/** The seeded dataset: deterministic, relative to the day, internally consistent. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY_MS } from '../../functions/metrics/calendar';
import { generateDataset } from '../../dev/demo-jira/dataset';
import { STATUSES } from '../../dev/demo-jira/catalog';
import { PEOPLE } from '../../dev/demo-jira/users';
import { NOW } from './helpers';

const data = generateDataset(NOW);
const today = Date.parse('2026-03-15T00:00:00Z');

test('same day → same data; the hour does not matter; another day shifts every date', () => {
  assert.deepEqual(generateDataset(new Date('2026-03-15T23:59:00Z')), data);
  const next = generateDataset(new Date('2026-03-16T08:00:00Z'));
  assert.equal(next.issues.length, data.issues.length);
  assert.equal(next.issues[0].created - data.issues[0].created, DAY_MS);
  assert.deepEqual(
    next.issues.map((i) => i.summary),
    data.issues.map((i) => i.summary),
  );
});

test('size and spread: 3 projects, thousands of issues over about six months, all before today', () => {
  assert.equal(data.today, today);
  assert.deepEqual([...new Set(data.issues.map((i) => i.project))].sort(), ['GLANCE', 'OPS', 'SEC']);
  assert.ok(data.issues.length >= 3000);
  const created = data.issues.map((i) => i.created);
  assert.ok(Math.min(...created) >= today - 181 * DAY_MS && Math.min(...created) < today - 170 * DAY_MS);
  for (const i of data.issues) {
    assert.ok(i.created < today && i.updated < today && i.updated >= i.created, i.key);
    if (i.resolved !== null) assert.ok(i.resolved >= i.created && i.resolved < today, i.key);
  }
  const types = new Set(data.issues.map((i) => i.issueType));
  assert.deepEqual([...types].sort(), ['Bug', 'Epic', 'Story', 'Task']);
  assert.deepEqual([...new Set(data.issues.map((i) => i.status))].sort(), STATUSES.map((s) => s.name).sort());
});

test('consistency: resolved only when done, categories match statuses, unique keys in creation order', () => {
  for (const i of data.issues) {
    const status = STATUSES.find((s) => s.name === i.status)!;
    assert.equal(i.statusCategory, status.category, i.key);
    assert.equal(i.resolved !== null, i.statusCategory === 'Done', i.key);
    assert.equal(i.resolution !== null, i.statusCategory === 'Done', i.key);
    assert.ok(i.assignee === null || PEOPLE.some((p) => p.accountId === i.assignee));
    assert.equal(i.key, `${i.project}-${i.number}`);
    if (i.issueType === 'Epic') assert.equal(i.storyPoints, null);
  }
  assert.equal(new Set(data.issues.map((i) => i.key)).size, data.issues.length);
  assert.equal(new Set(data.issues.map((i) => i.id)).size, data.issues.length);
  for (const project of ['GLANCE', 'OPS', 'SEC']) {
    const mine = data.issues.filter((i) => i.project === project);
    mine.forEach((issue, index) => assert.equal(issue.number, index + 1));
  }
  assert.ok(
    data.issues.some((i) => i.assignee === null),
    'some unassigned',
  );
  assert.ok(data.issues.some((i) => i.duedate !== null) && data.issues.some((i) => i.duedate === null));
  assert.ok(data.issues.filter((i) => i.storyPoints !== null).length > 500);
  assert.ok(data.issues.filter((i) => i.originalEstimate !== null).length > 1000);
});

test('one active sprint per scrum project, containing today; SEC has none', () => {
  const active = data.sprints.filter((s) => s.state === 'active');
  assert.deepEqual(active.map((s) => s.project).sort(), ['GLANCE', 'OPS']);
  for (const s of active) assert.ok(s.startDate <= today && today < s.endDate);
  assert.ok(data.issues.filter((i) => i.project === 'SEC').every((i) => i.sprint === null));
  for (const s of active) {
    const inSprint = data.issues.filter((i) => i.sprint === s.id);
    for (const category of ['To Do', 'In Progress', 'Done']) {
      assert.ok(
        inSprint.some((i) => i.statusCategory === category),
        `${s.name} has ${category} work`,
      );
    }
  }
});

test('versions: the unreleased ones with dates span today, released ones ended before it; names are unique', () => {
  for (const v of data.versions) {
    if (v.startDate !== null && v.releaseDate !== null) assert.ok(v.startDate < v.releaseDate, v.name);
    if (v.released) assert.ok(v.releaseDate !== null && v.releaseDate < today, v.name);
  }
  const current = data.versions.filter((v) => !v.released && v.startDate !== null && v.startDate <= today && today <= v.releaseDate!);
  assert.deepEqual(
    current.map((v) => v.name),
    ['1.6', '2.0', 'Audit 2026'],
  );
  for (const name of ['1.6', '2.0']) {
    const issues = data.issues.filter((i) => i.fixVersions.includes(name));
    assert.ok(issues.some((i) => i.statusCategory === 'Done') && issues.some((i) => i.statusCategory !== 'Done'), name);
  }
  assert.equal(new Set(data.versions.map((v) => v.name)).size, data.versions.length);
  for (const i of data.issues)
    for (const name of i.fixVersions) {
      assert.equal(data.versions.find((v) => v.name === name)?.project, i.project, i.key);
    }
});

test('sla-breach: only on bugs, exactly those resolved (or still open) later than their priority target', () => {
  const target: Record<string, number> = { Highest: 3, High: 7, Medium: 14, Low: 30, Lowest: 45 };
  for (const i of data.issues) {
    const late = i.issueType === 'Bug' && i.resolution !== 'Duplicate' && (i.resolved ?? today) - i.created > target[i.priority] * DAY_MS;
    assert.equal(i.labels.includes('sla-breach'), late, i.key);
  }
});
