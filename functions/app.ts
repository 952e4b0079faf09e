/**
 * The resolvers (render, export, validateConfig, validateJql, fieldOptions, projectOptions, filterOptions, versionOptions),
 * defined over injected dependencies so Forge (functions/index.ts), the local preview and tests run
 * the very same code. No resolver throws to the client: failures become results with a code.
 */
import type { Resolver } from './resolver';
import type { Request } from '@forge/resolver';
import { render } from '../render/index';
import { withModuleKind } from './config/stored';
import { validate } from './config/validate';
import type {
  FormWordsResult,
  OptionsResolver,
  Option,
  OptionsResult,
  RenderResult,
  ValidateConfigResult,
  ValidateJqlResult,
} from './contract';
import { InFlight } from './in-flight';
import { JiraClient } from './jira/client';
import type { RateLimits } from './jira/rate-limits';
import { activeSprints } from './metrics/sprint';
import { Reads } from './metrics/jira-reads';
import { sourceJql } from './metrics/source';
import type { Transport } from './jira/transport';
import { grammarErrors } from './jql/grammar';
import { scanJql } from './jql/scan';
import { accountOf, ownerOf } from './owner';
import { failureText, statusMessage, statusResult } from './status';
import { defineExport } from './export/resolver';
import { defineGuarded } from './guard';
import { failure, fieldErrors, optionsFailure, wordsIn } from './failure';
import { gadgetReader } from './gadget-read';
import { objectOr, renderOptions } from './request';
import { LONE_SURROGATE } from './unicode';
import { translator } from '../i18n/index';
import { formWordsFor } from '../i18n/form';
import { isRecord } from './record';

