/**
 * CLI: `tsx dev/demo-jira/main.ts [--port 8081] [--host 127.0.0.1]` starts the demo Jira, prints its
 * URL and the demo logins, and stops on Ctrl-C (SIGINT) or SIGTERM. The command line itself: ./cli.ts.
 */
import { runDemoJiraCli } from './cli';

const started = await runDemoJiraCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
});
if ('code' in started) process.exit(started.code);
const stop = (): void => {
  void started.jira.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
