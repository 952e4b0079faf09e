/**
 * The resolver contract is one typed definition (functions/contract.ts `GlanceResolvers`): a view that
 * calls a resolver by a wrong name, with a wrong payload, or reads a field its result lacks fails to
 * compile under the views' own tsconfig. Each planted call is checked both ways: the correct one
 * compiles (so a failure is the mistake's, not the harness's).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileUnder } from '../helpers/compile';

const HEAD = "import { call } from './static/shared/resolvers';\n";
const cases: { name: string; source: string; error?: RegExp }[] = [
  {
    name: 'a render with its payload, reading its result',
    source:
      "export const f = async () => { const r = await call('render', { colorMode: 'dark', width: 300 }); return r.ok ? r.links : r.code; };",
  },
  {
    name: 'a resolver name nobody defines',
    source: "export const f = () => call('renderr', {});",
    error: /renderr/,
  },
  {
    name: 'a payload field of the wrong type',
    source: "export const f = () => call('render', { colorMode: 'blue' });",
    error: /colorMode|"blue"/,
  },
  {
    name: 'a required payload field left out',
    source: "export const f = () => call('validateJql', { locale: 'de' });",
    error: /jql/,
  },
  {
    name: "a field the result doesn't have",
    source: "export const f = async () => (await call('validateJql', { jql: 'x' })).options;",
    error: /options/,
  },
  {
    name: 'a picker read without checking ok',
    source: "export const f = async () => (await call('fieldOptions', {})).options.length;",
    error: /options/,
  },
];

let outputs: string[] | undefined;
for (const [i, { name, error }] of cases.entries()) {
  test(`contract: ${name} ${error ? 'fails to compile' : 'compiles'}`, () => {
    outputs ??= compileUnder(
      'tsconfig.static.json',
      cases.map((c) => HEAD + c.source + '\n'),
    );
    if (error) assert.match(outputs[i], error, 'the mistake compiled');
    else assert.equal(outputs[i], '');
  });
}

const SERVER_HEAD =
  "import { Resolver } from './functions/resolver';\nimport { defineGuarded } from './functions/guard';\nconst r = new Resolver();\n";
const serverCases: { name: string; source: string; error?: RegExp }[] = [
  {
    name: 'a resolver defined with its result type',
    source:
      "defineGuarded(r, 'formWords', () => ({ ok: true, language: 'en', words: {} }), () => ({ ok: true, language: 'en', words: {} }));",
  },
  {
    name: "a resolver answering another resolver's result",
    source: "defineGuarded(r, 'formWords', () => ({ ok: true, options: [] }), () => ({ ok: true, options: [] }));",
    error: /options|language/,
  },
];

let serverOutputs: string[] | undefined;
for (const [i, { name, error }] of serverCases.entries()) {
  test(`contract (server): ${name} ${error ? 'fails to compile' : 'compiles'}`, () => {
    serverOutputs ??= compileUnder(
      'tsconfig.functions.json',
      serverCases.map((c) => SERVER_HEAD + c.source + '\nexport {};\n'),
    );
    if (error) assert.match(serverOutputs[i], error, 'the mistake compiled');
    else assert.equal(serverOutputs[i], '');
  });
}
