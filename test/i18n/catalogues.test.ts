/**
 * The catalogues (i18n/<language>/messages.ts, form.ts and view.ts): every key in every language, every message parses, the same
 * arguments as English (none missing, none extra, selects stay selects), plural options that exist in
 * the language (Intl.PluralRules), and no key that the code never asks for.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUES, LANGUAGES, translator } from '../../i18n/index';
import { FORM_CATALOGUES } from '../../i18n/form';
import { VIEW_CATALOGUES } from '../../i18n/view';
import { argumentsOf, parseMessage, pluralKeysOf } from '../../i18n/message';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The three sets: the server's words (render/, functions/), the edit form's (static/edit) and the view's (static/view). */
const SETS = [
  {
    name: 'server catalogues',
    catalogues: CATALOGUES as Record<string, Record<string, string>>,
    sameWords: { fr: ['trend.points', 'expected.points'], es: ['state.error'], de: ['field.variable'] } as Record<string, string[]>,
  },
  {
    name: 'edit form catalogues',
    catalogues: FORM_CATALOGUES as Record<string, Record<string, string>>,
    sameWords: {
      de: [
        'gadget.legend',
        'formula.variable',
        'expected.versionLabel',
        'scale.min',
        'scale.max',
        'palette.default',
        'format.decimalsAuto',
        'colours.name',
        'format.suffix',
        'expected.sprintPick',
        'expected.sprintUnlisted',
      ],
      fr: [
        'gadget.legend',
        'gadget.kind',
        'formula.variable',
        'trend.points',
        'expected.versionLabel',
        'scale.min',
        'scale.max',
        'palette.default',
        'format.style',
        'format.decimalsAuto',
        'format.unitPlaceholder',
        'preset.storyPoints.unit',
        'expected.sprintPick',
        'expected.sprintUnlisted',
      ],
      es: [
        'gadget.legend',
        'formula.variable',
        'format.decimalsAuto',
        'format.unitPlaceholder',
        'preset.storyPoints.unit',
        'expected.sprintPick',
        'expected.sprintUnlisted',
      ],
      ja: [],
      'pt-BR': [
        'gadget.legend',
        'format.decimalsAuto',
        'format.unitPlaceholder',
        'preset.storyPoints.unit',
        'expected.sprintPick',
        'expected.sprintUnlisted',
      ],
    } as Record<string, string[]>,
  },
  {
    name: 'view catalogues',
    catalogues: VIEW_CATALOGUES as Record<string, Record<string, string>>,
    sameWords: {} as Record<string, string[]>,
  },
];

for (const set of SETS) {
  const english = set.catalogues.en;
  const KEYS = Object.keys(english);
  describe(set.name, () => {
    it('exist for every registered language, at least English, German, French, Spanish, Japanese and Brazilian Portuguese', () => {
      for (const language of ['en', 'de', 'fr', 'es', 'ja', 'pt-BR'])
        assert.ok((LANGUAGES as readonly string[]).includes(language), language);
      assert.deepEqual(Object.keys(set.catalogues).sort(), [...LANGUAGES].sort());
    });

    for (const language of LANGUAGES) {
      describe(language, () => {
        const catalogue = set.catalogues[language];
        it('has every key of the English catalogue and no other', () => {
          assert.deepEqual(Object.keys(catalogue).sort(), [...KEYS].sort());
        });
        it('has no empty message and no English left in the place of a translation', () => {
          for (const key of KEYS) assert.ok(catalogue[key].trim() !== '' || english[key].trim() === '', `${language} ${key} is empty`);
          if (language === 'en') return;
          // Arguments and symbols alone are the same everywhere; so are a few words (checked by hand).
          const same = KEYS.filter(
            (key) =>
              catalogue[key] === english[key] &&
              /[A-Za-z]{3,}/.test(english[key].replace(/\{[^{}]*\}/g, '')) &&
              !set.sameWords[language]?.includes(key),
          );
          assert.deepEqual(same, [], `${language}: untranslated`);
        });
        it("every message parses, with English's arguments and the language's plural forms", () => {
          const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
          for (const key of KEYS) {
            const parts = parseMessage(catalogue[key]);
            const mine = argumentsOf(parts);
            const theirs = argumentsOf(parseMessage(english[key]));
            assert.deepEqual([...mine.keys()].sort(), [...theirs.keys()].sort(), `${key}: the same argument names`);
            for (const [name, kind] of theirs) {
              // A select's values are words ("above"): printed as text they would show English.
              if (kind === 'select') assert.equal(mine.get(name), 'select', `${key}: ${name} stays a select`);
              if (mine.get(name) === 'select') assert.equal(kind, 'select', `${key}: ${name} is a select in English too`);
            }
            for (const option of pluralKeysOf(parts)) {
              assert.ok(
                /^=\d+$/.test(option) || categories.includes(option),
                `${key}: plural option "${option}" does not exist in ${language} (${categories.join(', ')})`,
              );
            }
          }
        });
      });
    }
  });
}

/** Our product source files (what ships and the tools around it), not tests and not the catalogues (the language folders). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'node_modules' || ((LANGUAGES as readonly string[]).includes(name) && dir === join(ROOT, 'i18n'))
        ? []
        : sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

describe('catalogue keys and the code', () => {
  const files = ['render', 'functions', 'static', 'dev', 'i18n'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
  const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');

  it('every key is asked for somewhere in the code (as a quoted literal, so keys are never built from pieces)', () => {
    const unused = SETS.flatMap((set) => Object.keys(set.catalogues.en)).filter((key) => !source.includes(`'${key}'`));
    assert.deepEqual(
      unused,
      [],
      `unused keys (searched ${files.length} files: ${files
        .slice(0, 3)
        .map((f) => relative(ROOT, f))
        .join(', ')}, …)`,
    );
  });

  it('a key the scan would miss fails it (the scan is not vacuous)', () => {
    assert.equal(source.includes(`'status.noSuchKey'`), false);
    assert.ok(source.includes(`'status.notConfigured'`));
  });
});

describe('translator', () => {
  it('chooses the catalogue by language, falling back to English', () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'No data'],
      ['en-US', 'No data'],
      ['de', 'Keine Daten'],
      ['de_DE', 'Keine Daten'],
      ['de-AT', 'Keine Daten'],
      ['fr-CA', 'Aucune donnée'],
      ['es_MX', 'Sin datos'],
      ['ja-JP', 'データなし'],
      ['ja_JP', 'データなし'],
      ['pt-BR', 'Sem dados'],
      ['pt_BR', 'Sem dados'],
      ['pt-PT', 'Sem dados'],
      ['zh-CN', 'No data'],
      ['', 'No data'],
      ['x'.repeat(100), 'No data'],
      ['not a locale!', 'No data'],
    ];
    for (const [locale, words] of cases) assert.equal(translator(locale)('state.empty'), words, String(locale));
  });

  it('formats numbers in messages in the full locale (grouping of de-DE, plural of the language)', () => {
    assert.equal(translator('de-DE')('trend.points', { count: 1234 }), '1.234 Punkte');
    assert.equal(translator('de-CH')('trend.points', { count: 1234 }), `${new Intl.NumberFormat('de-CH').format(1234)} Punkte`);
    assert.notEqual(translator('de-CH')('trend.points', { count: 1234 }), '1.234 Punkte');
    assert.equal(translator('en')('trend.points', { count: 1 }), '1 point');
    assert.equal(translator('fr')('trend.a11yMissing', { count: 0 }), '0 point manquant');
    assert.equal(translator('ja')('trend.points', { count: 3 }), '3 点');
  });
});
