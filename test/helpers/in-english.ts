/**
 * The domain reports what to say (a catalogue key and its values: functions/errors.ts `Said`); the
 * resolvers word it at their edge (functions/failure.ts). Tests that read the words use the same edge,
 * in English.
 */
import type { Said } from '../../i18n/arguments';
import { translator } from '../../i18n/index';
import { validate } from '../../functions/config/validate';
import type { FieldError, GadgetConfig } from '../../functions/config/types';
import { fieldErrors, wordsIn } from '../../functions/failure';

/** `said` in English words. */
export function english(said: Said): string {
  return wordsIn(said, 'en');
}

/** `validate` with its problems worded in English as the resolvers word them (without the "and N more" line). */
export function validateInEnglish(
  input: unknown,
): { ok: true; config: GadgetConfig } | { ok: false; errors: FieldError[]; omitted?: number } {
  const result = validate(input);
  if (result.ok) return result;
  return {
    ok: false,
    errors: fieldErrors({ errors: result.errors }, translator('en')),
    ...(result.omitted ? { omitted: result.omitted } : {}),
  };
}
