/**
 * The render CLI's export flags (tools/render-cli.ts calls in here):
 *   --portable        text as outlines (render/export.ts), so the file needs no fonts;
 *   --config <file>   a gadget config (JSON, as the edit view downloads it) read with the same
 *                     validation and metrics code as the gadget, against the embedded demo Jira or,
 *                     with JIRA_BASE_URL + JIRA_EMAIL + JIRA_API_TOKEN, a real site — in the time
 *                     zone and locale of that user's Jira profile (GET /rest/api/3/myself);
 *   --out <file>      the SVG goes to a file instead of stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { render, renderTree } from '../../render/index';
import type { Reading, RenderOptions, RenderSpec } from '../../render/types';
import type { GadgetConfig } from '../../functions/config/types';
import { validate } from '../../functions/config/validate';
import { JiraClient } from '../../functions/jira/client';
import { GlanceError } from '../../functions/errors';
import { fieldErrors, wordsIn } from '../../functions/failure';
import { translator } from '../../i18n/index';
import { fetchTransport } from '../../functions/jira/fetch-transport';
import { readNumbers } from '../../functions/metrics/read-numbers';
import { placeOf, timeZoneOf, type Place } from '../../functions/place';
import { readSiteUser, type SiteUser } from '../site-user';
import { renderInputs } from '../../functions/render-inputs';
import { exportFilename, MAX_NAME_BYTES, utf8Bytes } from '../../functions/export/filename';

/** The flags this module adds to the CLI's parseArgs options. */
export const EXPORT_OPTIONS = {
  portable: { type: 'boolean' },
  config: { type: 'string' },
  out: { type: 'string' },
  'time-zone': { type: 'string' },
} satisfies ParseArgsConfig['options'];

export const EXPORT_USAGE = `
Export:
  --portable            text as outlines: the SVG/PNG looks the same without Inter installed
  --config <file>       render a gadget config (JSON from the edit view's "Download JSON") with
                        live numbers: from the embedded demo Jira, or from a real site when
                        JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN are set (replaces --kind/--value…);
                        days and numbers follow that user's Jira time zone and locale (the demo
                        user's: America/New_York, en-US); --locale or the config's locale wins
  --time-zone <iana>    with --config: count days in this zone instead, e.g. Pacific/Honolulu
  --out <file>          write the SVG to <file> instead of stdout (with --png: both files);
                        "--out ." names the file after the title, e.g. "Open bugs.svg"
`;

/** The CLI values this module reads. */
export interface ExportArgs {
  portable?: boolean;
  config?: string;
  out?: string;
  png?: string;
  theme?: string;
  width?: string;
  locale?: string;
  'time-zone'?: string;
}

/** What gets rendered (the CLI's own CliInput has the same shape). */
export interface ExportInput {
  spec: RenderSpec;
  reading: Reading;
  options: RenderOptions;
}

/** A bad config file or flag value (the CLI shows it with the usage, exit 2). */
export class ExportUsageError extends Error {}
/** Jira could not be read, or a file not written (the CLI prints the message, exit 1). */
export class ExportFailure extends Error {}

/**
 * Writes `data` to `file`. A file name over 255 UTF-8 bytes is a usage error; any failure to
 * write (no such folder, no permission, …) an {@link ExportFailure} that names the file and why.
 */
export function writeFileClearly(file: string, data: string | Uint8Array, flag: string): void {
  const name = basename(file);
  if (utf8Bytes(name) > MAX_NAME_BYTES) {
    throw new ExportUsageError(
      `${flag} ${file}: the file name is ${utf8Bytes(name)} bytes long; file systems allow at most ${MAX_NAME_BYTES}. Choose a shorter name, or a folder ("${flag} ./") to name the file after the title.`,
    );
  }
  try {
    writeFileSync(file, data);
  } catch (e) {
    const { code, message } = e as NodeJS.ErrnoException;
    throw new ExportFailure(
      `cannot write ${file}: ${code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : message}`,
    );
  }
}

/** Where the CLI reads Jira: a real site from the environment, else the demo Jira. */
export function jiraTarget(env: NodeJS.ProcessEnv): { baseUrl: string; email: string; apiToken: string } | 'demo' {
  const { JIRA_BASE_URL: baseUrl, JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken } = env;
  if (!baseUrl) return 'demo';
  if (!email || !apiToken) throw new ExportUsageError('JIRA_BASE_URL needs JIRA_EMAIL and JIRA_API_TOKEN as well');
  return { baseUrl, email, apiToken };
}

