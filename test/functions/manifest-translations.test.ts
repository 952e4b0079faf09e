/**
 * The gadgets' titles and descriptions through Forge's manifest `translations` (Atlassian's
 * manifest reference, "Translations": `title: {i18n: key}`, `translations.resources[{key, path}]`,
 * `translations.fallback.default`). Checked with @forge/manifest's own validators (schema and
 * TranslationsValidator, the ones `forge lint` runs) and for what they leave out: the validator only
 * requires the keys in the default language's file, so every language is checked here.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import {
  AbstractValidationProcessor,
  FileValidator,
  ProcessorBuilder,
  SchemaValidator,
  TranslationsValidator,
  ValidationTypes,
  YamlValidator,
  type ValidatorInterface,
} from '@forge/manifest';
import { LANGUAGES, REGISTRY } from '../../i18n/languages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MANIFEST = join(ROOT, 'manifest.yml');

type Text = string | { i18n: string };
interface Manifest {
  modules: { 'jira:dashboardGadget': { key: string; title: Text; description: Text }[] };
  translations: { resources: { key: string; path: string }[]; fallback: Record<string, string | string[]> };
}

/**
 * The file, YAML, schema and translations steps of Forge's full validation, in its order: the very
 * validators of the full processor that `validate()` uses, which @forge/manifest's ProcessorBuilder
 * makes once per process (its static cache) — SchemaValidator compiles Forge's manifest schema
 * (~3 CPU seconds) when made, so manifest.test.ts in the same process does not compile it again.
 * `process` keeps no state between files (@forge/manifest AbstractValidationProcessor).
 */
class TranslationsProcessor extends AbstractValidationProcessor<unknown> {
  constructor() {
    const full = ProcessorBuilder.instance().withValidation(ValidationTypes.FULL).build() as unknown as {
      validators: ValidatorInterface<unknown, unknown>[];
    };
    const step = (kind: abstract new (...args: never[]) => unknown) => {
      const found = full.validators.find((v) => v instanceof kind);
      if (!found) throw new Error(`no ${kind.name} in @forge/manifest's full validation`);
      return found;
    };
    super([FileValidator, YamlValidator, SchemaValidator, TranslationsValidator].map(step));
  }
}

let processor: TranslationsProcessor | undefined;

/** Schema and translations validation of a manifest file (the validator reads translation files relative to the working directory). */
async function validateTranslations(file: string) {
  processor ??= new TranslationsProcessor();
  return processor.process(file);
}

/** The validation of manifest.yml with `edit` applied, in a temporary file. */
async function validateVariant(edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'glance-manifest-i18n-'));
  try {
    writeFileSync(join(dir, 'manifest.yml'), edit(readFileSync(MANIFEST, 'utf8')));
    return await validateTranslations(join(dir, 'manifest.yml'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('manifest translations', async () => {
  const result = await validateTranslations(MANIFEST);
  const manifest = result.manifestObject?.typedContent as Manifest;

  it('pass the schema and the translations validator: no errors, no warnings', () => {
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.success, true);
  });

  it('give every gadget title and description as an i18n key', () => {
    for (const gadget of manifest.modules['jira:dashboardGadget']) {
      const kind = gadget.key.replace('glance-', '');
      assert.deepEqual(gadget.title, { i18n: `gadget.${kind}.title` });
      assert.deepEqual(gadget.description, { i18n: `gadget.${kind}.description` });
    }
  });

  it('come in every registered language (at least English, German, French, Spanish, Japanese and Brazilian Portuguese), English the fallback', () => {
    const keys = manifest.translations.resources.map((r) => r.key);
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP', 'pt-BR']) assert.ok(keys.includes(locale), locale);
    assert.deepEqual(
      keys,
      LANGUAGES.map((l) => REGISTRY[l]),
    );
    assert.deepEqual(
      manifest.translations.resources.map((r) => r.path),
      LANGUAGES.map((l) => `i18n/${l}/manifest.json`),
    );
    assert.equal(manifest.translations.fallback.default, 'en-US');
  });

  it('every language file has every key the manifest uses, no other, each in its own words', () => {
    const keys = manifest.modules['jira:dashboardGadget']
      .flatMap((g) => [g.title, g.description])
      .map((t) => (t as { i18n: string }).i18n)
      .sort();
    const files = Object.fromEntries(
      manifest.translations.resources.map((r) => [r.key, JSON.parse(readFileSync(join(ROOT, r.path), 'utf8')) as Record<string, string>]),
    );
    for (const [locale, file] of Object.entries(files)) {
      assert.deepEqual(Object.keys(file).sort(), keys, locale);
      for (const key of keys) {
        assert.ok(typeof file[key] === 'string' && file[key].trim().length > 0, `${locale} ${key}`);
        assert.ok(file[key].length <= (key.endsWith('.title') ? 255 : 1000), `${locale} ${key} too long for the schema`);
        if (locale !== 'en-US' && key.endsWith('.description'))
          assert.notEqual(file[key], files['en-US'][key], `${locale} ${key} untranslated`);
      }
    }
  });

  it('the validator really checks the keys and the files (negative controls)', async () => {
    const missingKey = await validateVariant((t) => t.replace('i18n: gadget.gauge.title', 'i18n: gadget.gauge.nope'));
    assert.equal(missingKey.success, false);
    assert.ok(
      missingKey.errors?.some((e: { message: string }) => /gadget\.gauge\.nope/.test(e.message)),
      JSON.stringify(missingKey.errors),
    );
    const missingFile = await validateVariant((t) => t.replace('path: i18n/de/manifest.json', 'path: i18n/xx/manifest.json'));
    assert.equal(missingFile.success, false);
    const noTranslations = await validateVariant((t) => t.slice(0, t.indexOf('\ntranslations:')));
    assert.equal(noTranslations.success, false);
  });
});
