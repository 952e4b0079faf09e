// Type-checked lint (typescript-eslint's recommendedTypeChecked) over every TypeScript folder, typed by
// the root tsconfig.json. `npm run lint`. It also holds the architecture's rules (docs/architecture.md,
// "Dependency directions", "Isolation"): which folder may import what, the shipped-file size limit, no
// dynamic code, and reviewed module state. test/architecture/lint-rules.test.ts plants a violation of
// each and checks that it is reported.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Folders that build, preview and check Glance; nothing shipped imports them. */
const DEVELOPER = ['dev', 'build', 'tools', 'support', 'test', 'bench'];
/** Folders whose code ships to Forge (the function) or to the browser (the views). */
const SHIPPED = ['functions', 'render', 'src', 'static', 'i18n'];
/**
 * What each folder may not import (the top folders a relative import may not reach), and for static/
 * the modules of functions/ and i18n/ it may bundle: everything else of those reaches it as types only.
 */
const FOLDER_RULES = {
  functions: { forbidden: DEVELOPER },
  src: { forbidden: DEVELOPER },
  render: { forbidden: ['functions', 'static', 'src', ...DEVELOPER] },
  i18n: { forbidden: ['functions', 'render', 'static', 'src', ...DEVELOPER] },
  static: {
    forbidden: ['render', 'src', ...DEVELOPER],
    // The only package the views bundle (pinned; build/build-static.ts slims it).
    packages: ['@forge/bridge'],
    // Small pure modules the views share with the server (their bundled size: test/static/bundle.test.ts).
    values: {
      functions: ['config/vocabulary', 'config/limits', 'export/filename', 'metrics/calendar', 'record'],
      // The message formatter, the locale rule, the form's English words and the view's few words in
      // every language; the form's other languages come from the `formWords` resolver.
      i18n: ['message', 'locale', 'en/form', 'view'],
    },
  },
  dev: { forbidden: [] },
  build: { forbidden: [] },
  tools: { forbidden: [] },
  support: { forbidden: ['test', 'bench'] },
  test: { forbidden: ['bench'] },
  bench: { forbidden: ['test'] },
};
/** Packages that keep data (Forge storage, KVS, SQL, events/queues) or phone home (TRUST.md, promise 4). */
const DATA_PACKAGES = '^@forge/(kvs|storage|sql|events|realtime|cache|metrics|egress)(/|$)';
const DATA_FOLDERS = ['functions', 'render', 'static', 'dev'];
/** Generated data, not code a reader carries on (tools/gen-char-widths.ts writes it). */
const GENERATED = ['render/char-widths.ts'];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The `@typescript-eslint/no-restricted-imports` options for a file `depth` folders deep in `folder`:
 * a relative import that climbs exactly `depth` levels reaches the repository's top, so the regular
 * expressions name the top folder it reaches exactly. `except` lifts the export's own boundaries for
 * the one file each allows.
 */
