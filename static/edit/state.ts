/**
 * The edit page's state, in one typed object: the parts of the page once built, the viewer's place,
 * the draft's problems (the resolver's and Jira's), the lists asked for, the preview's last numbers
 * and timers. It lives in the page's memory only (main.ts holds the one instance), gone when the page
 * closes: nothing is stored.
 */
import type { Option, RenderRequest } from '../../functions/contract';
import type { FieldError } from '../../functions/config/types';
import type { SettingsForm } from './form';
import type { SprintPicker } from './sprints';
import type { Touched } from './touched';

/** The page's parts, made once the viewer's words are known (start → buildPage). */
export interface Page {
  form: SettingsForm;
  preview: HTMLDivElement;
  status: HTMLParagraphElement;
  saveBtn: HTMLButtonElement;
  json: HTMLTextAreaElement;
  jsonError: HTMLParagraphElement;
  /** Whose errors show (touched.ts). */
  touched: Touched;
  sprints: SprintPicker;
}

/** Everything the edit page holds while it is open: in this page's memory only, gone when it closes. */
export interface EditState {
  /** Undefined until the page is built. */
  page: Page | undefined;
  /** The user's time zone and locale (Forge's context): the preview counts days and writes numbers like the gadget. */
  place: Pick<RenderRequest, 'timeZone' | 'locale'>;
  /** The status says "not saved" (the next edit clears it). */
  notSaved: boolean;
  /** Counts the user's edits of the form, so an import checked meanwhile does not overwrite them. */
  edits: number;
  /** Option lists asked once per page (the server keeps none): formula variables each have pickers of their own. */
  lists: Map<string, Promise<Option[] | string>>;
  /** The draft's problems, from the last preview or Save. */
  configErrors: FieldError[];
  /** Jira's messages about each JQL field, by path, and the query each was checked for. */
  jiraErrors: Map<string, string>;
  checkedJql: Map<string, string>;
  previewTimer: ReturnType<typeof setTimeout> | undefined;
  /** Numbers each preview request; only the latest one's answer is shown. */
  previewSeq: number;
  /** The preview's last numbers (functions/draft-reading.ts). */
  lastReading: unknown;
  jqlTimer: ReturnType<typeof setTimeout> | undefined;
}

/** A fresh page's state: nothing built, nothing asked yet. */
export function newState(): EditState {
  return {
    page: undefined,
    place: {},
    notSaved: false,
    edits: 0,
    lists: new Map(),
    configErrors: [],
    jiraErrors: new Map(),
    checkedJql: new Map(),
    previewTimer: undefined,
    previewSeq: 0,
    lastReading: undefined,
    jqlTimer: undefined,
  };
}