export interface AppDeps {
  /** The Jira transport acting as this user. */
  transportFor(accountId: string): Transport;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Time budget of all Jira calls of one resolver call (default the client's, 8 s). */
  budgetMs?: number;
  /** Jitter source of the Jira client's retries (default Math.random). */
  random?: () => number;
  /** Rate-limit state of this instance (default: the module's own; benches simulate instances with their own). */
  rateLimits?: RateLimits;
}

const MAX_QUERY = 100;
const OPTIONS_PAGE = 50;

/** Defines every Glance resolver on `resolver`. */
export function defineResolvers(resolver: Resolver, deps: AppDeps): void {
  const now = deps.now ?? Date.now;
  // Atomic reads, not whole gadgets: a formula variable, a trend point or a ratio's total in flight is
  // shared with every other render of the same user on the same site that needs it at the same moment,
  // and forgotten when it completes: nothing read from Jira outlives the request (in-flight.ts).
  const flights = new InFlight(now);
  const clientFor = (accountId: string, req: Request) =>
    new JiraClient(deps.transportFor(accountId), {
      budgetMs: deps.budgetMs,
      now: deps.now,
      sleep: deps.sleep,
      random: deps.random,
      limits: deps.rateLimits,
      installation: installationOf(req),
    });

  const readGadget = gadgetReader({ now, clientFor, flights });

  const internal = (req: Request) => statusResult({ code: 'INTERNAL' }, renderOptions(objectOr(req.payload)));
  const internalMessage = (req: Request) => statusMessage('INTERNAL', requestLocale(objectOr(req.payload)));

  defineGuarded(resolver, 'render', internal, async (req: Request): Promise<RenderResult> => {
    const options = renderOptions(objectOr(req.payload));
    const read = await readGadget(req, options, true);
    if (!read.ok) return statusResult(read.failure, options);
    const { spec, reading } = read;
    try {
      return {
        ok: true,
        // Numbers in the place's locale (a locale the gadget pins wins), words in the viewer's language.
        svg: render(spec, reading, { ...options, locale: read.place.locale, language: options.locale }),
        value: reading.value,
        href: read.href,
        links: read.links,
        computedAt: new Date(read.at).toISOString(),
        ...(reading.partial ? { partial: true } : {}),
        ...(read.draftReading ? { reading: read.draftReading } : {}),
      };
    } catch (error) {
      const { code, detail, retryInSeconds, headline } = failure(error, options.locale);
      return statusResult({ code, detail, retryInSeconds, title: read.config.title, headline }, options);
    }
  });

  defineExport(resolver, readGadget);

  // The edit form's words in the viewer's language (the page ships English only).
  defineGuarded(
    resolver,
    'formWords',
    (): FormWordsResult => ({ ok: true, ...formWordsFor('en') }),
    (req: Request): FormWordsResult => ({ ok: true, ...formWordsFor(objectOr(req.payload).locale) }),
  );

  const configFallback = (req: Request): ValidateConfigResult => ({
    ok: false,
    errors: [{ path: 'config', message: internalMessage(req) }],
  });
  defineGuarded(resolver, 'validateConfig', configFallback, (req: Request): ValidateConfigResult => {
    const payload = objectOr(req.payload);
    const say = translator(requestLocale(payload));
    const checked = validate(withModuleKind(payload.config, req.context.moduleKey));
    return checked.ok ? { ok: true, config: checked.config } : { ok: false, errors: fieldErrors(checked, say) };
  });

  const jqlFallback = (req: Request): ValidateJqlResult => ({ ok: false, errors: [internalMessage(req)], code: 'INTERNAL' });
  defineGuarded(resolver, 'validateJql', jqlFallback, async (req: Request): Promise<ValidateJqlResult> => {
    const payload = objectOr(req.payload);
    const locale = requestLocale(payload);
    const say = translator(locale);
    const jql = payload.jql;
    if (typeof jql !== 'string' || jql.trim() === '') return { ok: false, errors: [say('config.enterJql')] };
    const local = scanJql(jql.trim());
    if (!local.ok) return { ok: false, errors: local.errors };
    if (local.where === null) return { ok: false, errors: [say('config.jqlUnbounded')] };
    // The full grammar, loaded on the first check (never by a render), for Jira-like messages before
    // asking Jira; should it fail to load, Jira's own parse below still checks the query.
    const syntax = await grammarErrors(jql.trim()).catch((): string[] => []);
    if (syntax.length > 0) return { ok: false, errors: syntax };
    try {
      const accountId = accountOf(req.context);
      if (!accountId) return { ok: false, errors: [statusMessage('UNAUTHENTICATED', locale)], code: 'UNAUTHENTICATED' };
      const errors = await clientFor(accountId, req).parseJql(jql.trim());
      return { ok: errors.length === 0, errors };
    } catch (error) {
      const { code, detail, retryInSeconds } = failure(error, locale);
      return { ok: false, errors: [failureText({ code, detail, retryInSeconds }, locale)], code };
    }
  });

  const options = (name: OptionsResolver, load: (client: JiraClient, query: string) => Promise<Option[]>) =>
    defineGuarded(
      resolver,
      name,
      (req): OptionsResult => ({ ok: false, code: 'INTERNAL', message: internalMessage(req) }),
      async (req: Request): Promise<OptionsResult> => {
        const locale = requestLocale(objectOr(req.payload));
        try {
          const accountId = accountOf(req.context);
          if (!accountId) return { ok: false, code: 'UNAUTHENTICATED', message: statusMessage('UNAUTHENTICATED', locale) };
          const raw = objectOr(req.payload).query;
          // Lone surrogates (also from cutting at MAX_QUERY inside an emoji) would make route`` throw a URIError.
          const query = typeof raw === 'string' ? raw.trim().slice(0, MAX_QUERY).replace(LONE_SURROGATE, '') : '';
          // Shared only while in flight; the edit page keeps the lists it got (static/edit/main.ts).
          const shared = await flights.share(ownerOf(req.context), { list: name, query: name === 'fieldOptions' ? '' : query }, () =>
            load(clientFor(accountId, req), query),
          );
          return { ok: true, options: shared.value };
        } catch (error) {
          return optionsFailure(error, locale);
        }
      },
    );

  options('fieldOptions', async (client) => {
    const numeric = (await client.fields()).filter((f) => f.schema?.type === 'number' && typeof f.id === 'string');
    const names = new Map<string, number>();
    for (const f of numeric) names.set(f.name, (names.get(f.name) ?? 0) + 1);
    return numeric
      .map((f) => ({ value: f.id, label: (names.get(f.name) ?? 0) > 1 ? `${f.name} (${f.id})` : f.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  });
  options('projectOptions', async (client, query) =>
    (await client.searchProjects(query, OPTIONS_PAGE)).values.map((p) => ({ value: p.key, label: `${p.name} (${p.key})` })),
  );
  // Each filter with its owner and query: the picker shows them to tell filters apart (as the user sees them).
  options('filterOptions', async (client, query) =>
    (await client.searchFilters(query, OPTIONS_PAGE)).values.map((f) => ({
      value: String(f.id),
      label: f.name,
      ...(typeof f.owner?.displayName === 'string' ? { owner: f.owner.displayName } : {}),
      ...(typeof f.jql === 'string' ? { jql: f.jql } : {}),
    })),
  );
  // The edit view's sprint picker: the active sprints of the draft's issues (`source`), from their
  // Sprint field (read:jira-work only). Not cached: asked once when the picker is shown.
  defineGuarded(
    resolver,
    'sprintOptions',
    (req): OptionsResult => ({ ok: false, code: 'INTERNAL', message: internalMessage(req) }),
    async (req: Request): Promise<OptionsResult> => {
      const payload = objectOr(req.payload);
      const locale = requestLocale(payload);
      try {
        const accountId = accountOf(req.context);
        if (!accountId) return { ok: false, code: 'UNAUTHENTICATED', message: statusMessage('UNAUTHENTICATED', locale) };
        const checked = validate({ version: 2, kind: 'progress', source: payload.source, metric: { type: 'ratio' } });
        if (!checked.ok) return { ok: false, code: 'INVALID_CONFIG', message: wordsIn(checked.errors[0].said, locale) };
        const client = clientFor(accountId, req);
        const sprints = await activeSprints(new Reads(client, now()), await sourceJql(client, checked.config.source));
        return { ok: true, options: sprints === 'no-field' ? [] : sprints.map((s) => ({ value: String(s.id), label: s.name })) };
      } catch (error) {
        return optionsFailure(error, locale);
      }
    },
  );
  // The edit view's expected-progress picker: `query` is a project key; archived versions are left out.
  options('versionOptions', async (client, query) =>
    /^[A-Za-z][A-Za-z0-9_]*$/.test(query)
      ? (await client.projectVersions(query))
          .filter((v) => isRecord(v) && typeof v.id === 'string' && !v.archived)
          .map((v) => ({
            value: v.id,
            label: `${v.name}${v.startDate && v.releaseDate ? ` (${v.startDate} → ${v.releaseDate})` : ' (no dates)'}`,
          }))
      : [],
  );
}

/** The Jira site of the call (Forge's installContext), for the client's rate-limit state; '' when there is none (local preview). */
function installationOf(req: Request): string {
  const id: unknown = req.context?.installContext;
  return typeof id === 'string' ? id : '';
}

/** The viewer's locale a request carries (the edit form sends its Forge context's), if it is a tag. */
function requestLocale(payload: Record<string, unknown>): string | undefined {
  return renderOptions(payload).locale;
}
