/** Reading fields of an untrusted configuration object while collecting every problem with its path. */
import { scanJql } from '../jql/scan';
import { LIMITS } from './limits';
import type { FieldError } from './types';

export type Obj = Record<string, unknown>;

/** Collects errors while reading fields of an untrusted object. Every reader returns undefined on failure. */
export class Checker {
  readonly errors: FieldError[] = [];
  /** Records a problem; only the first one per path is kept (it is the one the user can act on). */
  fail(path: string, message: string): undefined {
    if (!this.errors.some((e) => e.path === path)) this.errors.push({ path, message });
    return undefined;
  }
  /** Runs `read` and returns its result only if it added no error. */
  clean<T>(read: () => T | undefined): T | undefined {
    const before = this.errors.length;
    const value = read();
    return this.errors.length > before ? undefined : value;
  }
  object(value: unknown, path: string, what: string): Obj | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
    return this.fail(path, `${what} is missing or is not a set of settings.`);
  }
  unknownKeys(obj: Obj, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      // A key that is empty or holds dots or spaces is quoted, so the dotted path stays unambiguous.
      if (!allowed.includes(key)) this.fail(join(path, /^[^.\s]+$/.test(key) ? key : JSON.stringify(key)), `"${key}" is not a Glance setting.`);
    }
  }
  optString(obj: Obj, key: string, path: string, max: number, what: string): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') return this.fail(join(path, key), `${what} must be text.`);
    const s = v.trim();
    if (s.length > max) return this.fail(join(path, key), `${what} is too long (at most ${max} characters).`);
    return s === '' ? undefined : s;
  }
  optNumber(obj: Obj, key: string, path: string, what: string): number | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.fail(join(path, key), `${what} must be a number.`);
    if (Math.abs(v) > 1e15) return this.fail(join(path, key), `${what} is too large.`);
    return v;
  }
  optBoolean(obj: Obj, key: string, path: string, what: string): boolean | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') return this.fail(join(path, key), `${what} must be on or off (true or false).`);
    return v;
  }
  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, what: string): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(path, `${what} must be one of: ${allowed.join(', ')}.`);
  }
  /** An optional member that must be one of `allowed` when present. */
  optOneOf<T extends string>(obj: Obj, key: string, allowed: readonly T[], path: string, what: string): T | undefined {
    const v = obj[key];
    return v === undefined || v === null ? undefined : this.oneOf(v, allowed, join(path, key), what);
  }
  jql(value: unknown, path: string, what: string, required: boolean): string | undefined {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      return required ? this.fail(path, `Enter ${what}.`) : undefined;
    }
    if (typeof value !== 'string') return this.fail(path, `${what[0].toUpperCase()}${what.slice(1)} must be text.`);
    const jql = value.trim();
    if (jql.length > LIMITS.jql) return this.fail(path, `The query is too long (at most ${LIMITS.jql.toLocaleString('en-US')} characters).`);
    const parsed = scanJql(jql);
    if (!parsed.ok) return this.fail(path, `This is not valid JQL: ${parsed.errors.join('; ')}`);
    if (parsed.where === null) {
      return this.fail(path, 'Add a search restriction (for example project = KEY): Jira refuses queries that match every issue.');
    }
    return jql;
  }
}

/** `a.b` + `c` → `a.b.c` (dotted paths, list indexes as numbers). */
export function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/** A copy without undefined members. */
export function strip<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
