/**
 * What the preview server needs to take requests from anywhere on its network: malformed input is a
 * 400 (never a 500), the origin a request reached is derived from the address it was sent to (when
 * the server listens on every interface), and whatever a request says is logged with its control
 * characters escaped, so it cannot forge log lines or hide text in a terminal.
 */
import { isIP } from 'node:net';

/** A request the server cannot read: answered 400 with `message`. */
export class BadRequest extends Error {}

/** decodeURIComponent, with a malformed `%` escape as a {@link BadRequest}. */
export function decodePath(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new BadRequest('malformed % escape in the path');
  }
}

/** JSON.parse of a request body, with malformed JSON as a {@link BadRequest}. */
export function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new BadRequest('the body is not JSON');
  }
}

/**
 * C0 and C1 control characters, DEL, the Unicode line and paragraph separators, and bidi controls
 * (which can reorder what a terminal shows): written as \uXXXX in log lines.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_LOGS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` safe to write as one log line: every control character escaped. */
export function loggable(text: string): string {
  return text.replace(UNSAFE_IN_LOGS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** True for the addresses that mean "every interface" (they are bind addresses, never an origin). */
export function isUnspecified(host: string): boolean {
  const ip = host.replace(/^\[|\]$/g, '').toLowerCase();
  return isIP(ip) !== 0 && (ip.replace(/[:.0]/g, '') === '' || ip === '::ffff:0.0.0.0');
}

/**
 * The origin a request reached when the server listens on every interface: `http://` + its Host
 * header, if that is an IP literal (not a name: a name could be re-pointed by DNS) with the server's
 * port and not an unspecified address; undefined otherwise.
 */
export function reachedOrigin(hostHeader: string | undefined, port: number): string | undefined {
  const value = (hostHeader ?? '').toLowerCase();
  const m = /^(?:\[([0-9a-f:.]+)\]|([0-9.]+)):(\d+)$/.exec(value);
  const ip = m?.[1] ?? m?.[2];
  if (!m || !ip || isIP(ip) === 0 || Number(m[3]) !== port || isUnspecified(ip)) return undefined;
  return `http://${value}`;
}