function importRestrictions(folder, depth, except = {}) {
  const up = `^(\\.\\./){${depth}}`;
  const { forbidden, values, packages } = FOLDER_RULES[folder];
  const patterns = [];
  const paths = [];
  if (forbidden.length > 0)
    patterns.push({
      regex: `${up}(${forbidden.join('|')})(/|$)`,
      message: `${folder}/ may not import this folder (docs/architecture.md, "Dependency directions").`,
    });
  for (const [from, allowed] of Object.entries(values ?? {}))
    patterns.push({
      regex: `${up}${from}/(?!(${allowed.map(escape).join('|')})$)`,
      allowTypeImports: true,
      message: `${folder}/ takes types from ${from}/ (import type) and values only from its reviewed small pure modules (docs/architecture.md).`,
    });
  if (packages)
    patterns.push({
      regex: `^(?!\\.|(${packages.map(escape).join('|')})$)`,
      message: `${folder}/ imports no package but ${packages.join(', ')}.`,
    });
  if (DATA_FOLDERS.includes(folder))
    patterns.push({ regex: DATA_PACKAGES, message: 'Glance keeps no data: no Forge storage or data-keeping package (TRUST.md).' });
  if (['functions', 'render', 'static'].includes(folder)) {
    if (!except.satori) {
      paths.push({ name: 'satori', message: 'satori is used by render/export.ts only (the export is loaded lazily).' });
      patterns.push({ regex: '^satori/', message: 'satori is used by render/export.ts only.' });
    }
    if (!except.renderExport)
      patterns.push({
        regex: '(^|/)render/export$|^\\./export$',
        allowTypeImports: true,
        message: 'The export reaches the render path only through the lazy import of functions/export/portable.ts.',
      });
    patterns.push({
      regex: '(^|/)export/portable$|^\\./portable$',
      message: "functions/export/portable.ts (satori, fonts) is loaded lazily: `await import('./portable')`, never statically.",
    });
  }
  return ['error', { paths, patterns }];
}

/** One config per folder and depth (files in `folder/a/b.ts` are 2 deep), plus the export's two exceptions. */
const importConfigs = Object.keys(FOLDER_RULES).flatMap((folder) => [
  ...[1, 2, 3, 4].map((depth) => ({
    files: [`${folder}/${'*/'.repeat(depth - 1)}*.ts`],
    rules: { '@typescript-eslint/no-restricted-imports': importRestrictions(folder, depth) },
  })),
]);
importConfigs.push(
  { files: ['render/export.ts'], rules: { '@typescript-eslint/no-restricted-imports': importRestrictions('render', 1, { satori: true }) } },
  {
    files: ['functions/export/portable.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': importRestrictions('functions', 2, { renderExport: true }) },
  },
);

/**
 * Module state of the code that runs in the Forge function (docs/architecture.md, "Isolation"): one
 * runtime serves many installations and users, and a warm environment keeps module-scope variables
 * from one tenant's invocation to the next (Atlassian, "Tenant data isolation in Forge apps":
 * https://developer.atlassian.com/platform/forge/tenant-data-isolation/), so module state may hold
 * nothing read from Jira or derived from a user's input.
 * Every module-level `let`/`var`, `new …` (Map, Set, Intl, …), empty `[]`/`{}` and `memo(…)` is
 * reported; each reviewed one carries an `eslint-disable-next-line no-restricted-syntax -- <why>`
 * saying why it may outlive a call (the reviewed allow-list, at the site).
 */
const MODULE_STATE =
  'Module state outlives the request: it may hold nothing read from Jira or derived from input. Review it and say why at the site (docs/architecture.md, "Isolation").';
const TOP = ':matches(Program, Program > ExportNamedDeclaration) > VariableDeclaration';
const moduleState = [
  { selector: `${TOP}[kind=/^(let|var)$/]`, message: MODULE_STATE },
  {
    selector: `${TOP}[kind=const] > VariableDeclarator > :matches(NewExpression, TSAsExpression > NewExpression, ArrayExpression[elements.length=0], ObjectExpression[properties.length=0], CallExpression[callee.name='memo']).init`,
    message: MODULE_STATE,
  },
  {
    selector: `${TOP}[kind=const] > VariableDeclarator > TSAsExpression.init > :matches(NewExpression, ArrayExpression[elements.length=0], ObjectExpression[properties.length=0])`,
    message: MODULE_STATE,
  },
];
/** What keeps Jira's answers: no time-to-live, retention or byte budget in functions/ (the last picture lives in the viewer's page). */
const noServerCache = {
  selector: 'Identifier[name=/^(ttlMs|retainMs|ByteBudget|UserCache|LAST_GOOD_MS)$/]',
  message: "No cache of Jira reads on the server: the last picture lives in the viewer's page (static/view/keep.ts).",
};
const noStorage = [
  {
    selector: `ImportExpression[source.value=/${DATA_PACKAGES.replaceAll('/', '\\/')}/]`,
    message: 'Glance keeps no data: no Forge storage (TRUST.md).',
  },
  {
    selector: "MemberExpression[object.name=/^(api|forgeApi)$/][property.name='storage']",
    message: 'Glance keeps no data: no Forge storage (TRUST.md).',
  },
  {
    selector: "CallExpression[callee.object.name='storage'][callee.property.name=/^(get|set|query|delete)$/]",
    message: 'Glance keeps no data: no Forge storage (TRUST.md).',
  },
];
/**
 * functions/jql keeps no module state at all (issue 14: a parse memo shared by every site made a
 * repeated query measurably faster, a timing signal across sites): top-level constants are literals
 * and functions, classes have no static fields.
 */
