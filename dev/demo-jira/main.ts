/**
 * CLI: `tsx dev/demo-jira/main.ts [--port 8081] [--host 127.0.0.1]` starts the demo Jira, prints its
 * URL and the demo logins, and stops on Ctrl-C (SIGINT) or SIGTERM.
 */
import { readCommandLine } from '../command-line';
import { startDemoJira } from './server';

const command = readCommandLine(
  process.argv.slice(2),
  { port: { type: 'string' }, host: { type: 'string' } },
  'tsx dev/demo-jira/main.ts [--port 8081] [--host 127.0.0.1]',
);
if (command.error !== undefined) {
  console.error(command.error);
  process.exit(2);
}
const args = command.values;
const port = Number(args.port ?? process.env.DEMO_JIRA_PORT ?? 8081);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${args.port}`);
  process.exit(2);
}

try {
  const jira = await startDemoJira({ port, host: args.host });
  console.log(`Demo Jira listening on ${jira.url} (${jira.dataset.issues.length} issues)`);
  for (const user of jira.users) console.log(`  login: ${user.email} / API token: ${user.apiToken}  (${user.displayName})`);
  const stop = (): void => {
    void jira.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is already in use: pass --port <another>.` : String(error));
  process.exit(1);
}
