/**
 * Reading fields of an untrusted configuration object while collecting every problem with its path,
 * as what to say (a catalogue key and its values, functions/errors.ts `Said`): the resolvers word
 * them in the viewer's language at their edge (functions/failure.ts `fieldErrors`).
 */
import type { ArgumentsOf, Said, ValuesArgument } from '../../i18n/arguments';
import type { MessageKey } from '../../i18n/index';
import { said } from '../errors';
import { scanJql } from '../jql/scan';
import { LIMITS } from './limits';

export type Obj = Record<string, unknown>;

/** Problems worded per configuration; the rest are counted ("and 79,980 more"). */
export const MAX_ERRORS = 20;

/** One problem of a configuration: where (a dotted path such as `source.jql`) and what to say. */
export interface Problem {
  path: string;
  said: Said;
}

/** A catalogue key whose message has no arguments. */
type PlainKey = { [K in MessageKey]: [ArgumentsOf<K>] extends [never] ? K : never }[MessageKey];

/** A setting's name in messages ("The title"): a catalogue key, or a message with its values when it has a number in it. */
type FieldName = PlainKey | Said;

/** Collects errors while reading fields of an untrusted object. Every reader returns undefined on failure. */
export class Checker {
  /** The first {@link MAX_ERRORS} problems. */
  readonly errors: Problem[] = [];
  /** Problems found beyond {@link MAX_ERRORS} (counted, not worded). */
  omitted = 0;
  /** Every path with a problem: one lookup per problem, not a scan of the earlier ones. */
  private readonly failed = new Set<string>();
  /** Records a problem; only the first one per path is kept (it is the one the user can act on). */
  fail<K extends MessageKey>(path: string, key: K, ...values: ValuesArgument<K>): undefined {
    if (this.failed.has(path)) return undefined;
    this.failed.add(path);
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, said: said(key, ...values) });
    else this.omitted++;
    return undefined;
  }
  /** True once any problem was found (also one beyond the cap). */
  get failing(): boolean {
    return this.failed.size > 0;
  }
  /** A setting's name, as a value of a message. */
  private name(field: FieldName): Said {
    return typeof field === 'string' ? ({ key: field } as Said) : field;
  }
  /** Runs `read` and returns its result only if it added no error. */
  clean<T>(read: () => T | undefined): T | undefined {
    const before = this.failed.size;
    const value = read();
    return this.failed.size > before ? undefined : value;
  }
  object(value: unknown, path: string, what: FieldName): Obj | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
    return this.fail(path, 'config.notObject', { field: this.name(what) });
  }
  unknownKeys(obj: Obj, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      // A key that is empty or holds dots or spaces is quoted, so the dotted path stays unambiguous.
      if (!allowed.includes(key)) this.fail(join(path, /^[^.\s]+$/.test(key) ? key : JSON.stringify(key)), 'config.unknownKey', { key });
    }
  }
  optString(obj: Obj, key: string, path: string, max: number, what: FieldName): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') return this.fail(join(path, key), 'config.mustBeText', { field: this.name(what) });
    const s = v.trim();
    if (s.length > max) return this.fail(join(path, key), 'config.tooLong', { field: this.name(what), max });
    return s === '' ? undefined : s;
  }
  optNumber(obj: Obj, key: string, path: string, what: FieldName): number | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.fail(join(path, key), 'config.mustBeNumber', { field: this.name(what) });
    if (Math.abs(v) > 1e15) return this.fail(join(path, key), 'config.tooLarge', { field: this.name(what) });
    return v;
  }
  optBoolean(obj: Obj, key: string, path: string, what: FieldName): boolean | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') return this.fail(join(path, key), 'config.mustBeBoolean', { field: this.name(what) });
    return v;
  }
  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, what: FieldName): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(path, 'config.mustBeOneOf', { field: this.name(what), allowed: allowed.join(', ') });
  }
  /** An optional member that must be one of `allowed` when present. */
  optOneOf<T extends string>(obj: Obj, key: string, allowed: readonly T[], path: string, what: FieldName): T | undefined {
    const v = obj[key];
    return v === undefined || v === null ? undefined : this.oneOf(v, allowed, join(path, key), what);
  }
  /** A JQL setting: `required` is the message when it is empty (absent: it may be). */
  jql(value: unknown, path: string, what: FieldName, required?: PlainKey): string | undefined {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      return required ? this.fail(path, required) : undefined;
    }
    if (typeof value !== 'string') return this.fail(path, 'config.mustBeText', { field: this.name(what) });
    const jql = value.trim();
    if (jql.length > LIMITS.jql) return this.fail(path, 'config.jqlTooLong', { max: LIMITS.jql });
    const parsed = scanJql(jql);
    // The scanner's own words (where the quote or parenthesis is) stay English for now.
    if (!parsed.ok) return this.fail(path, 'config.jqlInvalid', { errors: parsed.errors.join('; ') });
    if (parsed.where === null) return this.fail(path, 'config.jqlUnbounded');
    return jql;
  }
}

/**
 * The members of `T` (a type of types.ts), every one and no other: the keys a checker allows for an
 * object of that type. The compiler holds the two together, so types.ts stays the one source of the
 * shape: a member added there fails to compile here (`Expected 2 arguments`, naming it) until its
 * checker allows it, and a key no type has cannot be allowed.
 */
export function membersOf<T>(): <const L extends readonly (keyof T & string)[]>(
  list: L,
  ...complete: [Exclude<keyof T, L[number]>] extends [never] ? [] : [missing: Exclude<keyof T, L[number]>]
) => L {
  return ((list: unknown) => list) as never;
}

/** `a.b` + `c` → `a.b.c` (dotted paths, list indexes as numbers). */
export function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/** A copy without undefined members. */
export function strip<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
