import type { Dataset, DemoIssue } from '../dataset';
import { PROJECTS, type DemoProject } from '../catalog';
import { canBrowse } from '../users';

/** Who is searching, when, and over what data. */
export interface JqlContext {
  dataset: Dataset;
  accountId: string;
  nowMs: number;
  /** The searcher's profile time zone (IANA): date literals and date functions are read in it. */
  timeZone: string;
  /** Saved-filter ids being expanded (guards `filter = …` cycles). */
  filterStack?: readonly string[];
}

/** Projects the user can browse. */
export function visibleProjects(ctx: JqlContext): DemoProject[] {
  return PROJECTS.filter((p) => canBrowse(ctx.accountId, p.key));
}

const visibleCache = new WeakMap<Dataset, Map<string, readonly DemoIssue[]>>();

/** Issues the user can browse (the universe every query starts from). Do not mutate the result. */
export function visibleIssues(ctx: JqlContext): readonly DemoIssue[] {
  let byUser = visibleCache.get(ctx.dataset);
  if (!byUser) visibleCache.set(ctx.dataset, (byUser = new Map()));
  let issues = byUser.get(ctx.accountId);
  if (!issues) byUser.set(ctx.accountId, (issues = ctx.dataset.issues.filter((i) => canBrowse(ctx.accountId, i.project))));
  return issues;
}
