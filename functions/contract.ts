/**
 * The resolver contract between static/ (view, edit) and functions/. static/ imports these types
 * with `import type` (erased by esbuild, so nothing of the server ships: the lint rule in
 * eslint.config.js, and test/static/bundle.test.ts "server code in the built views").
 *
 * Every resolver returns a result object and never throws to the client.
 */
import type { ColorMode } from '../render/types';
import type { FieldError, GadgetConfig } from './config/types';

/** Machine-readable error codes shown as a status SVG. */
export type ErrorCode =
  | 'NOT_CONFIGURED'
  | 'INVALID_CONFIG'
  | 'INVALID_JQL'
  | 'NO_PERMISSION'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'TIMEOUT'
  | 'BAD_RESPONSE'
  | 'NO_DATA'
  | 'UNAUTHENTICATED'
  | 'INTERNAL';

/**
 * `render` payload. `config` is the edit view's draft; otherwise the stored gadget configuration is used.
 * `timeZone` (IANA) and `locale` are the user's, from Forge's context (static/shared/place.ts
 * `placeFromContext`): days are counted in that zone, numbers and dates written in that locale
 * (unless the configuration pins one); without them, UTC (the card then says "days in UTC" when it
 * counts days) and en-US.
 */
export interface RenderRequest {
  colorMode?: ColorMode;
  width?: number;
  locale?: string;
  timeZone?: string;
  config?: unknown;
  /** With a `config` draft: the last `reading` the edit page got; reused when the draft's sources did not change. */
  reading?: unknown;
}

/**
 * `render` result: always carries an SVG (the reading, or a status card). `links` maps each drill id
 * of the SVG's `data-drill` attributes (`value`, `segment-todo|segment-inProgress|segment-done`,
 * `trend-<i>`, `compare`) to its issue-navigator href (`/issues/?jql=…`). A failure is `transient`
 * when Jira cannot answer now (rate limited, down, slow, unreadable: the view keeps its last picture
 * and retries by itself, after `retryInSeconds` when Jira said when); otherwise a person must fix it.
 */
export type RenderResult =
  | {
      ok: true;
      svg: string;
      value: number | null;
      href?: string;
      links: Record<string, string>;
      computedAt: string;
      partial?: boolean;
      /** The edit preview's numbers (a draft only): the edit page keeps them and sends them back as `reading` with the next draft. */
      reading?: { key: string; numbers: unknown };
    }
  | { ok: false; svg: string; code: ErrorCode; message: string; errors?: FieldError[]; transient?: true; retryInSeconds?: number };

/**
 * `export` payload: as {@link RenderRequest}. Result: the portable SVG (text as outlines, no fonts
 * needed) and a file name from the title; `live` lists the characters kept as live text instead
 * (no bundled font has them, or their script is laid out by the viewer: docs/export.md), which the
 * view tells the user about before saving. Nothing is ever left out.
 */
export type ExportResult = { ok: true; svg: string; filename: string; live?: string[] } | { ok: false; code: ErrorCode; message: string };

/** `validateConfig` payload `{config, locale?}` → the configuration migrated to the current version and normalised, or the problems in the locale's language. */
export type ValidateConfigResult = { ok: true; config: GadgetConfig } | { ok: false; errors: FieldError[] };

/** `validateJql` payload `{jql, locale?}` → Jira's own messages (Glance's in the locale's language). */
export interface ValidateJqlResult {
  ok: boolean;
  errors: string[];
  /** Set when Jira could not be asked (e.g. UNAUTHENTICATED, UNAVAILABLE): `errors` then says why, not what is wrong with the JQL. */
  code?: ErrorCode;
}

/**
 * `fieldOptions` (numeric fields), `projectOptions {query?}`, `filterOptions {query?}` (each with `locale?` for its error message),
 * `versionOptions {query: projectKey}` (unarchived versions), `sprintOptions {source}` (the active sprints of a draft's issues).
 */
export interface Option {
  value: string;
  label: string;
  /** `filterOptions`: who owns the filter (Jira's display name), so filters of the same name can be told apart. */
  owner?: string;
  /** `filterOptions`: the filter's query (JQL). */
  jql?: string;
}
export type OptionsResult = { ok: true; options: Option[] } | { ok: false; code: ErrorCode; message: string };

/**
 * `formWords` payload `{locale}` → the edit form's catalogue for the locale's language (i18n/<language>/form.ts;
 * English for a language without one), keys as in i18n/en/form.ts.
 */
export type FormWordsResult = { ok: true; language: string; words: Record<string, string> };

/** What every payload may carry: the viewer's locale for the words of the answer. */
interface Localised {
  locale?: string;
}

/** `fieldOptions`, `projectOptions`, `filterOptions`, `versionOptions` payload: a search text (a project key for versions). */
interface OptionsRequest extends Localised {
  query?: string;
}

/**
 * Every resolver by name: its payload → its result. The one definition both sides are typed from:
 * functions/ defines each name with its result type (guard.ts `defineGuarded`), static/ calls them
 * through `makeInvoke<GlanceResolvers>()` (@forge/bridge 7.2, static/shared/resolvers.ts), so a
 * wrong name, a wrong payload or a field the result lacks fails to compile
 * (test/architecture/contract.test.ts). The shape is `@forge/resolver/shared`'s `Definitions`.
 * The server still checks every payload at run time: a payload is input, whatever its type says.
 */
export type GlanceResolvers = {
  render: (payload: RenderRequest) => RenderResult;
  export: (payload: RenderRequest) => ExportResult;
  validateConfig: (payload: Localised & { config: unknown }) => ValidateConfigResult;
  validateJql: (payload: Localised & { jql: string }) => ValidateJqlResult;
  fieldOptions: (payload: OptionsRequest) => OptionsResult;
  projectOptions: (payload: OptionsRequest) => OptionsResult;
  filterOptions: (payload: OptionsRequest) => OptionsResult;
  versionOptions: (payload: OptionsRequest) => OptionsResult;
  /** The active sprints of a draft's issues; `source` as in the configuration. */
  sprintOptions: (payload: Localised & { source: unknown }) => OptionsResult;
  formWords: (payload: { locale?: string }) => FormWordsResult;
};

/** The resolvers that answer a picker's options for a search text. */
export type OptionsResolver = 'fieldOptions' | 'projectOptions' | 'filterOptions' | 'versionOptions';
/** A resolver's name. */
export type ResolverName = keyof GlanceResolvers;
/** The result a resolver answers. */
export type ResultOf<K extends ResolverName> = ReturnType<GlanceResolvers[K]>;
