/**
 * `npm start [-- --port 5173] [--host 127.0.0.1] [--no-persist]`: builds the Custom UI views, starts the embedded demo Jira
 * (or reads a real site when JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN are set) and serves a
 * dashboard of Glance gadgets at http://127.0.0.1:5173/. Ctrl-C stops everything.
 */
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStatic } from '../build/build-static';
import { readCommandLine } from './command-line';
import { PortInUseError } from './server/server';
import { startPreview } from './server/preview';
import { isUnspecified } from './server/requests';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The machine's non-loopback addresses as preview URLs, when `host` means every interface. */
function otherAddresses(host: string | undefined, port: number): string[] {
  if (host === undefined || !isUnspecified(host)) return [];
  const v6 = host.includes(':');
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal && (v6 || a.family === 'IPv4') && !a.address.startsWith('fe80'))
    .map((a) => (a!.family === 'IPv6' ? `http://[${a!.address}]:${port}/` : `http://${a!.address}:${port}/`));
}
const DEFAULT_PORT = 5173;

const command = readCommandLine(
  process.argv.slice(2),
  { port: { type: 'string' }, host: { type: 'string' }, 'no-persist': { type: 'boolean' } },
  'npm start [-- --port 5173] [--host 127.0.0.1] [--no-persist]',
);
if (command.error !== undefined) {
  console.error(`glance: ${command.error}`);
  process.exit(2);
}
const args = command.values;
const rawPort = args.port ?? process.env.PORT ?? String(DEFAULT_PORT);
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`glance: invalid port "${rawPort}" (use --port 5173 or PORT=5173).`);
  process.exit(2);
}
const persist = !args['no-persist'];
// Demo and real-site dashboards have different gadgets: keep their saved settings apart.
const configFile = persist ? join(ROOT, process.env.JIRA_BASE_URL ? '.glance/site-configs.json' : '.glance/configs.json') : undefined;

try {
  await buildStatic();
  // Only --host changes the bind address (a HOST variable set for other tools must not expose the
  // preview, which holds the API token in real-site mode, on another interface).
  const preview = await startPreview({ port, host: args.host, configFile, csp: 'tunnel' });
  console.log(`\nGlance preview: ${preview.url}`);
  // Bound to every interface: the machine's other addresses work too (each is its own origin).
  for (const url of otherAddresses(args.host, preview.server.port)) console.log(`  also at ${url}`);
  if (preview.demo) {
    console.log(`  data: embedded demo Jira at ${preview.demo.url} (${preview.demo.dataset.issues.length} issues)`);
    console.log(`  users: ${preview.users.map((u) => u.displayName).join(', ')} (switch on the dashboard)`);
  } else {
    console.log(`  data: ${process.env.JIRA_BASE_URL} as ${preview.users[0]?.displayName}`);
  }
  console.log(persist ? `  saved gadget settings: ${configFile}` : '  saved gadget settings: in memory only');
  console.log('  Ctrl-C to stop\n');
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\nglance: ${signal}, shutting down`);
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    void preview.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  if (error instanceof PortInUseError) console.error(`glance: ${error.message}`);
  else console.error(`glance: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
