/**
 * Gadget edit view: the settings form with a live preview rendered by the same `render` resolver,
 * Jira's own JQL messages inline, Save (`view.submit`, only when valid) and Cancel (`view.close`),
 * and JSON import/export of the settings.
 */
import { view } from '@forge/bridge';
import type { Option, ValidateConfigResult } from '../../functions/contract';
import type { GadgetConfig } from '../../functions/config/types';
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
import { t, useWords } from './translate';
import { newState, type EditState, type Page } from './state';
import { languageOf } from '../../i18n/locale';
import { call } from '../shared/resolvers';
import { colorMode, enableTheme, onColorModeChange } from '../shared/theme';

const root = document.documentElement;
const app = document.getElementById('app')!;

const state: EditState = newState();

/** The viewer's locale for a resolver's words ({} when Forge gave none). */
const localeOf = (): { locale?: string } => (state.place.locale ? { locale: state.place.locale } : {});

/** Builds the page for a gadget of `kind` in the viewer's words (after useWords) and wires its buttons. */
function buildPage(kind: GadgetConfig['kind']): Page {
  const preview = h(
    'div',
    { class: 'preview-box', id: 'preview', 'aria-live': 'polite', 'aria-busy': 'true' },
    h('div', { class: 'skeleton' }),
  );
  const status = h('p', { class: 'status', id: 'status', role: 'status' });
  const saveBtn = h('button', { type: 'button', class: 'primary', id: 'save' }, t('page.save'));
  const cancelBtn = h('button', { type: 'button', id: 'cancel' }, t('page.cancel'));
  const json = h('textarea', { id: 'json', rows: 8, spellcheck: false, 'aria-describedby': 'json-error' });
  const jsonError = h('p', { class: 'error', id: 'json-error', 'aria-live': 'polite' });
  const applyBtn = h('button', { type: 'button', id: 'json-apply' }, t('json.apply'));
  const exportBtn = h('button', { type: 'button', id: 'json-download' }, t('json.download'));
  const showBtn = h('button', { type: 'button', id: 'json-show' }, t('json.show'));
  const form = new SettingsForm(kind, loadOptions, () => {
    state.edits++;
    if (state.notSaved) say(page, '');
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
  const sprints = new SprintPicker(form.el, async (source) => {
    const r = await call('sprintOptions', { source, ...localeOf() }).catch(() => null);
    return r?.ok ? r.options : (r?.message ?? t('page.listFailed'));
  });
  const page: Page = { form, preview, status, saveBtn, json, jsonError, touched: new Touched(form.el), sprints };
  saveBtn.addEventListener('click', () => void save(page));
  cancelBtn.addEventListener('click', () => void view.close().catch(() => say(page, t('page.cannotClose'))));
  showBtn.addEventListener('click', () => {
    json.value = JSON.stringify(form.read(), null, 2);
    jsonError.textContent = '';
  });
  exportBtn.addEventListener('click', () => {
    const draft = form.read();
    const name = exportFilename(draft.title, 'json');
    saveFile(new Blob([JSON.stringify(draft, null, 2) + '\n'], { type: 'application/json' }), name);
  });
  applyBtn.addEventListener('click', () => void applyJson(page));
  return page;
}

function loadOptions(kind: OptionKind, query?: string): Promise<Option[] | string> {
  const key = `${kind}\n${query ?? ''}`;
  const known = state.lists.get(key);
  if (known) return known;
  const loading = (async () => {
    try {
      const r = await call(kind, { ...(query ? { query } : {}), ...localeOf() });
      if (!r.ok) state.lists.delete(key);
      return r.ok ? r.options : r.message;
    } catch {
      state.lists.delete(key);
      return t('page.listFailed');
    }
  })();
  // Kept in this page's memory while it is open (the server keeps no lists): the first 200 lists asked for.
  if (state.lists.size < 200) state.lists.set(key, loading);
  return loading;
}

function applyErrors({ form, touched }: Page): void {
  form.showErrors(
    state.configErrors.filter((e) => !state.jiraErrors.has(e.path) && touched.shows(e.path)),
    new Set(state.jiraErrors.keys()),
  );
  for (const [path, message] of state.jiraErrors) form.setError(path, touched.shows(path) ? message : '');
}

function schedulePreview(delay = 400): void {
  const page = state.page;
  if (!page) return; // the theme may change before the page is built
  clearTimeout(state.previewTimer);
  state.previewTimer = setTimeout(() => void updatePreview(page), delay);
}

async function updatePreview(page: Page): Promise<void> {
  const { form, preview } = page;
  const mine = ++state.previewSeq;
  preview.setAttribute('aria-busy', 'true');
  let r: unknown;
  try {
    const draft = { config: form.read(), colorMode: colorMode(), width: Math.round(preview.clientWidth || 320), ...state.place };
    // The last reading: the server reuses it when only how the gadget looks changed, instead of reading Jira again.
    r = await call('render', state.lastReading ? { ...draft, reading: state.lastReading } : draft);
  } catch {
    r = null;
  }
  if (mine !== state.previewSeq) return;
  preview.removeAttribute('aria-busy');
  if (isRenderResult(r)) {
    if (r.ok && r.reading) state.lastReading = r.reading;
    preview.innerHTML = r.svg;
    // A picture of the gadget, not its keyboard stops (render/parts.ts): Tab goes from field to field.
    for (const part of preview.querySelectorAll('svg [tabindex]')) part.removeAttribute('tabindex');
    preview.querySelector('svg')?.setAttribute('role', 'img');
    state.configErrors = r.ok ? [] : (r.errors ?? []);
    if (state.configErrors.some((e) => e.path === 'expected.sprint')) page.touched.add('expected.sprint'); // several active sprints
  } else {
    preview.textContent = t('page.previewFailed');
  }
  applyErrors(page);
  void page.sprints.update(form.read().source);
}

function scheduleJqlCheck(): void {
  const page = state.page;
  if (!page) return;
  clearTimeout(state.jqlTimer);
  state.jqlTimer = setTimeout(() => void checkJql(page), 600);
}

/** Asks Jira's parser about every visible JQL field that changed since its last check. */
async function checkJql(page: Page): Promise<void> {
  const { checkedJql, jiraErrors } = state;
  const controls = [...page.form.el.querySelectorAll<HTMLInputElement>('[data-jql]')];
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
      const r = await call('validateJql', { jql, ...localeOf() });
      if (checkedJql.get(path) !== jql) continue; // edited meanwhile
      if (r.ok) jiraErrors.delete(path);
      else jiraErrors.set(path, r.errors.join(' ') || t('page.jqlRefused'));
    } catch {
      jiraErrors.delete(path);
    }
  }
  applyErrors(page);
}

