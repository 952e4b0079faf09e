/**
 * Real-site mode of the preview (JIRA_BASE_URL + JIRA_EMAIL + JIRA_API_TOKEN), exercised against the
 * demo Jira standing in for a site: who-am-I (with the profile's zone and locale) from /myself, one user,
 * the site gadgets, reads with the token; a wrong token is a clear startup error. No browser needed.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemoJira, type DemoJira } from '../../dev/demo-jira/server';
import { SITE_GADGETS } from '../../dev/dashboard/preview-gadgets';
import { startPreview } from '../../dev/server/preview';

let jira: DemoJira;
before(async () => {
  jira = await startDemoJira({ now: new Date('2026-03-04T12:00:00Z') });
});
after(async () => {
  await jira?.close();
});

test('reads the site as the token’s owner, with the site gadgets', async () => {
  const bob = jira.users.find((u) => u.displayName.startsWith('Bob'))!;
  const preview = await startPreview({
    port: 0,
    env: { JIRA_BASE_URL: jira.url, JIRA_EMAIL: bob.email, JIRA_API_TOKEN: bob.apiToken },
    viewDirs: { view: '/nonexistent', edit: '/nonexistent' },
    log: () => undefined,
  });
  try {
    assert.equal(preview.demo, undefined);
    // The views' Forge context carries the profile's zone and locale (BCP 47, as Forge writes it).
    assert.deepEqual(preview.users, [
      { accountId: bob.accountId, displayName: bob.displayName, timeZone: 'Europe/Berlin', locale: 'de-DE' },
    ]);
    const origin = new URL(preview.url).origin;
    const state = (await (await fetch(new URL('/__glance/state', preview.url))).json()) as {
      source: { label: string; siteUrl: string };
      gadgets: { id: string }[];
    };
    assert.deepEqual(
      state.gadgets.map((g) => g.id),
      SITE_GADGETS.map((g) => g.id),
    );
    assert.equal(state.source.siteUrl, new URL(jira.url).origin);
    const res = await fetch(new URL('/__glance/invoke', preview.url), {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ gadgetId: 'site-my-open', accountId: bob.accountId, functionKey: 'render', payload: {} }),
    });
    const { result } = (await res.json()) as { result: { ok: boolean; value: number } };
    const expected = jira.dataset.issues.filter(
      (i) => i.assignee === bob.accountId && i.statusCategory !== 'Done' && i.project !== 'SEC',
    ).length;
    assert.equal(result.ok, true);
    assert.equal(result.value, expected);
  } finally {
    await preview.close();
  }
});

test('a wrong API token stops the start with a clear message', async () => {
  const alice = jira.users[0];
  await assert.rejects(
    startPreview({ port: 0, env: { JIRA_BASE_URL: jira.url, JIRA_EMAIL: alice.email, JIRA_API_TOKEN: 'wrong' }, log: () => undefined }),
    /refused the login \(HTTP 401\): check JIRA_EMAIL and JIRA_API_TOKEN/,
  );
});
