/**
 * A small ICU MessageFormat subset: `{name}` arguments, `{n, plural, =0 {…} one {…} other {…}}` with
 * `#` for the number, `{x, select, a {…} other {…}}`, and ICU's apostrophe quoting (`''` is one
 * apostrophe; `'{` starts quoted text; any other apostrophe is literal, so "l'heure" needs no escape).
 * Numbers are formatted with Intl.NumberFormat and plural categories come from Intl.PluralRules, both
 * in the locale given. Pure and deterministic: no clock, no I/O.
 *
 * Why not intl-messageformat: its parser alone is ~40 KB minified in the function bundle and on the
 * cold-start path, for three constructs Glance uses.
 */
import { memo } from './memo';

/** A parsed message. */
export type Part = string | Arg | Pound;
interface Arg {
  arg: string;
  /** Absent: a plain `{name}`. */
  type?: 'plural' | 'select';
  /** Option → sub-message (plural: `=N` or a CLDR category; select: a word); always has `other`. */
  options?: Record<string, Part[]>;
}
interface Pound {
  pound: true;
}

/** Values of a message's arguments. */
export type Values = Record<string, string | number>;

/** A message that does not parse; `message` says where. */
export class MessageSyntaxError extends Error {
  constructor(reason: string, source: string, at: number) {
    super(`${reason} at ${at} in "${source}"`);
    this.name = 'MessageSyntaxError';
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SELECTOR = /^(=\d+|[A-Za-z_][A-Za-z0-9_]*)$/;

/** Parses `source` into parts; throws {@link MessageSyntaxError}. */
export function parseMessage(source: string): Part[] {
  let i = 0;
  const fail = (reason: string): never => {
    throw new MessageSyntaxError(reason, source, i);
  };

  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i])) i++;
  };
  const word = (): string => {
    skipSpace();
    const start = i;
    while (i < source.length && !/[\s,{}]/.test(source[i])) i++;
    return source.slice(start, i);
  };

  /** Text and arguments until an unmatched `}` (inside options) or the end. */
  const message = (inPlural: boolean, nested: boolean): Part[] => {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push(text);
      text = '';
    };
    while (i < source.length) {
      const ch = source[i];
      if (ch === "'") {
        const next = source[i + 1];
        if (next === "'") {
          text += "'";
          i += 2;
        } else if (next === '{' || next === '}' || (inPlural && next === '#')) {
          // Quoted literal text up to the next lone apostrophe.
          i++;
          while (i < source.length) {
            if (source[i] === "'" && source[i + 1] === "'") {
              text += "'";
              i += 2;
            } else if (source[i] === "'") {
              i++;
              break;
            } else text += source[i++];
          }
        } else {
          text += ch;
          i++;
        }
      } else if (ch === '{') {
        flush();
        i++;
        parts.push(argument());
      } else if (ch === '}') {
        if (!nested) fail('Unmatched "}"');
        break;
      } else if (ch === '#' && inPlural) {
        flush();
        parts.push({ pound: true });
        i++;
      } else {
        text += ch;
        i++;
      }
    }
    flush();
    return parts;
  };

  const argument = (): Arg => {
    const name = word();
    if (!NAME.test(name)) fail(`Bad argument name "${name}"`);
    skipSpace();
    if (source[i] === '}') {
      i++;
      return { arg: name };
    }
    if (source[i] !== ',') fail('Expected "," or "}"');
    i++;
    const kind = word();
    if (kind !== 'plural' && kind !== 'select') return fail(`Unsupported argument type "${kind}"`);
    const type: 'plural' | 'select' = kind;
    skipSpace();
    if (source[i] !== ',') fail('Expected ","');
    i++;
    const options: Record<string, Part[]> = {};
    for (;;) {
      skipSpace();
      if (source[i] === '}') {
        i++;
        break;
      }
      const selector = word();
      if (!SELECTOR.test(selector) || (type === 'select' && selector.startsWith('='))) fail(`Bad option "${selector}"`);
      if (Object.prototype.hasOwnProperty.call(options, selector)) fail(`Option "${selector}" twice`);
      skipSpace();
      if (source[i] !== '{') fail(`Expected "{" after "${selector}"`);
      i++;
      options[selector] = message(type === 'plural', true);
      if (source[i] !== '}') fail('Unclosed option');
      i++;
    }
    if (!options.other) fail(`The ${type} of "${name}" needs an "other" option`);
    return { arg: name, type, options };
  };

  const parts = message(false, false);
  if (i < source.length) fail('Unexpected text');
  return parts;
}

// eslint-disable-next-line no-restricted-syntax -- Intl.NumberFormat per checked locale: no Jira data; bounded to 64
const numberFormats = memo<string, Intl.NumberFormat>(64);
// eslint-disable-next-line no-restricted-syntax -- Intl.PluralRules per checked locale: no Jira data; bounded to 64
const pluralRules = memo<string, Intl.PluralRules>(64);

function formatNumber(n: number, locale: string): string {
  if (!Number.isFinite(n)) return '–';
  return numberFormats(locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 })).format(n);
}

/**
 * Formats parsed `parts` with `values` in `locale` (a locale Intl accepts). A missing value is an
 * empty string, never an exception: a card must render even if a caller forgot an argument (the
 * catalogue tests check the arguments of every message).
 */
export function formatParts(parts: Part[], values: Values, locale: string, pound?: number): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if ('pound' in part) out += pound === undefined ? '#' : formatNumber(pound, locale);
    else {
      const value = Object.prototype.hasOwnProperty.call(values, part.arg) ? values[part.arg] : undefined;
      if (!part.options) out += typeof value === 'number' ? formatNumber(value, locale) : (value ?? '');
      else if (part.type === 'select') {
        const key = String(value ?? 'other');
        out += formatParts(
          Object.prototype.hasOwnProperty.call(part.options, key) ? part.options[key] : part.options.other,
          values,
          locale,
          pound,
        );
      } else {
        const n = typeof value === 'number' ? value : Number(value);
        const exact = `=${n}`;
        const category = Number.isFinite(n) ? pluralRules(locale, () => new Intl.PluralRules(locale)).select(n) : 'other';
        const chosen = Object.prototype.hasOwnProperty.call(part.options, exact)
          ? exact
          : Object.prototype.hasOwnProperty.call(part.options, category)
            ? category
            : 'other';
        out += formatParts(part.options[chosen], values, locale, n);
      }
    }
  }
  return out;
}

/** The arguments a message uses, with their kind ('text' for a plain `{name}`). */
export function argumentsOf(
  parts: Part[],
  into = new Map<string, 'text' | 'plural' | 'select'>(),
): Map<string, 'text' | 'plural' | 'select'> {
  for (const part of parts) {
    if (typeof part === 'string' || 'pound' in part) continue;
    if (!into.has(part.arg) || part.type) into.set(part.arg, part.type ?? 'text');
    for (const sub of Object.values(part.options ?? {})) argumentsOf(sub, into);
  }
  return into;
}

/** Every plural option key of a message (`one`, `other`, `=0`, …). */
export function pluralKeysOf(parts: Part[], into: string[] = []): string[] {
  for (const part of parts) {
    if (typeof part === 'string' || 'pound' in part || !part.options) continue;
    if (part.type === 'plural') into.push(...Object.keys(part.options));
    for (const sub of Object.values(part.options)) pluralKeysOf(sub, into);
  }
  return into;
}
