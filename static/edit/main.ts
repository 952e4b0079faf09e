/**
 * Gadget edit view: the settings form with a live preview rendered by the same `render` resolver,
 * Jira's own JQL messages inline, Save (`view.submit`, only when valid) and Cancel (`view.close`),
 * and JSON import/export of the settings.
 */
import { invoke, view } from '@forge/bridge';
import type { Option, OptionsResult, RenderRequest, ValidateConfigResult, ValidateJqlResult } from '../../functions/contract';
import type { FieldError } from '../../functions/config/types';
import { exportFilename } from '../../functions/export/filename';
import { GADGET_KINDS } from '../../functions/config/vocabulary';
import { save as saveFile } from '../shared/download';
import { placeFromContext } from '../shared/place';
import { isRenderResult } from '../shared/results';
import { h } from './dom';
import { SettingsForm, type Draft, type OptionKind } from './form';

const root = document.documentElement;
const app = document.getElementById('app')!;

const preview = h(
  'div',
  { class: 'preview-box', id: 'preview', 'aria-live': 'polite', 'aria-busy': 'true' },
  h('div', { class: 'skeleton' }),
);
const status = h('p', { class: 'status', id: 'status', role: 'status' });
const saveBtn = h('button', { type: 'button', class: 'primary', id: 'save' }, 'Save');
const cancelBtn = h('button', { type: 'button', id: 'cancel' }, 'Cancel');
const json = h('textarea', { id: 'json', rows: 8, spellcheck: false, 'aria-describedby': 'json-error' });
const jsonError = h('p', { class: 'error', id: 'json-error', 'aria-live': 'polite' });
const applyBtn = h('button', { type: 'button', id: 'json-apply' }, 'Apply JSON');
const exportBtn = h('button', { type: 'button', id: 'json-download' }, 'Download JSON');
const showBtn = h('button', { type: 'button', id: 'json-show' }, 'Show current settings');

/** Unfiltered lists asked once per page: formula variables each have pickers of their own. */
const lists = new Map<string, Promise<Option[] | string>>();
let configErrors: FieldError[] = [];
const jiraErrors = new Map<string, string>();
let pristine = true;

const form = new SettingsForm(loadOptions, () => {
  pristine = false;
  if (status.textContent?.startsWith('Not saved')) say('');
  schedulePreview();
  scheduleJqlCheck();
});

app.append(
  h('section', { class: 'preview', 'aria-label': 'Preview' }, h('h2', {}, 'Preview'), preview),
  form.el,
  h(
    'details',
    { class: 'json' },
    h('summary', {}, 'Import or export settings (JSON)'),
    h('label', { for: 'json' }, 'Settings as JSON'),
    json,
    jsonError,
    h('div', { class: 'buttons' }, applyBtn, showBtn, exportBtn),
  ),
  h('div', { class: 'actions' }, status, saveBtn, cancelBtn),
);

function loadOptions(kind: OptionKind, query?: string): Promise<Option[] | string> {
  const key = `${kind}\n${query ?? ''}`;
  const known = lists.get(key);
  if (known) return known;
  const loading = (async () => {
    try {
      const r = (await invoke(kind, query ? { query } : {})) as OptionsResult;
      if (!r.ok) lists.delete(key);
      return r.ok ? r.options : r.message;
    } catch {
      lists.delete(key);
      return 'Could not load the list from Jira.';
    }
  })();
  if (!query || kind === 'versionOptions') lists.set(key, loading);
  return loading;
}

function colorMode(): 'light' | 'dark' {
  return root.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light';
}

function applyErrors(): void {
  if (pristine) return;
  form.showErrors(
    configErrors.filter((e) => !jiraErrors.has(e.path)),
    new Set(jiraErrors.keys()),
  );
  for (const [path, message] of jiraErrors) form.setError(path, message);
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;
/** The user's time zone and locale (Forge's context): the preview counts days and writes numbers like the gadget. */
let place: Pick<RenderRequest, 'timeZone' | 'locale'> = {};
let previewSeq = 0;
function schedulePreview(delay = 400): void {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void updatePreview(), delay);
}