const jqlNoState = [
  {
    selector: `${TOP} > VariableDeclarator > :not(Literal, TemplateLiteral, ArrowFunctionExpression, FunctionExpression).init`,
    message: 'functions/jql keeps no module state: top-level constants are literals or functions.',
  },
  { selector: 'PropertyDefinition[static=true]', message: 'functions/jql keeps no module state: no static fields.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '**/dist/**', 'test/__snapshots__/**', 'test/__screenshots__/**', 'test/__output__/**'] },
  {
    files: ['{functions,render,i18n,static,src,build,tools,dev,support,test,bench}/**/*.ts', '*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore marks a deliberately unused binding (a parameter an interface imposes, a key
      // left out of a rest copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests, benches and dev/build tooling: not shipped to Forge.
    files: ['{test,bench,dev,build,tools,support}/**/*.ts'],
    rules: {
      // node:test's describe/it return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] },
      ],
      // They read JSON fixtures, resolver replies and package internals, which are `any` by nature.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Stubs implement async interfaces (Forge's, @forge/bundler's) without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      // assert.equal(obj.method, ...) and mocks pass methods around without calling them.
      '@typescript-eslint/unbound-method': 'off',
      // Messages and assertion labels interpolate arrays and fixture fields; a wrong string is harmless there.
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      // node:http servers and page listeners take async handlers; a rejection fails the test or dev run anyway.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  ...importConfigs,
  {
    // No dynamic code anywhere (the Forge CSP has no 'unsafe-eval' either); @typescript-eslint/no-implied-eval
    // comes with recommendedTypeChecked. `import { type X }` keeps an `import {}` under verbatimModuleSyntax:
    // a type-only import is written `import type`, so it is erased.
    files: ['**/*.ts'],
    rules: { 'no-eval': 'error', 'no-new-func': 'error', '@typescript-eslint/no-import-type-side-effects': 'error' },
  },
  {
    files: SHIPPED.map((f) => `${f}/**/*.ts`),
    ignores: GENERATED,
    rules: { 'max-lines': ['error', { max: 350 }] },
  },
  { files: ['render/**/*.ts', 'i18n/**/*.ts'], rules: { 'no-restricted-syntax': ['error', ...moduleState] } },
  { files: ['static/**/*.ts', 'dev/**/*.ts'], rules: { 'no-restricted-syntax': ['error', ...noStorage] } },
  { files: ['functions/**/*.ts'], rules: { 'no-restricted-syntax': ['error', ...moduleState, noServerCache, ...noStorage] } },
  {
    // The formula evaluator walks its own tree: no loaded code, no timers (the eval/Function trap: test/functions/formula.test.ts).
    files: ['functions/metrics/formula.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...moduleState,
        noServerCache,
        ...noStorage,
        { selector: 'ImportExpression', message: 'The formula code loads no code.' },
        { selector: 'CallExpression[callee.name=/^(setTimeout|setInterval)$/]', message: 'The formula code sets no timers.' },
      ],
    },
  },
  {
    files: ['functions/jql/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...moduleState, noServerCache, ...noStorage, ...jqlNoState] },
  },
);
