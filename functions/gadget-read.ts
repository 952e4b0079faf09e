/**
 * Reading one gadget, shared by the `render` and `export` resolvers: the configuration (the edit
 * view's draft or the gadget's stored one) validated, its numbers read from Jira as the user, and the
 * render inputs — or why there are none, as a {@link StatusFailure} that each resolver answers in
 * its own way (`render` a status card, `export` a message).
 */
import type { Request } from '@forge/resolver';
import type { RenderOptions } from '../render/index';
import type { Reading, RenderSpec } from '../render/types';
import { hasNoIssues, isUnconfigured, withModuleKind } from './config/stored';
import type { GadgetConfig } from './config/types';
import { validate } from './config/validate';
import { readingKey, reusableReading, type DraftReading } from './draft-reading';
import { failure, fieldErrors } from './failure';
import type { InFlight } from './in-flight';
import type { JiraClient } from './jira/client';
import { readNumbers } from './metrics/read-numbers';
import { accountOf, ownerOf } from './owner';
import { placeOf, type Place } from './place';
import { noteMissingZone, renderInputs } from './render-inputs';
import { objectOr } from './request';
import type { DraftState, StatusFailure } from './status';
import { GlanceError } from './errors';
import { translator } from '../i18n/index';

/** A gadget read: its validated configuration with the render inputs, or why there are none. */
export type GadgetRead =
  | {
      ok: true;
      config: GadgetConfig;
      spec: RenderSpec;
      reading: Reading;
      href?: string;
      links: Record<string, string>;
      at: number;
      place: Place;
      /** An edit preview's numbers, for the page to send back with its next draft. */
      draftReading?: DraftReading;
    }
  | { ok: false; failure: StatusFailure };

/** Reads the gadget of a request; `preview` lets an edit preview reuse the page's last reading. */
export type GadgetReader = (req: Request, options: RenderOptions, preview?: boolean) => Promise<GadgetRead>;

/** What a gadget read needs from the resolvers' setup (app.ts `defineResolvers`). */
interface ReadDeps {
  now: () => number;
  /** The Jira client of one resolver call, acting as `accountId`. */
  clientFor: (accountId: string, req: Request) => JiraClient;
  /** Reads in flight, shared by site and user (in-flight.ts). */
  flights: InFlight;
}

/** The reader of gadgets over `deps`. */
export function gadgetReader({ now, clientFor, flights }: ReadDeps): GadgetReader {
  return async (req, options, preview = false) => {
    const payload = objectOr(req.payload);
    let config: GadgetConfig | undefined;
    try {
      const accountId = accountOf(req.context);
      if (!accountId) return { ok: false, failure: { code: 'UNAUTHENTICATED' } };
      const raw =
        'config' in payload && payload.config !== undefined
          ? payload.config
          : (req.context.extension as { gadgetConfiguration?: unknown } | undefined)?.gadgetConfiguration;
      if (isUnconfigured(raw)) return { ok: false, failure: { code: 'NOT_CONFIGURED' } };
      const checked = validate(withModuleKind(raw, req.context.moduleKey));
      const edited = 'config' in payload && payload.config !== undefined;
      if (!checked.ok) {
        const say = translator(options.locale);
        const errors = fieldErrors(checked, say);
        const first = errors[0].message;
        const more = checked.errors.length - 1 + (checked.omitted ?? 0);
        const detail = more > 0 ? say('status.andMore', { message: first, count: more }) : first;
        // An edit preview: a new gadget's "choose what to count", or calm words until the draft is finished.
        const state: DraftState | undefined = edited ? (hasNoIssues(raw) ? 'blank' : 'unfinished') : undefined;
        const how = state === 'blank' ? say('status.chooseIssuesHow') : detail;
        return { ok: false, failure: { code: 'INVALID_CONFIG', detail: how, errors, draft: state } };
      }
      config = checked.config;
      const valid = config;
      // The user's zone and locale come with the request (the view reads Forge's context); a locale in the config wins.
      const place = placeOf(payload, valid.locale);
      const at = now();
      const owner = ownerOf(req.context);
      // The edit preview's draft: the page's last reading when only how the gadget looks changed (draft-reading.ts).
      const draft = preview && edited;
      const key = draft ? readingKey(valid, place) : '';
      const result =
        (draft ? reusableReading(payload.reading, key, at) : undefined) ??
        (await readNumbers(clientFor(accountId, req), valid, { now: at, place, cache: flights.forRequest(owner) }));
      const { spec, reading } = renderInputs(valid, result, options.locale);
      noteMissingZone(valid, reading, place);
      if (draft) result.at ??= at;
      return {
        ok: true,
        config: valid,
        spec,
        reading,
        href: result.href,
        links: result.links ?? {},
        at: result.at ?? at,
        place,
        ...(draft ? { draftReading: { key, numbers: result } } : {}),
      };
    } catch (error) {
      const { code, detail, retryInSeconds, headline } = failure(error, options.locale);
      // A finding about the data that one setting fixes (several active sprints): the form marks that field.
      const errors = error instanceof GlanceError && error.path && detail ? [{ path: error.path, message: detail }] : undefined;
      return { ok: false, failure: { code, detail, retryInSeconds, title: config?.title, errors, headline } };
    }
  };
}
