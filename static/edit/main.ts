/**
 * Gadget edit view: the settings form with a live preview rendered by the same `render` resolver,
 * Jira's own JQL messages inline, Save (`view.submit`, only when valid) and Cancel (`view.close`),
 * and JSON import/export of the settings.
 */
import { view } from '@forge/bridge';
import type { Option, RenderRequest, ValidateConfigResult } from '../../functions/contract';
import type { FieldError, GadgetConfig } from '../../functions/config/types';
import { exportFilename } from '../../functions/export/filename';
import { GADGET_KINDS } from '../../functions/config/vocabulary';
import { save as saveFile } from '../shared/download';
import { placeFromContext } from '../shared/place';
import { isRenderResult } from '../shared/results';
import { h } from './dom';
import { fitPage } from './page-height';
import { SprintPicker } from './sprints';
import { Touched } from './touched';
import { SettingsForm, type Draft, type OptionKind } from './form';
import { t, useWords } from './words';
import { languageOf } from '../../i18n/locale';
import { call } from '../shared/resolvers';

const root = document.documentElement;
const app = document.getElementById('app')!;

// The page is built once the viewer's words are known (start → buildPage).
let preview: HTMLDivElement;
let status: HTMLParagraphElement;
let saveBtn: HTMLButtonElement;
let cancelBtn: HTMLButtonElement;
let json: HTMLTextAreaElement;
let jsonError: HTMLParagraphElement;
let applyBtn: HTMLButtonElement;
let exportBtn: HTMLButtonElement;
let showBtn: HTMLButtonElement;
let form: SettingsForm;
/** The status says "not saved" (the next edit clears it). */
let notSaved = false;

/** Option lists asked once per page (the server keeps none): formula variables each have pickers of their own. */
const lists = new Map<string, Promise<Option[] | string>>();
let configErrors: FieldError[] = [];
const jiraErrors = new Map<string, string>();
/** Whose errors show (touched.ts); the sprint picker (sprints.ts). */
let touched: Touched;
let sprints: SprintPicker;
/** Counts the user's edits of the form, so an import checked meanwhile does not overwrite them. */
let edits = 0;

/** Builds the page for a gadget of `kind` in the viewer's words (after useWords) and wires its buttons. */
function buildPage(kind: GadgetConfig['kind']): void {
  preview = h('div', { class: 'preview-box', id: 'preview', 'aria-live': 'polite', 'aria-busy': 'true' }, h('div', { class: 'skeleton' }));
  status = h('p', { class: 'status', id: 'status', role: 'status' });
  saveBtn = h('button', { type: 'button', class: 'primary', id: 'save' }, t('page.save'));
  cancelBtn = h('button', { type: 'button', id: 'cancel' }, t('page.cancel'));
  json = h('textarea', { id: 'json', rows: 8, spellcheck: false, 'aria-describedby': 'json-error' });
  jsonError = h('p', { class: 'error', id: 'json-error', 'aria-live': 'polite' });
  applyBtn = h('button', { type: 'button', id: 'json-apply' }, t('json.apply'));
  exportBtn = h('button', { type: 'button', id: 'json-download' }, t('json.download'));
  showBtn = h('button', { type: 'button', id: 'json-show' }, t('json.show'));
  form = new SettingsForm(kind, loadOptions, () => {
    edits++;
    if (notSaved) say('');
    schedulePreview();
    scheduleJqlCheck();
  });
  app.classList.add('page');
  fitPage(root);
  app.append(
    h('section', { class: 'preview', id: 'preview-pane', 'aria-label': t('page.preview') }, h('h2', {}, t('page.preview')), preview),
    h(
      'div',
      { class: 'scroller', id: 'scroller' },
      form.el,
      h(
        'details',
        { class: 'json' },
        h('summary', {}, t('json.summary')),
        h('label', { for: 'json' }, t('json.label')),
        json,
        jsonError,
        h('div', { class: 'buttons' }, applyBtn, showBtn, exportBtn),
      ),
    ),
    h('div', { class: 'actions' }, status, saveBtn, cancelBtn),
  );
  wire();
  touched = new Touched(form.el);
  sprints = new SprintPicker(form.el, async (source) => {
    const r = await call('sprintOptions', { source, ...(place.locale ? { locale: place.locale } : {}) }).catch(() => null);
    return r?.ok ? r.options : (r?.message ?? t('page.listFailed'));
  });
}

