/**
 * One folder per language and one registry (i18n/languages.ts): every registered language has its
 * four catalogues and every language folder is registered; the catalogue maps and manifest.yml's
 * translations are what `npm run gen:i18n` makes of the registry; and the types force every key in
 * every language (a catalogue missing a key fails to compile, planted under the layers' tsconfig).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { LANGUAGES, REGISTRY } from '../../i18n/languages';
import { i18nSources, manifestWithTranslations } from '../../tools/gen-i18n';
import { compileUnder } from '../helpers/compile';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const I18N = join(ROOT, 'i18n');
const PARTS = ['messages.ts', 'form.ts', 'view.ts', 'manifest.json'];

describe('the language registry', () => {
  it('lists English first, each language with a Forge locale of its own language', () => {
    assert.equal(LANGUAGES[0], 'en');
    for (const language of LANGUAGES) assert.equal(REGISTRY[language].split('-')[0], language.split('-')[0], language);
  });

  it('every registered language is a folder with its four catalogues, and every language folder is registered', () => {
    for (const language of LANGUAGES) {
      for (const part of PARTS) assert.ok(existsSync(join(I18N, language, part)), `i18n/${language}/${part}`);
    }
    const folders = readdirSync(I18N, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'catalogues')
      .map((e) => e.name);
    assert.deepEqual(folders.sort(), [...LANGUAGES].sort());
  });

  it('the catalogue maps and manifest.yml are what `npm run gen:i18n` makes of it', async () => {
    for (const [path, text] of Object.entries(await i18nSources())) {
      assert.equal(readFileSync(join(ROOT, path), 'utf8'), text, `${path} is stale: run npm run gen:i18n`);
    }
  });

  it('a new line in the registry would change the maps and the manifest (the check is not vacuous)', async () => {
    const manifest = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');
    assert.equal(manifestWithTranslations(manifest), manifest);
    const stale = manifest.replace(/ {4}- key: ja-JP\n {6}path: .*\n/, '');
    assert.notEqual(stale, manifest);
    assert.equal(manifestWithTranslations(stale), manifest);
    const maps = await i18nSources();
    for (const part of ['messages', 'form', 'view']) {
      for (const language of LANGUAGES)
        assert.ok(maps[`i18n/catalogues/${part}.ts`].includes(`'../${language}/${part}'`), `${part} ${language}`);
    }
  });
});

describe('the types force every key in every language', () => {
  // Each part: its catalogue type, the German catalogue and one of its keys.
  const parts = [
    { file: 'messages', type: 'Catalogue', key: 'state.error' },
    { file: 'form', type: 'FormCatalogue', key: 'page.save' },
    { file: 'view', type: 'ViewCatalogue', key: 'view.retry' },
  ];
  const source = (p: (typeof parts)[number], lacking: boolean) =>
    `import type { ${p.type} } from './i18n/en/${p.file}';\nimport { ${p.file} } from './i18n/de/${p.file}';\n` +
    (lacking
      ? `const lacking: Omit<${p.type}, '${p.key}'> = ${p.file};\nexport const c: ${p.type} = lacking;\n`
      : `export const c: ${p.type} = ${p.file};\n`);
  let outputs: string[] | undefined;
  for (const [i, p] of parts.entries()) {
    it(`${p.file}: a catalogue with every key compiles, one without '${p.key}' does not`, () => {
      outputs ??= compileUnder(
        'tsconfig.render.json',
        parts.flatMap((q) => [source(q, false), source(q, true)]),
      );
      assert.equal(outputs[2 * i], '');
      assert.match(outputs[2 * i + 1], new RegExp(`TS2741: Property '"${p.key.replace('.', '\\.')}"' is missing`));
    });
  }
});
