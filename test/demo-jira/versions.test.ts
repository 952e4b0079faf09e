/**
 * Versions: GET /rest/api/3/version/{id} and /project/{key}/versions in Jira's shape, with dates relative
 * to the fixed day (NOW = 15 March 2026), 404s for missing and unbrowsable ones, and fixVersion JQL by id.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DemoJira } from '../../dev/demo-jira/server';
import { ALICE, BOB, call, count, visibleTo } from './helpers';
import { start } from './helpers';

const notFound = (id: string) => ({ errorMessages: [`Could not find version for id '${id}'`], errors: {} });

describe('demo Jira versions', () => {
  let jira: DemoJira;
  before(async () => {
    jira = await start();
  });
  after(() => jira.close());

  test('version/{id}: the current release in full, its dates spanning today', async () => {
    const res = await call(jira, BOB, 'GET', '/rest/api/3/version/10106');
    assert.equal(res.status, 200);
    assert.deepEqual(res.json, {
      self: `${jira.url}/rest/api/3/version/10106`,
      id: '10106',
      description: 'Current release: trends and expected progress',
      name: '1.6',
      archived: false,
      released: false,
      startDate: '2026-03-01',
      releaseDate: '2026-03-30',
      overdue: false,
      userStartDate: '1/Mar/2026',
      userReleaseDate: '30/Mar/2026',
      projectId: 10000,
    });
  });

  test('version/{id}: major, archived, overdue and dateless versions', async () => {
    const get = async (id: string) => (await call(jira, ALICE, 'GET', `/rest/api/3/version/${id}`)).json;
    const major = await get('10107');
    assert.deepEqual(
      [major.name, major.released, major.startDate, major.releaseDate, major.overdue],
      ['2.0', false, '2026-02-03', '2026-05-04', false],
    );
    const first = await get('10100');
    assert.deepEqual(
      [first.name, first.archived, first.released, first.overdue, first.releaseDate],
      ['1.0', true, true, false, '2025-10-01'],
    );
    const hotfix = await get('10108');
    assert.deepEqual([hotfix.name, hotfix.released, hotfix.releaseDate, hotfix.overdue], ['1.5.1', false, '2026-03-12', true]);
    const later = await get('10109');
    assert.equal(later.name, 'Later');
    for (const key of ['startDate', 'releaseDate', 'overdue', 'userStartDate', 'userReleaseDate']) assert.ok(!(key in later), key);
    const audit = await get('10200');
    assert.deepEqual([audit.name, audit.projectId, audit.startDate, audit.releaseDate], ['Audit 2026', 10002, '2026-02-13', '2026-04-04']);
  });

  test('version/{id}: 404 in Jira shape for a missing id, a malformed one, and a project the user cannot browse', async () => {
    for (const [user, id] of [
      [ALICE, '99999'],
      [BOB, '99999'],
      [ALICE, 'abc'],
      [BOB, '10200'],
    ] as const) {
      const res = await call(jira, user, 'GET', `/rest/api/3/version/${id}`);
      assert.equal(res.status, 404, `${user.displayName} ${id}`);
      assert.deepEqual(res.json, notFound(id));
    }
    assert.equal((await call(jira, null, 'GET', '/rest/api/3/version/10106')).status, 401);
    assert.equal((await call(jira, ALICE, 'POST', '/rest/api/3/version/10106', {})).status, 405);
  });

  test('project/{key}/versions: every version of a browsable project, each as version/{id} gives it', async () => {
    const byKey = await call(jira, BOB, 'GET', '/rest/api/3/project/GLANCE/versions');
    assert.equal(byKey.status, 200);
    assert.ok(Array.isArray(byKey.json));
    assert.deepEqual(
      byKey.json.map((v: { name: string }) => v.name),
      ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '2.0', '1.5.1', 'Later'],
    );
    for (const v of byKey.json) assert.deepEqual(v, (await call(jira, BOB, 'GET', `/rest/api/3/version/${v.id}`)).json);
    assert.deepEqual((await call(jira, BOB, 'GET', '/rest/api/3/project/10000/versions')).json, byKey.json);
    const ops = await call(jira, BOB, 'GET', '/rest/api/3/project/OPS/versions');
    assert.deepEqual([ops.status, ops.json], [200, []]);
    const sec = await call(jira, ALICE, 'GET', '/rest/api/3/project/SEC/versions');
    assert.deepEqual(
      sec.json.map((v: { id: string }) => v.id),
      ['10200'],
    );
  });

  test('project/{key}/versions: 404 for a project that does not exist or that the user cannot browse', async () => {
    for (const [user, key, message] of [
      [BOB, 'SEC', "No project could be found with key 'SEC'."],
      [BOB, '10002', "No project could be found with id '10002'."],
      [ALICE, 'NOPE', "No project could be found with key 'NOPE'."],
    ] as const) {
      const res = await call(jira, user, 'GET', `/rest/api/3/project/${key}/versions`);
      assert.equal(res.status, 404, key);
      assert.deepEqual(res.json, { errorMessages: [message], errors: {} });
    }
  });

  test('fixVersion by id or name counts the same issues; a version of a hidden project does not exist for Bob', async () => {
    for (const user of [ALICE, BOB]) {
      const expected = visibleTo(jira, user).filter((i) => i.fixVersions.includes('1.6')).length;
      assert.ok(expected > 0);
      assert.deepEqual((await count(jira, user, 'fixVersion = 10106')).json, { count: expected });
      assert.deepEqual((await count(jira, user, 'fixVersion = "1.6"')).json, { count: expected });
    }
    const bob = await count(jira, BOB, 'fixVersion = "Audit 2026"');
    assert.equal(bob.status, 400);
    assert.deepEqual(bob.json.errorMessages, ["The value 'Audit 2026' does not exist for the field 'fixVersion'."]);
    assert.equal((await count(jira, BOB, 'fixVersion = 10200')).status, 400);
    assert.deepEqual((await count(jira, ALICE, 'fixVersion = 10200')).json, { count: 0 });
  });

  test('issues embed their fix versions in the short form', async () => {
    const res = await call(jira, BOB, 'POST', '/rest/api/3/search/jql', {
      jql: 'fixVersion = 10106',
      fields: ['fixVersions'],
      maxResults: 1,
    });
    assert.deepEqual(res.json.issues[0].fields.fixVersions, [
      {
        self: `${jira.url}/rest/api/3/version/10106`,
        id: '10106',
        description: 'Current release: trends and expected progress',
        name: '1.6',
        archived: false,
        released: false,
        releaseDate: '2026-03-30',
      },
    ]);
  });
});