function loadOptions(kind: OptionKind, query?: string): Promise<Option[] | string> {
  const key = `${kind}\n${query ?? ''}`;
  const known = lists.get(key);
  if (known) return known;
  const loading = (async () => {
    try {
      const r = await call(kind, { ...(query ? { query } : {}), ...(place.locale ? { locale: place.locale } : {}) });
      if (!r.ok) lists.delete(key);
      return r.ok ? r.options : r.message;
    } catch {
      lists.delete(key);
      return t('page.listFailed');
    }
  })();
  // Kept in this page's memory while it is open (the server keeps no lists): the first 200 lists asked for.
  if (lists.size < 200) lists.set(key, loading);
  return loading;
}

function colorMode(): 'light' | 'dark' {
  return root.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light';
}

function applyErrors(): void {
  form.showErrors(
    configErrors.filter((e) => !jiraErrors.has(e.path) && touched.shows(e.path)),
    new Set(jiraErrors.keys()),
  );
  for (const [path, message] of jiraErrors) form.setError(path, touched.shows(path) ? message : '');
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;
/** The user's time zone and locale (Forge's context): the preview counts days and writes numbers like the gadget. */
let place: Pick<RenderRequest, 'timeZone' | 'locale'> = {};
let previewSeq = 0;
/** The preview's last numbers, in this page's memory only (functions/draft-reading.ts). */
let lastReading: unknown;
function schedulePreview(delay = 400): void {
  if (!form) return; // the theme may change before the page is built
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void updatePreview(), delay);
}

async function updatePreview(): Promise<void> {
  const mine = ++previewSeq;
  preview.setAttribute('aria-busy', 'true');
  let r: unknown;
  try {
    const draft = { config: form.read(), colorMode: colorMode(), width: Math.round(preview.clientWidth || 320), ...place };
    // The last reading: the server reuses it when only how the gadget looks changed, instead of reading Jira again.
    r = await call('render', lastReading ? { ...draft, reading: lastReading } : draft);
  } catch {
    r = null;
  }
  if (mine !== previewSeq) return;
  preview.removeAttribute('aria-busy');
  if (isRenderResult(r)) {
    if (r.ok && r.reading) lastReading = r.reading;
    preview.innerHTML = r.svg;
    // A picture of the gadget, not its keyboard stops (render/parts.ts): Tab goes from field to field.
    for (const part of preview.querySelectorAll('svg [tabindex]')) part.removeAttribute('tabindex');
    preview.querySelector('svg')?.setAttribute('role', 'img');
    configErrors = r.ok ? [] : (r.errors ?? []);
    if (configErrors.some((e) => e.path === 'expected.sprint')) touched.add('expected.sprint'); // several active sprints
  } else {
    preview.textContent = t('page.previewFailed');
  }
  applyErrors();
  void sprints.update(form.read().source);
}

let jqlTimer: ReturnType<typeof setTimeout> | undefined;
const checkedJql = new Map<string, string>();
function scheduleJqlCheck(): void {
  clearTimeout(jqlTimer);
  jqlTimer = setTimeout(() => void checkJql(), 600);
}

/** Asks Jira's parser about every visible JQL field that changed since its last check. */
async function checkJql(): Promise<void> {
  const controls = [...form.el.querySelectorAll<HTMLInputElement>('[data-jql]')];
  const paths = new Set(controls.map((c) => c.dataset.path!));
  for (const path of [...checkedJql.keys()]) {
    if (!paths.has(path)) {
      checkedJql.delete(path); // a removed formula variable
      jiraErrors.delete(path);
    }
  }
  for (const ctl of controls) {
    const path = ctl.dataset.path!;
    const jql = !ctl.closest('[hidden]') ? ctl.value.trim() : '';
    if (checkedJql.get(path) === jql) continue;
    checkedJql.set(path, jql);
    if (!jql) {
      jiraErrors.delete(path);
      continue;
    }
    try {
      const r = await call('validateJql', { jql, ...(place.locale ? { locale: place.locale } : {}) });
      if (checkedJql.get(path) !== jql) continue; // edited meanwhile
      if (r.ok) jiraErrors.delete(path);
      else jiraErrors.set(path, r.errors.join(' ') || t('page.jqlRefused'));
    } catch {
      jiraErrors.delete(path);
    }
  }
  applyErrors();
}

function say(message: string, failed = false): void {
  status.textContent = message;
  notSaved = failed;
}

async function validate(config: unknown): Promise<ValidateConfigResult> {
  // The viewer's locale: the messages come back in their language.
  return await call('validateConfig', { config, ...(place.locale ? { locale: place.locale } : {}) });
}