function where(target: ReturnType<typeof jiraTarget>): string {
  return target === 'demo' ? 'demo Jira' : target.baseUrl;
}

function renderOptions(args: ExportArgs): RenderOptions {
  if (args.theme !== undefined && args.theme !== 'light' && args.theme !== 'dark')
    throw new ExportUsageError(`--theme must be light or dark, got "${args.theme}"`);
  const width = args.width === undefined ? undefined : Number(args.width);
  if (width !== undefined && !Number.isFinite(width)) throw new ExportUsageError(`--width must be a number, got "${args.width}"`);
  return { colorMode: args.theme, width, locale: args.locale };
}

/** Reads and validates the config file (the same validation as the gadget: every bad field listed). */
export function readConfigFile(path: string): GadgetConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ExportUsageError(`--config ${path}: ${(e as Error).message}`);
  }
  const checked = validate(raw);
  if (!checked.ok)
    throw new ExportUsageError(
      `--config ${path} is not a valid gadget config:\n${fieldErrors(checked, translator('en'))
        .map((e) => `  ${e.path || '(root)'}: ${e.message}`)
        .join('\n')}`,
    );
  return checked.config;
}

/**
 * `--config`: the render input of a gadget config with numbers read from Jira by the gadget's own
 * metrics code. The demo Jira is started on 127.0.0.1 for the call and closed again.
 */
export async function configInput(args: ExportArgs, env: NodeJS.ProcessEnv = process.env): Promise<ExportInput> {
  const config = readConfigFile(args.config as string);
  const options = renderOptions(args);
  const target = jiraTarget(env);
  if (args['time-zone'] !== undefined && !timeZoneOf(args['time-zone'])) {
    throw new ExportUsageError(`--time-zone must be an IANA time zone such as Europe/Berlin, got "${args['time-zone']}"`);
  }
  const demo = target === 'demo' ? await (await import('../../dev/demo-jira/server')).startDemoJira() : undefined;
  try {
    const login = demo
      ? { baseUrl: demo.url, email: demo.users[0].email, apiToken: demo.users[0].apiToken }
      : (target as Exclude<typeof target, 'demo'>);
    // The profile's zone and locale: the demo user's own, or the site's /myself (an API token may read it).
    const me: SiteUser = demo
      ? demo.users[0]
      : await readSiteUser(login).catch((e: Error) => {
          throw new ExportFailure(e.message);
        });
    const place: Place = placeOf({ timeZone: args['time-zone'] ?? me.timeZone, locale: me.locale }, args.locale ?? config.locale);
    const result = await readNumbers(new JiraClient(fetchTransport(login)), config, { place });
    return { ...renderInputs(config, result), options: { ...options, locale: place.locale } };
  } catch (e) {
    if (e instanceof GlanceError) throw new ExportFailure(`${where(target)}: ${e.code}: ${wordsIn(e.said, 'en')}`);
    throw e;
  } finally {
    await demo?.close();
  }
}

/**
 * The SVG to write: the plain render, or with `--portable` the outlined one. Characters kept as live
 * text (no bundled font, or a script the viewer's renderer lays out) are reported through `warn`.
 */
export async function exportSvg(input: ExportInput, args: ExportArgs, warn: (message: string) => void): Promise<string> {
  if (!args.portable) return render(input.spec, input.reading, input.options);
  const { portableSvg } = await import('../../functions/export/portable');
  const { options } = input;
  const { svg, live } = await portableSvg(renderTree(input.spec, input.reading, options), options.language ?? options.locale);
  if (live.length > 0)
    warn(
      `${live.length} character(s) are kept as live text, not outlines: ${live.join(' ')} (the file needs a font with them where it is opened)`,
    );
  return svg;
}

/**
 * Writes the SVG to `--out` when given ("." or a folder-like value ending in "/" → named after the
 * title); returns true when stdout should stay silent (an --out was written and no --png asked).
 */
export function writeOut(svg: string, args: ExportArgs, title: string | undefined): boolean {
  if (args.out === undefined) return false;
  const file = args.out === '.' || args.out.endsWith('/') ? `${args.out === '.' ? '' : args.out}${exportFilename(title, 'svg')}` : args.out;
  writeFileClearly(file, `${svg}\n`, '--out');
  return args.png === undefined;
}
