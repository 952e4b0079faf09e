/**
 * A failure whose words are a catalogue message (i18n/messages), so the card says it in the viewer's
 * language; `message` holds the English, for logs and callers without a locale.
 */
import { translator, type MessageKey, type Values } from '../i18n/index';
import type { ErrorCode } from './contract';
import { GlanceError } from './errors';

export class ToldError extends GlanceError {
  constructor(
    code: ErrorCode,
    readonly key: MessageKey,
    readonly values: Values = {},
    /** The setting that can fix it (the edit form marks that field). */
    readonly path?: string,
    /** The card's headline in place of the code's usual one (with the same `values`). */
    readonly headline?: MessageKey,
  ) {
    super(code, translator('en')(key, values));
    this.name = 'ToldError';
  }

  /** The words in `locale`'s language. */
  words(locale?: string): string {
    return translator(locale)(this.key, this.values);
  }

  /** The headline in `locale`'s language, when this failure has its own. */
  headlineWords(locale?: string): string | undefined {
    return this.headline && translator(locale)(this.headline, this.values);
  }
}