async function updatePreview(): Promise<void> {
  const mine = ++previewSeq;
  preview.setAttribute('aria-busy', 'true');
  let r: unknown;
  try {
    r = await invoke('render', { config: form.read(), colorMode: colorMode(), width: Math.round(preview.clientWidth || 320), ...place });
  } catch {
    r = null;
  }
  if (mine !== previewSeq) return;
  preview.removeAttribute('aria-busy');
  if (isRenderResult(r)) {
    preview.innerHTML = r.svg;
    configErrors = r.ok ? [] : (r.errors ?? []);
  } else {
    preview.textContent = 'The preview could not be loaded.';
  }
  applyErrors();
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
      const r = (await invoke('validateJql', { jql })) as ValidateJqlResult;
      if (checkedJql.get(path) !== jql) continue; // edited meanwhile
      if (r.ok) jiraErrors.delete(path);
      else jiraErrors.set(path, r.errors.join(' ') || 'Jira does not accept this query.');
    } catch {
      jiraErrors.delete(path);
    }
  }
  applyErrors();
}

function say(message: string): void {
  status.textContent = message;
}

async function validate(config: unknown): Promise<ValidateConfigResult> {
  return (await invoke('validateConfig', { config })) as ValidateConfigResult;
}

/** Checks the draft (JQL against Jira, then the whole config) and submits it only when both pass. */
async function save(): Promise<void> {
  pristine = false;
  saveBtn.disabled = true;
  say('Checking…');
  try {
    clearTimeout(jqlTimer);
    await checkJql();
    const r = await validate(form.read());
    configErrors = r.ok ? [] : r.errors;
    applyErrors();
    if (!r.ok || jiraErrors.size > 0) {
      say('Not saved: fix the fields marked in red.');
      form.focusFirstError();
      return;
    }
    await view.submit(r.config);
    say('Saved.');
  } catch (e) {
    say(`Not saved: ${e instanceof Error ? e.message : 'the dashboard refused the settings'}. The gadget keeps its previous settings.`);
  } finally {
    saveBtn.disabled = false;
  }
}
saveBtn.addEventListener('click', () => void save());

cancelBtn.addEventListener('click', () => void view.close().catch(() => say('This view cannot be closed from here.')));

showBtn.addEventListener('click', () => {
  json.value = JSON.stringify(form.read(), null, 2);
  jsonError.textContent = '';
});

exportBtn.addEventListener('click', () => {
  const draft = form.read();
  const name = exportFilename(draft.title, 'json');
  saveFile(new Blob([JSON.stringify(draft, null, 2) + '\n'], { type: 'application/json' }), name);
});

/** Replaces the form with the pasted JSON after the server has validated it. */
async function applyJson(): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.value);
  } catch (e) {
    jsonError.textContent = `This is not valid JSON: ${e instanceof Error ? e.message : 'parse error'}. Nothing was changed.`;
    json.focus();
    return;
  }
  try {
    const r = await validate(parsed);
    if (!r.ok) {
      const problems = r.errors.map((e) => `${e.path}: ${e.message}`).join(' ');
      jsonError.textContent = `These settings cannot be used (nothing was changed): ${problems}`;
      json.focus();
      return;
    }
    form.fill(r.config);
    jsonError.textContent = '';
    say('Settings imported. Check the preview, then Save.');
    pristine = false;
    schedulePreview(0);
    scheduleJqlCheck();
  } catch {
    jsonError.textContent = 'The settings could not be checked. Nothing was changed.';
  }
}
applyBtn.addEventListener('click', () => void applyJson());

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
  if (configured) {
    // The resolver migrates older versions (v1 → v2) and normalises; an invalid stored config is shown as it is.
    const checked = await validate(config).catch(() => null);
    if (checked?.ok) config = checked.config;
  }
  const kind = GADGET_KINDS.find((k) => moduleKey.includes(k)) ?? 'counter';
  form.fill(configured ? config : { kind, source: { type: 'jql', jql: '' }, metric: { type: kind === 'progress' ? 'ratio' : 'count' } });
  pristine = !configured;
  await updatePreview();
  if (configured) void checkJql();
  app.removeAttribute('aria-busy');
}

void start();