/** Checks the draft (JQL against Jira, then the whole config) and submits it only when both pass. */
async function save(): Promise<void> {
  touched.all = true;
  saveBtn.disabled = true;
  say(t('page.checking'));
  try {
    clearTimeout(jqlTimer);
    await checkJql();
    const r = await validate(form.read());
    configErrors = r.ok ? [] : r.errors;
    applyErrors();
    if (!r.ok || jiraErrors.size > 0) {
      say(t('page.notSavedFix'), true);
      form.focusFirstError();
      return;
    }
    await view.submit(r.config);
    say(t('page.saved'));
  } catch (e) {
    say(t('page.notSavedRefused', { reason: e instanceof Error ? e.message : t('page.dashboardRefused') }), true);
  } finally {
    saveBtn.disabled = false;
  }
}

/** The page's buttons. */
function wire(): void {
  saveBtn.addEventListener('click', () => void save());
  cancelBtn.addEventListener('click', () => void view.close().catch(() => say(t('page.cannotClose'))));
  showBtn.addEventListener('click', () => {
    json.value = JSON.stringify(form.read(), null, 2);
    jsonError.textContent = '';
  });
  exportBtn.addEventListener('click', () => {
    const draft = form.read();
    const name = exportFilename(draft.title, 'json');
    saveFile(new Blob([JSON.stringify(draft, null, 2) + '\n'], { type: 'application/json' }), name);
  });
  applyBtn.addEventListener('click', () => void applyJson());
}

/** Replaces the form with the pasted JSON after the server has validated it. */
async function applyJson(): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.value);
  } catch (e) {
    jsonError.textContent = t('json.invalid', { reason: e instanceof Error ? e.message : t('json.parseError') });
    json.focus();
    return;
  }
  try {
    const editsBefore = edits;
    const r = await validate(parsed);
    if (edits !== editsBefore) {
      // What the user typed while the server checked the JSON is never thrown away.
      jsonError.textContent = t('json.changedMeanwhile');
      return;
    }
    if (!r.ok) {
      const problems = r.errors.map((e) => `${e.path}: ${e.message}`).join(' ');
      jsonError.textContent = t('json.unusable', { problems });
      json.focus();
      return;
    }
    form.fill(r.config);
    jsonError.textContent = '';
    say(t('json.imported'));
    touched.all = true;
    schedulePreview(0);
    scheduleJqlCheck();
  } catch {
    jsonError.textContent = t('json.unchecked');
  }
}

new MutationObserver(() => schedulePreview(0)).observe(root, { attributes: true, attributeFilter: ['data-color-mode'] });

async function start(): Promise<void> {
  await Promise.race([view.theme.enable(), new Promise((r) => setTimeout(r, 300))]).catch(() => undefined);
  let config: Draft = {};
  let moduleKey = '';
  try {
    const ctx = await view.getContext();
    const stored: unknown = (ctx.extension as { gadgetConfiguration?: unknown } | undefined)?.gadgetConfiguration;
    if (stored && typeof stored === 'object') config = stored; // shown as it is, even if invalid
    moduleKey = String(ctx.moduleKey ?? '');
    place = placeFromContext(ctx);
  } catch {
    // no context (e.g. outside Jira): start from defaults
  }
  const configured = Object.keys(config).length > 0;
  // The viewer's words, and (the resolver migrates older versions, v1 → v2, and normalises; an invalid
  // stored config is shown as it is) the stored settings, asked together.
  const [, checked] = await Promise.all([loadWords(place.locale), configured ? validate(config).catch(() => null) : null]);
  if (checked?.ok) config = checked.config;
  // Jira's gadget list has one module per kind: the module decides, a stored kind only outside Jira.
  const stored = typeof config.kind === 'string' ? GADGET_KINDS.find((k) => k === config.kind) : undefined;
  const kind = GADGET_KINDS.find((k) => moduleKey.includes(k)) ?? stored ?? 'counter';
  buildPage(kind);
  form.fill(configured ? config : { kind, source: { type: 'jql', jql: '' }, metric: { type: kind === 'progress' ? 'ratio' : 'count' } });
  touched.all = configured;
  await updatePreview();
  if (configured) void checkJql();
  app.removeAttribute('aria-busy');
}

/**
 * Uses the viewer's language for the form: English ships with the page; another language's words
 * come from the `formWords` resolver (one catalogue, not all of them, keeps the page small). Without
 * them the form stays English.
 */
async function loadWords(locale: string | undefined): Promise<void> {
  const language = languageOf(locale);
  if (locale && language !== 'en') {
    try {
      const r = await call('formWords', { locale });
      if (r && r.ok) {
        useWords(r.words, locale);
        root.lang = r.language;
      }
    } catch {
      // no words: the form stays English
    }
  }
  document.title = t('page.title');
}

void start();
