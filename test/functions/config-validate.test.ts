import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateInEnglish as validate } from '../helpers/in-english';
import { hasNoIssues, isUnconfigured, kindOfModule, withModuleKind } from '../../functions/config/stored';

const base = { version: 1, kind: 'counter', source: { type: 'jql', jql: 'project = ABC' }, metric: { type: 'count' } };
const withField = (patch: Record<string, unknown>) => ({ ...base, ...patch });

describe('validate: accepted configurations', () => {
  const cases: [string, unknown, Record<string, unknown>][] = [
    ['minimal count', base, { source: { type: 'jql', jql: 'project = ABC' } }],
    ['a gauge target without a maximum (the scale follows it)', withField({ kind: 'gauge', target: 300 }), { target: 300 }],
    ['a counter target is not on a scale', withField({ max: 100, target: 300 }), { target: 300 }],
    [
      'trims JQL and title; drops empty title',
      withField({ title: '  ', source: { type: 'jql', jql: '  project = ABC ORDER BY key ' } }),
      { source: { type: 'jql', jql: 'project = ABC ORDER BY key' } },
    ],
    [
      'filter id as number becomes text',
      withField({ source: { type: 'filter', filterId: 10042 } }),
      { source: { type: 'filter', filterId: '10042' } },
    ],
    [
      'project key upper-cased, preset kept',
      withField({ source: { type: 'project', projectKey: 'abc', preset: 'open-bugs' } }),
      { source: { type: 'project', projectKey: 'ABC', preset: 'open-bugs' } },
    ],
    [
      'v1 sum of a custom field becomes an aggregate',
      withField({ metric: { type: 'sum', fieldId: 'customfield_10016' } }),
      { metric: { type: 'aggregate', op: 'sum', fieldId: 'customfield_10016' } },
    ],
    [
      'ratio with done JQL and segments',
      withField({ kind: 'progress', metric: { type: 'ratio', doneJql: 'resolution is not EMPTY', segments: true } }),
      { metric: { type: 'ratio', doneJql: 'resolution is not EMPTY', segments: true } },
    ],
    [
      'colours lower-cased',
      withField({
        thresholds: {
          base: '#AABBCC',
          steps: [
            { from: 1, color: 'red' },
            { from: 5, color: '#00FF00', label: 'ok' },
          ],
        },
      }),
      {
        thresholds: {
          base: '#aabbcc',
          steps: [
            { from: 1, color: 'red' },
            { from: 5, color: '#00ff00', label: 'ok' },
          ],
        },
      },
    ],
    ['refresh 0 means off', withField({ refresh: 0 }), {}],
    ['progress of a count with a max', withField({ kind: 'progress', max: 50 }), { max: 50 }],
    [
      'compare with label',
      withField({ compare: { source: { type: 'project', projectKey: 'ABC', preset: 'created-7d' }, label: 'vs last week' } }),
      { compare: { source: { type: 'project', projectKey: 'ABC', preset: 'created-7d' }, label: 'vs last week' } },
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const result = validate(input);
      assert.equal(result.ok, true, JSON.stringify(result));
      if (!result.ok) return;
      for (const [key, value] of Object.entries(expected))
        assert.deepEqual((result.config as unknown as Record<string, unknown>)[key], value, key);
      assert.equal(result.config.version, 2);
      assert.equal('refresh' in result.config && result.config.refresh === 0, false);
    });
  }
});

