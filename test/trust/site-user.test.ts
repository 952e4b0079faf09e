/**
 * Real-site mode's "who am I" (tools/site-user.ts, used by `npm start` and the render CLI) reads
 * GET /rest/api/3/myself through the Jira client: a 429 is retried after Retry-After, an unreadable
 * answer is worded like the gadget words it, a refused token says what to check.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { readSiteUser } from '../../tools/site-user';

type Reply = { status: number; body: string; headers?: Record<string, string> };

describe('readSiteUser through the Jira client', () => {
  let server: Server;
  let baseUrl = '';
  let replies: Reply[] = [];
  let asked = 0;
  before(async () => {
    server = createServer((req, res) => {
      asked++;
      const reply = replies.shift() ?? { status: 500, body: '' };
      res.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers });
      res.end(reply.body);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((ok) => server.close(() => ok())));

  // A clock that moves only when the client sleeps: Retry-After is waited out without waiting.
  const fakeTime = () => {
    let t = Date.now();
    return { now: () => t, sleep: async (ms: number) => void (t += ms), random: () => 0 };
  };
  const login = () => ({ baseUrl, email: 'me@example.com', apiToken: 't' });
  const me = JSON.stringify({ accountId: 'acc-1', displayName: 'Me', timeZone: 'Europe/Berlin', locale: 'de_DE' });

  it('a 429 with Retry-After is waited out and retried', async () => {
    replies = [
      { status: 429, body: '{}', headers: { 'Retry-After': '2' } },
      { status: 200, body: me },
    ];
    asked = 0;
    const user = await readSiteUser(login(), fakeTime());
    assert.deepEqual(user, { accountId: 'acc-1', displayName: 'Me', timeZone: 'Europe/Berlin', locale: 'de-DE' });
    assert.equal(asked, 2);
  });

  it("an unreadable answer: the client's words, not a JSON parser message", async () => {
    replies = [{ status: 200, body: '<html>maintenance</html>' }];
    await assert.rejects(readSiteUser(login(), fakeTime()), (e: Error) => {
      assert.match(e.message, /could not say who you are \(\/rest\/api\/3\/myself\): Jira sent an answer Glance could not read\./);
      assert.doesNotMatch(e.message, /Unexpected token|JSON/);
      return true;
    });
  });

  it('a refused token says what to check', async () => {
    replies = [{ status: 401, body: '{}' }];
    await assert.rejects(readSiteUser(login(), fakeTime()), /refused the login \(HTTP 401\): check JIRA_EMAIL and JIRA_API_TOKEN/);
  });

  it('Jira down: retried, then said so', async () => {
    replies = [500, 502, 503, 503].map((status) => ({ status, body: '' }));
    asked = 0;
    await assert.rejects(readSiteUser(login(), fakeTime()), /could not say who you are .*Jira is not answering right now/);
    assert.equal(asked, 4);
  });
});
