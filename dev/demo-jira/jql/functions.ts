/** JQL functions other than the date ones: what they evaluate to, and why one cannot be used. */
import { canBrowse } from '../users';
import type { JqlContext } from './context';
import { wallClock } from '../../../functions/metrics/calendar';
import { DATE_FUNCTIONS, evaluateDateFunction } from './dates';
import type { FieldSpec, Resolved } from './fields';

/** Jira functions the demo knows of but does not evaluate. */
const UNSUPPORTED_FUNCTIONS = new Set(
  [
    'membersof',
    'issuehistory',
    'linkedissues',
    'watchedissues',
    'votedissues',
    'updatedby',
    'currentlogin',
    'lastlogin',
    'earliestunreleasedversion',
    'latestreleasedversion',
    'componentsleadbyuser',
    'projectsleadbyuser',
    'projectswhereuserhaspermission',
    'projectswhereuserhasrole',
    'standardissuetypes',
    'subtaskissuetypes',
    'cascadeoption',
    'issueswithremotelinksbyglobalid',
    'approved',
    'approver',
    'mypending',
    'pending',
    'pendingby',
    'breached',
    'completed',
    'elapsed',
    'everbreached',
    'paused',
    'remaining',
    'running',
    'withincalendarhours',
    'parentepic',
    'portfoliochildissuesof',
    'issuekeys',
    'lastcommentedby',
    'issuesLinked',
  ].map((f) => f.toLowerCase()),
);

/** Non-date functions the demo evaluates (on the fields that list them). */
const OTHER_FUNCTIONS = new Set(['currentuser', 'opensprints', 'closedsprints', 'futuresprints', 'releasedversions', 'unreleasedversions']);

/** Evaluates a function operand for a field: its values, or why it cannot be used there. */
export function evaluateFunction(field: FieldSpec, name: string, args: string[], ctx: JqlContext): Resolved {
  const lower = name.toLowerCase();
  if (!field.functions?.includes(lower)) return { error: functionError(field, name) };
  if (DATE_FUNCTIONS.has(lower)) {
    const result = evaluateDateFunction(name, args, ctx.nowMs, ctx.timeZone);
    if (typeof result === 'number' && field.dateOnly) return { values: [wallClock(result, ctx.timeZone)] };
    return typeof result === 'string' ? { error: result } : { values: [result] };
  }
  const visible = (project: string): boolean => canBrowse(ctx.accountId, project);
  switch (lower) {
    case 'currentuser':
      return { values: [ctx.accountId] };
    case 'opensprints':
    case 'closedsprints':
    case 'futuresprints': {
      // openSprints() matches started, not completed sprints: not future ones (JSWCLOUD-15217).
      const state = lower === 'opensprints' ? 'active' : lower === 'closedsprints' ? 'closed' : 'future';
      return { values: ctx.dataset.sprints.filter((s) => s.state === state && visible(s.project)).map((s) => s.id) };
    }
    case 'releasedversions':
    case 'unreleasedversions': {
      const released = lower === 'releasedversions';
      const versions = ctx.dataset.versions.filter(
        (v) =>
          v.released === released &&
          visible(v.project) &&
          (args.length === 0 || args.some((a) => a.toLowerCase() === v.project.toLowerCase())),
      );
      return { values: versions.map((v) => v.name) };
    }
    default:
      return { error: `Unable to find JQL function '${name}()'.` };
  }
}

/** Why a function cannot be used on this field. */
export function functionError(field: FieldSpec, name: string): string {
  const lower = name.toLowerCase();
  if (DATE_FUNCTIONS.has(lower) || OTHER_FUNCTIONS.has(lower))
    return `The function '${name}' is not supported by the field '${field.name}'.`;
  if (UNSUPPORTED_FUNCTIONS.has(lower)) return `The demo Jira does not support the JQL function '${name}()'.`;
  return `Unable to find JQL function '${name}()'.`;
}
