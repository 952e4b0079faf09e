/**
 * The CLI: spawned once as users run it (prints its URL, serves, stops cleanly on SIGINT); its command
 * line in-process (dev/demo-jira/cli.ts): a taken port, a bad port and an unknown flag each say why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { runDemoJiraCli } from '../../dev/demo-jira/cli';
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

/** The command line in this process, with what it printed. */
async function runInProcess(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const started = await runDemoJiraCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { started, out: out.join('\n'), err: err.join('\n') };
}

test('a taken port is a clear error and exit code 1', async () => {
  const jira = await start();
  try {
    const run = await runInProcess(['--port', String(jira.port)]);
    assert.deepEqual(run.started, { code: 1 });
    assert.match(run.err, new RegExp(`Port ${jira.port} is already in use`));
    assert.equal(run.out, '');
  } finally {
    await jira.close();
  }
});

test('a bad port or an unknown flag: exit code 2 with the reason and the usage line', async () => {
  for (const [argv, env, reason] of [
    [['--port', '70000'], {}, /Invalid port: 70000/],
    [[], { DEMO_JIRA_PORT: 'x' }, /Invalid port: x/],
    [['--prot', '1'], {}, /Unknown option '--prot'[\s\S]*usage: tsx dev\/demo-jira\/main\.ts/],
    [['--port'], {}, /--port[\s\S]*usage:/],
  ] as const) {
    const run = await runInProcess([...argv], env);
    assert.deepEqual(run.started, { code: 2 }, argv.join(' '));
    assert.match(run.err, reason);
  }
});

test('in-process, it serves at the URL it prints', async () => {
  const run = await runInProcess(['--port', '0']);
  assert.ok('jira' in run.started);
  try {
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(run.out)![1];
    assert.match(run.out, /demo-token-bob/);
    const res = await fetch(`${url}/rest/api/3/myself`, { headers: { authorization: basic(ALICE) } });
    assert.equal((await res.json()).accountId, ALICE.accountId);
  } finally {
    await run.started.jira.close();
  }
});
