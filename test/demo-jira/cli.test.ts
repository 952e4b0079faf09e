/** The CLI entry: prints its URL, serves, stops cleanly on SIGINT, and says so when the port is taken. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ALICE, basic, start } from './helpers';

function runCli(port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'dev/demo-jira/main.ts', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function collect(stream: NodeJS.ReadableStream | null): () => string {
  let text = '';
  stream?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return () => text;
}

test('tsx dev/demo-jira/main.ts --port 0 prints the URL, answers, and exits 0 on SIGINT', async () => {
  const child = runCli(0);
  try {
    const out = collect(child.stdout);
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', () => {
        // Wait for the whole banner (URL, then one line per login): chunks may split it.
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*demo-token-bob/.exec(out());
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    assert.match(out(), /alice@glance-demo\.example/);
    const res = await fetch(`${url}/rest/api/3/myself`, { headers: { authorization: basic(ALICE) } });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).accountId, ALICE.accountId);
    const exited = once(child, 'exit');
    child.kill('SIGINT');
    const [code, signal] = await exited;
    assert.deepEqual([code, signal], [0, null]);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

test('a taken port is a clear error and exit code 1', async () => {
  const jira = await start();
  const child = runCli(jira.port);
  try {
    const err = collect(child.stderr);
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.match(err(), new RegExp(`Port ${jira.port} is already in use`));
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await jira.close();
  }
});