function say(page: Page, message: string, failed = false): void {
  page.status.textContent = message;
  state.notSaved = failed;
}

async function validate(config: unknown): Promise<ValidateConfigResult> {
  // The viewer's locale: the messages come back in their language.
  return await call('validateConfig', { config, ...localeOf() });
}

/** Checks the draft (JQL against Jira, then the whole config) and submits it only when both pass. */
async function save(page: Page): Promise<void> {
  const { form, saveBtn } = page;
  page.touched.all = true;
  saveBtn.disabled = true;
  say(page, t('page.checking'));
  try {
    clearTimeout(state.jqlTimer);
    await checkJql(page);
    const r = await validate(form.read());
    state.configErrors = r.ok ? [] : r.errors;
    applyErrors(page);
    if (!r.ok || state.jiraErrors.size > 0) {
      say(page, t('page.notSavedFix'), true);
      form.focusFirstError();
      return;
    }
    await view.submit(r.config);
    say(page, t('page.saved'));
  } catch (e) {
    say(page, t('page.notSavedRefused', { reason: e instanceof Error ? e.message : t('page.dashboardRefused') }), true);
  } finally {
    saveBtn.disabled = false;
  }
}

/** Replaces the form with the pasted JSON after the server has validated it. */
async function applyJson(page: Page): Promise<void> {
  const { json, jsonError } = page;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.value);
  } catch (e) {
    jsonError.textContent = t('json.invalid', { reason: e instanceof Error ? e.message : t('json.parseError') });
    json.focus();
    return;
  }
  try {
    const editsBefore = state.edits;
    const r = await validate(parsed);
    if (state.edits !== editsBefore) {
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
    page.form.fill(r.config);
    jsonError.textContent = '';
    say(page, t('json.imported'));
    page.touched.all = true;
    schedulePreview(0);
    scheduleJqlCheck();
  } catch {
    jsonError.textContent = t('json.unchecked');
  }
}

onColorModeChange(() => schedulePreview(0));

async function start(): Promise<void> {
  await enableTheme();
  let config: Draft = {};
  let moduleKey = '';
  try {
    const ctx = await view.getContext();
    const stored: unknown = (ctx.extension as { gadgetConfiguration?: unknown } | undefined)?.gadgetConfiguration;
    if (stored && typeof stored === 'object') config = stored; // shown as it is, even if invalid
    moduleKey = String(ctx.moduleKey ?? '');
    state.place = placeFromContext(ctx);
  } catch {
    // no context (e.g. outside Jira): start from defaults
  }
  const configured = Object.keys(config).length > 0;
  // The viewer's words, and (the resolver migrates older versions, v1 → v2, and normalises; an invalid
  // stored config is shown as it is) the stored settings, asked together.
  const [, checked] = await Promise.all([loadWords(state.place.locale), configured ? validate(config).catch(() => null) : null]);
  if (checked?.ok) config = checked.config;
  // Jira's gadget list has one module per kind: the module decides, a stored kind only outside Jira.
  const stored = typeof config.kind === 'string' ? GADGET_KINDS.find((k) => k === config.kind) : undefined;
  const kind = GADGET_KINDS.find((k) => moduleKey.includes(k)) ?? stored ?? 'counter';
  const page = buildPage(kind);
  state.page = page;
  page.form.fill(
    configured ? config : { kind, source: { type: 'jql', jql: '' }, metric: { type: kind === 'progress' ? 'ratio' : 'count' } },
  );
  page.touched.all = configured;
  await updatePreview(page);
  if (configured) void checkJql(page);
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
