/**
 * One Forge runtime serves many sites and users: module-level state may hold nothing read from Jira
 * or typed by a user unless keyed by installation and user (issue 14). functions/jql keeps none at
 * all — its former parse memo, shared by every site, made a repeated query measurably faster, a
 * timing signal across sites. Checked in the source (top-level declarations) and by behaviour.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { andJql } from '../../functions/jql/compose';
import { scanJql } from '../../functions/jql/scan';

const DIR = join(process.cwd(), 'functions/jql');

/** Why a top-level statement could hold state, or undefined when it cannot. */
function stateOf(statement: ts.Statement, file: ts.SourceFile): string | undefined {
  if (ts.isVariableStatement(statement)) {
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) return `mutable binding: ${statement.getText(file)}`;
    for (const d of statement.declarationList.declarations) {
      const init = d.initializer;
      const constant =
        init &&
        (ts.isLiteralExpression(init) ||
          ts.isNoSubstitutionTemplateLiteral(init) ||
          ts.isNumericLiteral(init) ||
          ts.isArrowFunction(init) ||
          ts.isFunctionExpression(init));
      if (!constant) return `a constant that is not a literal or a function: ${d.getText(file)}`;
    }
  }
  if (ts.isClassDeclaration(statement)) {
    const fields = statement.members.filter(
      (m) => ts.isPropertyDeclaration(m) && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword),
    );
    if (fields.length > 0) return `static fields in class ${statement.name?.text}`;
  }
  return undefined;
}

describe('functions/jql keeps no module-level state', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
  it('reads the folder', () => assert.ok(['compose.ts', 'grammar.ts', 'scan.ts'].every((f) => files.includes(f))));
  for (const name of files) {
    it(`${name}: top-level declarations are literals, functions and classes without static fields`, () => {
      const file = ts.createSourceFile(name, readFileSync(join(DIR, name), 'utf8'), ts.ScriptTarget.ES2022, true);
      assert.deepEqual(file.statements.map((s) => stateOf(s, file)).filter(Boolean), []);
    });
  }
  it('the check finds a memo like the one removed', () => {
    const memo = ts.createSourceFile('m.ts', 'const memo = new Map<string, string>();\nlet last = "";', ts.ScriptTarget.ES2022, true);
    assert.equal(memo.statements.map((s) => stateOf(s, memo)).filter(Boolean).length, 2);
  });

  it('every scan is computed afresh: nothing returned is shared with a later call', () => {
    const first = scanJql('project = "A" ORDER BY key');
    const second = scanJql('project = "A" ORDER BY key');
    assert.deepEqual(first, second);
    assert.notEqual(first, second);
    const bad = scanJql('summary ~ "x');
    if (!bad.ok) bad.errors.push('changed by a caller');
    assert.deepEqual(scanJql('summary ~ "x'), { ok: false, errors: ['A quoted string is not closed (add a double quote at its end): "x'] });
    assert.equal(andJql('a = 1 OR b = 2', 'c = 3'), '(a = 1 OR b = 2) AND (c = 3)');
  });
});
