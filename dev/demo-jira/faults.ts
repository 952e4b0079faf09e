/**
 * Fault injection, so clients can be tested against a misbehaving Jira.
 *
 * A fault spec is one of: `429` (optionally `429:<retryAfterSeconds>`, default 1), `500`, `503`,
 * `slow` (optionally `slow:<ms>`, default 1500; the normal answer, late), `badjson` (200 with a
 * truncated JSON body).
 *
 * Per request: query flag `?demoFault=<spec>` or header `x-demo-fault: <spec>`.
 * Per server: `startDemoJira({ faults: { rules: [{ fault: '429', every: 5 }] } })` or the env
 * `DEMO_JIRA_FAULTS="429:2@5,500@7"` (spec, optionally `@N` = every Nth request; without `@N`, every request).
 * Latency on every request: `latencyMs` option or env `DEMO_JIRA_LATENCY_MS`.
 */

export type FaultKind = '429' | '500' | '503' | 'slow' | 'badjson';

export interface FaultSpec {
  kind: FaultKind;
  /** Seconds, for 429. */
  retryAfterSeconds: number;
  /** Milliseconds, for slow. */
  delayMs: number;
}

/** Applies `fault` (a spec string) to every `every`-th request (1 = every request; counting from 1). */
export interface FaultRule {
  fault: string;
  every?: number;
}

export interface FaultOptions {
  rules?: FaultRule[];
}

/** Parses a spec such as `429`, `429:3`, `slow:200`, `badjson`; undefined when not a fault. */
export function parseFaultSpec(text: string | null | undefined): FaultSpec | undefined {
  const match = /^\s*(429|500|503|slow|badjson)(?::(\d+))?\s*$/i.exec(text ?? '');
  if (!match) return undefined;
  const kind = match[1].toLowerCase() as FaultKind;
  const arg = match[2] === undefined ? undefined : Number(match[2]);
  return { kind, retryAfterSeconds: kind === '429' ? (arg ?? 1) : 0, delayMs: kind === 'slow' ? (arg ?? 1500) : 0 };
}

/** Parses `DEMO_JIRA_FAULTS` ("429:2@5,500@7"). Throws on a malformed entry, so a typo is not silently ignored. */
export function parseFaultEnv(text: string | undefined): FaultRule[] {
  if (!text || text.trim() === '') return [];
  return text.split(',').map((entry) => {
    const [fault, every] = entry.trim().split('@');
    if (!parseFaultSpec(fault) || (every !== undefined && !/^[1-9]\d*$/.test(every))) {
      throw new Error(`DEMO_JIRA_FAULTS: cannot read '${entry}' (expected e.g. 429, 429:2@5, slow:300@3, 500@7)`);
    }
    return { fault, every: every === undefined ? 1 : Number(every) };
  });
}

/** Chooses the fault for the n-th request (1-based): the explicit one, else the first rule that fires. */
export function chooseFault(explicit: string | null | undefined, rules: readonly FaultRule[], n: number): FaultSpec | undefined {
  const direct = parseFaultSpec(explicit);
  if (direct) return direct;
  for (const rule of rules) {
    const every = rule.every ?? 1;
    if (n % every === 0) return parseFaultSpec(rule.fault);
  }
  return undefined;
}
