/**
 * The arguments of a catalogue message, read from the English message's text by the compiler (types
 * only), so a key with its values (a {@link Said}) is checked like a call: a wrong key, a missing value
 * or one the message does not have fails to compile. As i18n/message.ts parses: `{name}` is an
 * argument, and so is `{name, plural|select, …}`, whose options (`one {…}`, `other {…}`) are messages
 * again (an option's text such as `{day}` is not an argument). Quoted braces (`'{`) are not read; the
 * catalogue has none, and test/architecture/error-shape.test.ts checks every key against the parser.
 */
import type { messages as en, MessageKey } from './en/messages';

/** One character per step (tail-recursive): in text, in a name, after it (its type), between options; `Depth` counts open options. */
type Scan<
  S extends string,
  M = 'text',
  Depth extends 0[] = [],
  Name extends string = '',
  Found extends string = never,
> = S extends `${infer C}${infer Rest}`
  ? M extends 'text'
    ? C extends '{'
      ? Scan<Rest, 'name', Depth, '', Found>
      : C extends '}'
        ? Depth extends [0, ...infer Outer extends 0[]]
          ? Scan<Rest, 'options', Outer, '', Found>
          : Scan<Rest, 'text', Depth, '', Found>
        : Scan<Rest, 'text', Depth, '', Found>
    : M extends 'name'
      ? C extends '}' | ','
        ? Scan<Rest, C extends '}' ? 'text' : 'type', Depth, '', Found | Trim<Name>>
        : Scan<Rest, 'name', Depth, `${Name}${C}`, Found>
      : M extends 'type'
        ? Scan<Rest, C extends ',' ? 'options' : C extends '}' ? 'text' : 'type', Depth, '', Found>
        : C extends '{'
          ? Scan<Rest, 'text', [0, ...Depth], '', Found>
          : Scan<Rest, C extends '}' ? 'text' : 'options', Depth, '', Found>
  : Found;

type Trim<S extends string> = S extends ` ${infer T}` ? Trim<T> : S extends `${infer T} ` ? Trim<T> : S;

/** The argument names of catalogue message `K` (`never` when it has none). */
export type ArgumentsOf<K extends MessageKey> = Scan<(typeof en)[K]>;

/** Catalogue message `K` with exactly its values; a value may be another message (a setting's name in a sentence). */
type SaidOf<K extends MessageKey> = [ArgumentsOf<K>] extends [never]
  ? { readonly key: K; readonly values?: undefined }
  : { readonly key: K; readonly values: { readonly [A in ArgumentsOf<K>]: string | number | Said } };

/** What the server says, before it is said in a language: a catalogue key and its values (checked against the member its `key` names). */
export type Said = { [K in MessageKey]: SaidOf<K> }[MessageKey];

/** The values argument of message `K`: required when it has arguments, absent when it has none. */
export type ValuesArgument<K extends MessageKey> = [ArgumentsOf<K>] extends [never] ? [] : [values: SaidOf<K>['values']];
