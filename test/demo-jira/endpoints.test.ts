/** The REST endpoints: shapes, paging, permissions, auth and the removed search. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DemoJira } from '../../dev/demo-jira/server';
import { ALICE, BOB, allKeys, basic, call, start, visibleTo } from './helpers';

describe('demo Jira endpoints', () => {
  let jira: DemoJira;
  before(async () => {
    jira = await start();
  });
  after(() => jira.close());

  test('startDemoJira exposes url, port, users and the dataset', () => {
    assert.match(jira.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(jira.url, `http://127.0.0.1:${jira.port}`);
    assert.deepEqual(
      jira.users.map((u) => u.displayName),
      ['Alice Admin', 'Bob Builder'],
    );
    for (const u of jira.users)
      assert.deepEqual(Object.keys(u).sort(), ['accountId', 'apiToken', 'displayName', 'email', 'locale', 'timeZone']);
    assert.ok(jira.dataset.issues.length > 3000);
  });

  test('authentication: Basic email:apiToken, anything else is 401 in Jira shape', async () => {
    const me = await call(jira, ALICE, 'GET', '/rest/api/3/myself');
    assert.equal(me.status, 200);
    assert.equal(me.json.accountId, ALICE.accountId);
    assert.equal(me.json.emailAddress, ALICE.email);
    assert.equal(me.json.displayName, 'Alice Admin');
    const asBob = await call(jira, BOB, 'GET', '/rest/api/3/myself');
    assert.equal(asBob.json.accountId, BOB.accountId);
    // Each user's profile zone and locale, in Jira's spelling: the users differ in both.
    assert.deepEqual([me.json.timeZone, me.json.locale], ['America/New_York', 'en_US']);
    assert.deepEqual([asBob.json.timeZone, asBob.json.locale], ['Europe/Berlin', 'de_DE']);

    const wrong: Record<string, string>[] = [
      {},
      { authorization: basic({ email: ALICE.email, apiToken: BOB.apiToken }) },
      { authorization: basic({ email: 'nobody@example.com', apiToken: 'x' }) },
      { authorization: `Bearer ${ALICE.apiToken}` },
      { authorization: 'Basic !!!' },
    ];
    for (const headers of wrong) {
      const res = await call(jira, null, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = GLANCE' }, headers);
      assert.equal(res.status, 401, JSON.stringify(headers));
      assert.deepEqual(res.json, { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} });
    }
  });

  test('the removed /rest/api/3/search answers 410 like Jira Cloud', async () => {
    for (const method of ['GET', 'POST']) {
      const res = await call(
        jira,
        ALICE,
        method,
        '/rest/api/3/search?jql=project%3DGLANCE',
        method === 'POST' ? { jql: 'project = GLANCE' } : undefined,
      );
      assert.equal(res.status, 410);
      assert.match(
        res.json.errorMessages[0],
        /^The requested API has been removed\. Please migrate to the \/rest\/api\/3\/search\/jql API/,
      );
      assert.deepEqual(res.json.errors, {});
    }
  });

  test('unknown routes are 404, wrong methods 405, bad JSON 400 — all Jira-shaped', async () => {
    const missing = await call(jira, ALICE, 'GET', '/rest/api/3/issue/GLANCE-1');
    assert.equal(missing.status, 404);
    assert.ok(Array.isArray(missing.json.errorMessages));
    const method = await call(jira, ALICE, 'GET', '/rest/api/3/search/approximate-count');
    assert.equal(method.status, 405);
    const badJson = await call(jira, ALICE, 'POST', '/rest/api/3/search/jql', '{"jql": ');
    assert.equal(badJson.status, 400);
    assert.deepEqual(badJson.json.errorMessages, ['Invalid request payload. Refer to the REST API documentation and try again.']);
    const badType = await call(jira, ALICE, 'POST', '/rest/api/3/search/jql', { jql: 'project = OPS', maxResults: 'ten' });
    assert.equal(badType.status, 400);
  });

  test('search/jql: paging by nextPageToken returns every issue exactly once, in order', async () => {
    const jql = 'project in (GLANCE, OPS) ORDER BY created ASC';
    const expected = visibleTo(jira, ALICE)
      .filter((i) => i.project !== 'SEC')
      .sort((a, b) => a.created - b.created || Number(b.id) - Number(a.id))
      .map((i) => i.key);
    // With real fields a page holds at most 100 issues; asking for the key only allows up to 5000.
    for (const [maxResults, fields, perPage] of [
      [37, ['summary'], 37],
      [1000, ['summary'], 100],
      [1000, ['key'], 1000],
      [9999, ['key'], 5000],
    ] as const) {
      const { keys, pages } = await allKeys(jira, ALICE, jql, maxResults, [...fields]);
      assert.equal(keys.length, expected.length);
      assert.equal(new Set(keys).size, keys.length, 'no duplicates');
      assert.deepEqual(keys, expected, `maxResults ${maxResults}`);
      assert.equal(pages, Math.ceil(expected.length / perPage), `pages for maxResults ${maxResults} ${fields}`);
    }
  });

  test('search/jql: ids only allow pages up to 5000, default page is 50, fields are returned as asked', async () => {
    const jql = 'project = GLANCE';
    const total = visibleTo(jira, BOB).filter((i) => i.project === 'GLANCE').length;
    const idsOnly = await call(jira, BOB, 'POST', '/rest/api/3/search/jql', { jql, maxResults: 5000 });
    assert.equal(idsOnly.json.issues.length, total);
    assert.equal(idsOnly.json.isLast, true);
    assert.deepEqual(Object.keys(idsOnly.json.issues[0]), ['id']);

    const byDefault = await call(jira, BOB, 'POST', '/rest/api/3/search/jql', { jql, fields: ['summary'] });
    assert.equal(byDefault.json.issues.length, 50);
    assert.equal(byDefault.json.isLast, false);
    assert.equal(typeof byDefault.json.nextPageToken, 'string');

    const withFields = await call(jira, BOB, 'POST', '/rest/api/3/search/jql', {
      jql: 'key = GLANCE-1',
      fields: [
        'customfield_10016',
        'timeoriginalestimate',
        'status',
        'assignee',
        'created',
        'resolutiondate',
        'duedate',
        'labels',
        'customfield_10020',
        'nonexistent',
      ],
    });
    const issue = withFields.json.issues[0];
    const raw = jira.dataset.issues.find((i) => i.key === 'GLANCE-1')!;
    assert.equal(issue.key, 'GLANCE-1');
    assert.equal(issue.id, raw.id);
    assert.equal(issue.self, `${jira.url}/rest/api/3/issue/${raw.id}`);
    assert.deepEqual(Object.keys(issue.fields).sort(), [
      'assignee',
      'created',
      'customfield_10016',
      'customfield_10020',
      'duedate',
      'labels',
      'resolutiondate',
      'status',
      'timeoriginalestimate',
    ]);
    assert.equal(issue.fields.customfield_10016, raw.storyPoints);
    assert.equal(issue.fields.timeoriginalestimate, raw.originalEstimate);
    assert.equal(issue.fields.status.name, raw.status);
    assert.equal(issue.fields.status.statusCategory.name, raw.statusCategory);
    assert.match(issue.fields.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    assert.equal(Date.parse(issue.fields.created.replace('+0000', 'Z')), raw.created);

    const get = await call(jira, BOB, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('key = GLANCE-1')}&fields=summary,priority`);
    assert.deepEqual(Object.keys(get.json.issues[0].fields).sort(), ['priority', 'summary']);
    const repeated = await call(
      jira,
      BOB,
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent('key = GLANCE-1')}&fields=summary&fields=labels,duedate`,
    );
    assert.deepEqual(Object.keys(repeated.json.issues[0].fields).sort(), ['duedate', 'labels', 'summary']);
    const all = await call(jira, BOB, 'POST', '/rest/api/3/search/jql', { jql: 'key = GLANCE-1', fields: ['*all', '-description'] });
    assert.ok('customfield_10030' in all.json.issues[0].fields && !('description' in all.json.issues[0].fields));
    const minus = await call(jira, BOB, 'POST', '/rest/api/3/search/jql', { jql: 'key = GLANCE-1', fields: ['-summary'] });
    assert.ok('status' in minus.json.issues[0].fields && !('summary' in minus.json.issues[0].fields));
  });

  test('search/jql: a token from another query or user is refused', async () => {
    const first = await call(jira, ALICE, 'POST', '/rest/api/3/search/jql', { jql: 'project = OPS', fields: ['key'], maxResults: 10 });
    const token = first.json.nextPageToken;
    const otherQuery = await call(jira, ALICE, 'POST', '/rest/api/3/search/jql', { jql: 'project = GLANCE', nextPageToken: token });
    assert.equal(otherQuery.status, 400);
    const otherUser = await call(jira, BOB, 'POST', '/rest/api/3/search/jql', { jql: 'project = OPS', nextPageToken: token });
    assert.equal(otherUser.status, 400);
    const garbage = await call(jira, ALICE, 'POST', '/rest/api/3/search/jql', { jql: 'project = OPS', nextPageToken: 'garbage' });
    assert.equal(garbage.status, 400);
  });

  test('permissions: Bob never sees SEC issues, even through a broad query', async () => {
    const ids = await call(jira, BOB, 'POST', '/rest/api/3/search/jql', { jql: 'created <= now()', maxResults: 5000 });
    const secIds = new Set(jira.dataset.issues.filter((i) => i.project === 'SEC').map((i) => i.id));
    assert.equal(ids.json.issues.length, visibleTo(jira, BOB).length);
    assert.ok(ids.json.issues.every((i: { id: string }) => !secIds.has(i.id)));
    const withKeys = await allKeys(jira, BOB, 'created <= now() ORDER BY key', 100);
    assert.equal(withKeys.keys.length, visibleTo(jira, BOB).length);
    assert.ok(withKeys.keys.every((k) => !k.startsWith('SEC-')));
    const alice = await call(jira, ALICE, 'POST', '/rest/api/3/search/approximate-count', { jql: 'created <= now()' });
    assert.equal(alice.json.count, jira.dataset.issues.length);
    assert.ok(jira.dataset.issues.some((i) => i.project === 'SEC'));
  });

  test('project/search: only browsable projects, filtered by query, paged', async () => {
    const alice = await call(jira, ALICE, 'GET', '/rest/api/3/project/search');
    assert.deepEqual(
      alice.json.values.map((p: { key: string }) => p.key),
      ['GLANCE', 'OPS', 'SEC'],
    );
    assert.equal(alice.json.total, 3);
    assert.equal(alice.json.isLast, true);
    assert.deepEqual(Object.keys(alice.json.values[0]).sort(), [
      'avatarUrls',
      'expand',
      'id',
      'isPrivate',
      'key',
      'name',
      'projectTypeKey',
      'properties',
      'self',
      'simplified',
      'style',
    ]);
    const bob = await call(jira, BOB, 'GET', '/rest/api/3/project/search');
    assert.deepEqual(
      bob.json.values.map((p: { key: string }) => p.key),
      ['GLANCE', 'OPS'],
    );
    const query = await call(jira, ALICE, 'GET', '/rest/api/3/project/search?query=secur');
    assert.deepEqual(
      query.json.values.map((p: { name: string }) => p.name),
      ['Security'],
    );
    // No project matches: Jira answers 404 (REST API v3, Get projects paginated), not an empty page.
    const bobQuery = await call(jira, BOB, 'GET', '/rest/api/3/project/search?query=sec');
    assert.equal(bobQuery.status, 404);
    const byName = await call(jira, ALICE, 'GET', '/rest/api/3/project/search?orderBy=name');
    assert.deepEqual(
      byName.json.values.map((p: { name: string }) => p.name),
      ['Glance Web', 'Operations', 'Security'],
    );
    const byNameDesc = await call(jira, ALICE, 'GET', '/rest/api/3/project/search?orderBy=-name');
    assert.deepEqual(
      byNameDesc.json.values.map((p: { name: string }) => p.name),
      ['Security', 'Operations', 'Glance Web'],
    );
    assert.equal((await call(jira, ALICE, 'GET', '/rest/api/3/project/search?orderBy=bogus')).status, 400);
    const page = await call(jira, ALICE, 'GET', '/rest/api/3/project/search?startAt=1&maxResults=1');
    assert.deepEqual(
      [page.json.values[0].key, page.json.startAt, page.json.maxResults, page.json.total, page.json.isLast],
      ['OPS', 1, 1, 3, false],
    );
    assert.match(page.json.nextPage, /startAt=2/);
  });

  test('filter/{id}: visible filters in full, others 400 like Jira Cloud (its API answers 400, not 404)', async () => {
    const open = await call(jira, BOB, 'GET', '/rest/api/3/filter/10000');
    assert.equal(open.status, 200);
    assert.equal(open.json.id, '10000');
    assert.equal(open.json.name, 'Open bugs');
    assert.equal(open.json.jql, 'issuetype = Bug AND statusCategory != Done ORDER BY priority DESC');
    assert.equal(open.json.owner.accountId, ALICE.accountId);
    assert.equal(open.json.viewUrl, `${jira.url}/issues/?filter=10000`);
    assert.equal(open.json.self, `${jira.url}/rest/api/3/filter/10000`);

    const notFound = 'The selected filter is not available to you, perhaps it has been deleted or had its permissions changed.';
    for (const [user, id] of [
      [BOB, '10002'],
      [ALICE, '10004'],
      [ALICE, '424242'],
      [ALICE, 'abc'],
    ] as const) {
      const res = await call(jira, user, 'GET', `/rest/api/3/filter/${id}`);
      assert.equal(res.status, 400, id);
      assert.deepEqual(res.json, { errorMessages: [notFound], errors: {} });
    }
    assert.equal((await call(jira, ALICE, 'GET', '/rest/api/3/filter/10002')).status, 200);
    assert.equal((await call(jira, BOB, 'GET', '/rest/api/3/filter/10004')).status, 200);
  });

  test('filter/search: visible filters by name, expand adds jql and owner, paged', async () => {
    const names = async (user: typeof ALICE, qs = ''): Promise<string[]> =>
      (await call(jira, user, 'GET', `/rest/api/3/filter/search${qs}`)).json.values.map((f: { name: string }) => f.name);
    const alice = await names(ALICE);
    const bob = await names(BOB);
    assert.ok(alice.includes('Security incidents (private)') && !alice.includes("Bob's ops stories (private)"));
    assert.ok(bob.includes("Bob's ops stories (private)") && !bob.includes('Security incidents (private)'));
    assert.deepEqual(
      alice,
      [...alice].sort((a, b) => a.localeCompare(b)),
      'ordered by name',
    );
    assert.deepEqual(await names(BOB, '?filterName=OPEN'), ['My open work', 'Open bugs']);

    const plain = await call(jira, BOB, 'GET', '/rest/api/3/filter/search?filterName=bugs');
    assert.deepEqual(Object.keys(plain.json.values[0]).sort(), ['expand', 'id', 'name', 'self']);
    const expanded = await call(jira, BOB, 'GET', '/rest/api/3/filter/search?filterName=bugs&expand=jql,owner');
    assert.equal(expanded.json.values[0].jql, 'issuetype = Bug AND statusCategory != Done ORDER BY priority DESC');
    assert.equal(expanded.json.values[0].owner.displayName, 'Alice Admin');
    assert.equal(expanded.json.values[0].description, undefined);

    const page = await call(jira, ALICE, 'GET', '/rest/api/3/filter/search?maxResults=2&startAt=2');
    assert.deepEqual(
      [page.json.values.length, page.json.startAt, page.json.maxResults, page.json.total, page.json.isLast],
      [2, 2, 2, alice.length, false],
    );
    assert.deepEqual(
      page.json.values.map((f: { name: string }) => f.name),
      alice.slice(2, 4),
    );
  });

  test('field: system and custom fields, with numeric ones typed "number"', async () => {
    const res = await call(jira, BOB, 'GET', '/rest/api/3/field');
    assert.equal(res.status, 200);
    const byId = new Map(res.json.map((f: { id: string }) => [f.id, f]));
    const points = byId.get('customfield_10016') as Record<string, any>;
    assert.equal(points.name, 'Story Points');
    assert.equal(points.custom, true);
    assert.equal(points.schema.type, 'number');
    assert.deepEqual(points.clauseNames, ['cf[10016]', 'Story Points']);
    const numeric = res.json.filter((f: { schema?: { type: string } }) => f.schema?.type === 'number').map((f: { id: string }) => f.id);
    assert.ok(numeric.includes('timeoriginalestimate') && numeric.includes('customfield_10030') && numeric.length >= 4);
    assert.ok(!numeric.includes('customfield_10050') && !numeric.includes('summary'));
    for (const f of res.json)
      assert.deepEqual(
        ['id', 'key', 'name', 'custom', 'clauseNames'].filter((k) => !(k in f)),
        [],
        f.id,
      );
  });

  test('the approximate count honours currentUser() per caller', async () => {
    const jql = 'assignee = currentUser()';
    const a = await call(jira, ALICE, 'POST', '/rest/api/3/search/approximate-count', { jql });
    const b = await call(jira, BOB, 'POST', '/rest/api/3/search/approximate-count', { jql });
    assert.equal(a.json.count, jira.dataset.issues.filter((i) => i.assignee === ALICE.accountId).length);
    assert.equal(b.json.count, jira.dataset.issues.filter((i) => i.assignee === BOB.accountId).length);
    assert.notEqual(a.json.count, b.json.count);
  });
});
