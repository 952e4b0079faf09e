/**
 * The demo Jira's command line, callable in-process (tests) as well as from dev/demo-jira/main.ts:
 * parses the arguments, starts the server and prints its URL and logins, or says what is wrong.
 */
import { readCommandLine } from '../command-line';
import { startDemoJira, type DemoJira } from './server';

export const USAGE = 'tsx dev/demo-jira/main.ts [--port 8081] [--host 127.0.0.1]';

/** Where the CLI writes, and the environment it reads (`DEMO_JIRA_PORT`). */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
}

/**
 * Runs the command line `argv` (without node and the script).
 * @returns the running demo Jira, or the exit code when it did not start (2: bad arguments, 1: could
 *   not listen) after saying why on `io.err`.
 */
export async function runDemoJiraCli(argv: string[], io: CliIo): Promise<{ jira: DemoJira } | { code: number }> {
  const command = readCommandLine(argv, { port: { type: 'string' }, host: { type: 'string' } }, USAGE);
  if (command.error !== undefined) {
    io.err(command.error);
    return { code: 2 };
  }
  const args = command.values;
  const port = Number(args.port ?? io.env.DEMO_JIRA_PORT ?? 8081);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`Invalid port: ${args.port ?? io.env.DEMO_JIRA_PORT}`);
    return { code: 2 };
  }
  try {
    const jira = await startDemoJira({ port, host: args.host });
    io.out(`Demo Jira listening on ${jira.url} (${jira.dataset.issues.length} issues)`);
    for (const user of jira.users) io.out(`  login: ${user.email} / API token: ${user.apiToken}  (${user.displayName})`);
    return { jira };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(code === 'EADDRINUSE' ? `Port ${port} is already in use: pass --port <another>.` : String(error));
    return { code: 1 };
  }
}
