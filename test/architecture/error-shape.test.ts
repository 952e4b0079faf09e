/**
 * One error shape: the domain says what went wrong as a catalogue key with its values (functions/errors.ts
 * `Said`), typed against the English message. A wrong key, a missing value, a value the message does
 * not have, or values for a message without arguments fail to compile under functions/' tsconfig
 * (each planted mistake beside its correct twin, so a failure is the mistake's, not the harness's).
 * The same for the configuration's one source of shape: the keys a checker allows for a type are
 * exactly its members (functions/config/checker.ts `membersOf`).
 * The compiler's reading of every message's arguments (i18n/arguments.ts) is checked against the
 * parser's (i18n/message.ts `argumentsOf`), key by key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messages as en } from '../../i18n/en/messages';
import { argumentsOf, parseMessage } from '../../i18n/message';
import { compileUnder } from '../helpers/compile';

const HEAD =
  "import { GlanceError, said } from './functions/errors';\nimport { Checker, membersOf } from './functions/config/checker';\n" +
  'const c = new Checker();\nvoid c;\ntype T = { type: "x"; a: string; b?: number };\n';
const cases: { name: string; source: string; error?: RegExp }[] = [
  { name: 'a message with its values', source: "said('formula.noValue', { name: 'A' });" },
  { name: 'a message without arguments', source: "said('formula.divisionByZero');" },
  { name: 'a key no catalogue has', source: "said('formula.noValu', { name: 'A' });", error: /noValu/ },
  { name: 'a value left out', source: "said('formula.noValue');", error: /Expected 2 arguments|values/ },
  { name: 'a value the message does not have', source: "said('formula.noValue', { nam: 'A' });", error: /nam/ },
  { name: 'values for a message without arguments', source: "said('formula.divisionByZero', { x: 1 });", error: /Expected 1 argument/ },
  {
    name: 'an error with a plural and a list',
    source: "throw new GlanceError('INVALID_CONFIG', { key: 'sprint.several', values: { names: 'a, b', count: 2 } });",
  },
  {
    name: 'an error missing one value',
    source: "throw new GlanceError('INVALID_CONFIG', { key: 'sprint.several', values: { names: 'a, b' } });",
    error: /count/,
  },
  {
    name: "a checker's problem with a setting's name",
    source: "c.fail('title', 'config.tooLong', { field: { key: 'field.title' }, max: 80 });",
  },
  {
    name: "a checker's problem missing a value",
    source: "c.fail('title', 'config.tooLong', { field: { key: 'field.title' } });",
    error: /max/,
  },
  // The configuration's shape has one source, functions/config/types.ts: the keys a checker allows are its members.
  { name: 'configuration shape: every member allowed', source: "membersOf<T>()(['type', 'a', 'b']);" },
  { name: 'configuration shape: a member the checker forgot', source: "membersOf<T>()(['type', 'a']);", error: /Expected 2 arguments/ },
  { name: 'configuration shape: a key the type lacks', source: "membersOf<T>()(['type', 'a', 'b', 'c']);", error: /"c"/ },
];

const check = Object.entries(en).map(([key]) => {
  const names = [...argumentsOf(parseMessage(en[key as keyof typeof en])).keys()];
  return `check<${JSON.stringify(key)}, ${names.length > 0 ? names.map((n) => JSON.stringify(n)).join(' | ') : 'never'}>(true);`;
});
const ARGUMENTS =
  "import type { ArgumentsOf } from './i18n/arguments';\nimport type { MessageKey } from './i18n/index';\n" +
  'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;\n' +
  'declare function check<K extends MessageKey, Names>(same: Same<ArgumentsOf<K>, Names>): void;\n' +
  check.join('\n') +
  '\n';

let outputs: string[] | undefined;
const compiled = (): string[] =>
  (outputs ??= compileUnder('tsconfig.functions.json', [...cases.map((c) => HEAD + c.source + '\nexport {};\n'), ARGUMENTS]));

for (const [i, { name, error }] of cases.entries()) {
  test(`error shape: ${name} ${error ? 'fails to compile' : 'compiles'}`, () => {
    if (error) assert.match(compiled()[i], error, 'the mistake compiled');
    else assert.equal(compiled()[i], '');
  });
}

test(`error shape: the compiler reads the arguments of all ${check.length} messages as the parser does`, () => {
  assert.equal(compiled()[cases.length], '');
});