describe('validate: rejected configurations name every bad field', () => {
  const cases: [string, unknown, string[], RegExp?][] = [
    ['not an object', 'hello', ['config']],
    ['array', [], ['config']],
    ['no version', { kind: 'gauge' }, ['version'], /no version/],
    ['newer version', withField({ version: 3 }), ['version'], /newer Glance/],
    ['string version', withField({ version: '1' }), ['version'], /Unknown configuration version/],
    ['bad kind', withField({ kind: 'pie' }), ['kind'], /gauge, counter, progress/],
    ['unknown key', withField({ colour: 'red' }), ['colour'], /not a Glance setting/],
    ['long title', withField({ title: 'x'.repeat(201) }), ['title'], /at most 200/],
    ['title not text', withField({ title: 5 }), ['title']],
    ['empty JQL', withField({ source: { type: 'jql', jql: '' } }), ['source.jql'], /Enter a JQL query/],
    ['ORDER BY only is unbounded', withField({ source: { type: 'jql', jql: 'ORDER BY created' } }), ['source.jql'], /search restriction/],
    ['unparsable JQL', withField({ source: { type: 'jql', jql: 'project = (' } }), ['source.jql'], /not valid JQL/],
    ['JQL too long', withField({ source: { type: 'jql', jql: `summary ~ "${'a'.repeat(10_001)}"` } }), ['source.jql'], /too long/],
    ['filter id with letters', withField({ source: { type: 'filter', filterId: '12; DROP' } }), ['source.filterId']],
    ['project key with quote', withField({ source: { type: 'project', projectKey: 'AB" OR 1=1' } }), ['source.projectKey']],
    ['unknown preset', withField({ source: { type: 'project', projectKey: 'AB', preset: 'everything' } }), ['source.preset']],
    ['unknown source type', withField({ source: { type: 'board' } }), ['source.type']],
    ['missing source and metric', { version: 1, kind: 'gauge' }, ['source', 'metric']],
    ['sum without field', withField({ metric: { type: 'sum' } }), ['metric.fieldId'], /number field/],
    // The validator scans JQL (quotes, parentheses, a restriction); the edit view's validateJql asks the full grammar and Jira.
    [
      'bad done JQL',
      withField({ metric: { type: 'ratio', doneJql: 'status = "Done' } }),
      ['metric.doneJql'],
      /quoted string is not closed/,
    ],
    ['min >= max', withField({ min: 10, max: 10 }), ['max'], /greater than the minimum/],
    // Issue #25: a target of 300 on a 0–100 gauge was accepted and drawn at the end of the arc.
    ['gauge target above its maximum', withField({ kind: 'gauge', max: 100, target: 300 }), ['target'], /on the scale, from 0 to 100/],
    ['gauge target below its minimum', withField({ kind: 'gauge', min: 10, max: 20, target: 5 }), ['target'], /from 10 to 20/],
    ['NaN-like numbers', withField({ min: 'low', target: Infinity }), ['min', 'target']],
    ['colour not in palette', withField({ thresholds: { base: 'pink', steps: [] } }), ['thresholds.base'], /#rrggbb/],
    ['css injection colour', withField({ thresholds: { base: 'red;stroke:url(x)', steps: [] } }), ['thresholds.base']],
    [
      'steps not ascending',
      withField({
        thresholds: {
          base: 'red',
          steps: [
            { from: 5, color: 'amber' },
            { from: 5, color: 'green' },
          ],
        },
      }),
      ['thresholds.steps.1.from'],
      /go up/,
    ],
    [
      'too many steps',
      withField({ thresholds: { base: 'red', steps: Array.from({ length: 11 }, (_, i) => ({ from: i, color: 'green' })) } }),
      ['thresholds.steps'],
      /at most 10/,
    ],
    ['step without from', withField({ thresholds: { base: 'red', steps: [{ color: 'green' }] } }), ['thresholds.steps.0.from']],
    ['decimals out of range', withField({ format: { style: 'number', decimals: 7 } }), ['format.decimals']],
    ['unknown style', withField({ format: { style: 'roman' } }), ['format.style']],
    ['unit too long', withField({ format: { unit: 'u'.repeat(21) } }), ['format.unit']],
    ['refresh fraction', withField({ refresh: 1.5 }), ['refresh']],
    ['progress of a count without max', withField({ kind: 'progress' }), ['max'], /maximum/],
    [
      'v1 with a v2-only metric',
      withField({ metric: { type: 'aggregate', op: 'avg', fieldId: 'x' } }),
      ['metric.type'],
      /count, sum, ratio/,
    ],
    ['v1 with a v2-only setting', withField({ palette: 'colorblind' }), ['palette'], /not a Glance setting/],
    ['compare with bad source', withField({ compare: { source: { type: 'jql', jql: '' } } }), ['compare.source.jql']],
    [
      'every bad field at once',
      withField({ kind: 'x', title: 1, source: { type: 'jql', jql: '' }, metric: { type: 'avg' } }),
      ['kind', 'title', 'source.jql', 'metric.type'],
    ],
  ];
  for (const [name, input, paths, message] of cases) {
    it(name, () => {
      const result = validate(input);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.deepEqual(result.errors.map((e) => e.path).sort(), [...paths].sort());
      for (const e of result.errors) assert.ok(e.message.length > 5 && !/undefined|\[object/.test(e.message), e.message);
      if (message) assert.match(result.errors[0].message, message);
    });
  }
});

describe('stored configuration helpers', () => {
  it('detects an unconfigured gadget', () => {
    for (const raw of [undefined, null, {}]) assert.equal(isUnconfigured(raw), true);
    for (const raw of [{ version: 1 }, [], 'x']) assert.equal(isUnconfigured(raw), false);
  });
  it('derives the kind from the module key, which wins over a stored kind', () => {
    assert.equal(kindOfModule('glance-gauge'), 'gauge');
    assert.equal(kindOfModule('glance-pie'), undefined);
    assert.equal(kindOfModule(undefined), undefined);
    assert.deepEqual(withModuleKind({ version: 1 }, 'glance-progress'), { version: 1, kind: 'progress' });
    assert.deepEqual(withModuleKind({ version: 1, kind: 'gauge' }, 'glance-progress'), { version: 1, kind: 'progress' });
    assert.deepEqual(withModuleKind({ version: 1, kind: 'gauge' }, 'other-module'), { version: 1, kind: 'gauge' });
    assert.equal(withModuleKind('x', 'glance-gauge'), 'x');
  });
});

describe('hasNoIssues: a draft that names no issues yet (the edit preview asks what to count)', () => {
  it('is true for no source, a blank query, a filter or project not chosen; false once one is', () => {
    const cases: [unknown, boolean][] = [
      [{}, true],
      [{ source: { type: 'jql', jql: '  ' } }, true],
      [{ source: { type: 'filter' } }, true],
      [{ source: { type: 'project', projectKey: '' } }, true],
      [{ source: { type: 'jql', jql: 'project = ABC' } }, false],
      [{ source: { type: 'filter', filterId: '10042' } }, false],
      [{ source: { type: 'project', projectKey: 'ABC' } }, false],
    ];
    for (const [raw, want] of cases) assert.equal(hasNoIssues(raw), want, JSON.stringify(raw));
  });
});
