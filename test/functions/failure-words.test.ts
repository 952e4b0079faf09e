/**
 * The resolvers' edge (functions/failure.ts): the domain's one error shape (code,
 * catalogue key, values) becomes words there, once, in the viewer's language.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GlanceError, said } from '../../functions/errors';
import { failure, fieldErrors } from '../../functions/failure';
import { errorForStatus, JiraError } from '../../functions/jira/errors';
import { validate } from '../../functions/config/validate';
import { translator } from '../../i18n/index';

describe('failures in the viewer’s language', () => {
  it('a 400 without Jira’s words: our own words, in the viewer’s language', () => {
    assert.deepEqual(failure(errorForStatus(400, ''), 'de-DE'), {
      code: 'INVALID_JQL',
      detail: 'Jira konnte diese Abfrage nicht ausführen.',
    });
    assert.equal(failure(errorForStatus(404, ''), 'en').detail, 'Jira could not find it; it may have been deleted.');
  });

  it('Jira’s own words stay Jira’s, whatever the language', () => {
    const body = JSON.stringify({ errorMessages: ["Das Feld 'bogus' existiert nicht."], errors: {} });
    assert.equal(failure(errorForStatus(400, body), 'fr-FR').detail, "Das Feld 'bogus' existiert nicht.");
  });

  it('a finding with its own headline and the setting that fixes it', () => {
    const error = new GlanceError('NOT_FOUND', said('status.projectHiddenDetail'), {
      path: 'source.projectKey',
      headline: said('status.projectHidden', { project: 'OPS' }),
    });
    const { headline, detail } = failure(error, 'en');
    assert.equal(headline, 'Project OPS is not available to you');
    assert.match(detail ?? '', /Browse projects/);
    assert.equal(error.path, 'source.projectKey');
  });

  it('which rate limit, in the viewer’s language, with Jira’s wait', () => {
    const error = new JiraError('RATE_LIMITED', 'HTTP 429', { retryAfterSeconds: 12.2, limitReason: 'jira-burst-based' });
    assert.deepEqual(failure(error, 'en'), {
      code: 'RATE_LIMITED',
      detail: "Jira's per-second request limit was reached",
      retryInSeconds: 13,
    });
    assert.notEqual(failure(error, 'de').detail, failure(error, 'en').detail);
  });

  it('a code whose card says it all has no detail (the log line is not for the user)', () => {
    assert.deepEqual(failure(new JiraError('UNAVAILABLE', 'HTTP 503 from /rest/api/3/field'), 'en'), {
      code: 'UNAVAILABLE',
      detail: undefined,
    });
  });

  it("the configuration's problems: a setting's name inside a sentence, said in the same language", () => {
    const checked = validate({
      version: 2,
      kind: 'gauge',
      title: 42,
      source: { type: 'jql', jql: 'project = A' },
      metric: { type: 'count' },
    });
    assert.ok(!checked.ok);
    assert.deepEqual(checked.errors, [{ path: 'title', said: { key: 'config.mustBeText', values: { field: { key: 'field.title' } } } }]);
    const [en] = fieldErrors(checked, translator('en'));
    const [de] = fieldErrors(checked, translator('de'));
    assert.equal(en.message, 'The title must be text.');
    assert.ok(de.message !== en.message && !de.message.includes('title'), de.message);
  });
});
