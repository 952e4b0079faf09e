/**
 * The build's bridge facade must hand static/ exactly the functions the public `@forge/bridge` barrel
 * exports (same objects), for the pinned version. If an upgrade moves a module file, this fails. The same
 * for the `@forge/i18n` facade that `view.getContext` is built with.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { BRIDGE_FILES, BRIDGE_MEMBERS, bridgeFile, facadeSource, FORGE_I18N_FILES, forgeI18nFacadeSource } from '../../build/build-static';

const require = createRequire(import.meta.url);
// The bridge modules grab the host's callBridge when loaded; give them one.
(globalThis as { __bridge?: unknown }).__bridge = { callBridge: async () => undefined };
const barrel = require('@forge/bridge') as Record<string, Record<string, unknown>>;

test('@forge/bridge is pinned to the version the facade was written for', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.dependencies['@forge/bridge'], '7.2.0');
  const installed = JSON.parse(readFileSync(new URL('../../node_modules/@forge/bridge/package.json', import.meta.url), 'utf8'));
  assert.equal(installed.version, '7.2.0');
});

test('every facade member is the very object the barrel exports', () => {
  for (const member of Object.keys(BRIDGE_FILES)) {
    const mod = require(bridgeFile(member)) as Record<string, unknown>;
    if (member.startsWith('view.')) {
      const name = member.slice(5);
      assert.equal(mod[name], barrel.view[name], member);
    } else {
      assert.equal(mod[member], barrel[member], member);
    }
  }
});

test('each view entry asks only for known members, and the facade exports them', () => {
  for (const members of Object.values(BRIDGE_MEMBERS)) {
    const src = facadeSource(members);
    for (const m of members) {
      assert.ok(src.includes(bridgeFile(m)), m);
    }
    assert.equal(
      src.includes('export const view'),
      members.some((m) => m.startsWith('view.')),
    );
  }
  assert.throws(() => facadeSource(['view.createAdfRendererIframeProps']), /no module file/);
});

test('the @forge/i18n facade gives getContext the very functions of the package, all it uses', () => {
  const getContextFile = bridgeFile('view.getContext');
  const index = createRequire(getContextFile).resolve('@forge/i18n');
  const i18n = require(index) as Record<string, unknown>;
  for (const [name, file] of Object.entries(FORGE_I18N_FILES)) {
    assert.equal((require(join(dirname(index), file)) as Record<string, unknown>)[name], i18n[name], name);
    assert.ok(forgeI18nFacadeSource().includes(join(dirname(index), file)), file);
  }
  // Every member getContext.js takes from @forge/i18n is in the facade (a missing one would also fail the build).
  const source = readFileSync(getContextFile, 'utf8');
  const alias = /const (\w+) = require\("@forge\/i18n"\)/.exec(source)?.[1];
  assert.ok(alias, 'getContext.js requires @forge/i18n');
  const used = [...new Set([...source.matchAll(new RegExp(`${alias}\\.(\\w+)`, 'g'))].map((m) => m[1]))];
  assert.deepEqual(used, Object.keys(FORGE_I18N_FILES));
  // No other module file the facade bundles takes anything from @forge/i18n.
  for (const member of Object.keys(BRIDGE_FILES).filter((m) => m !== 'view.getContext')) {
    assert.doesNotMatch(readFileSync(bridgeFile(member), 'utf8'), /@forge\/i18n/, member);
  }
});
