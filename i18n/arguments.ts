/**
 * The arguments of a catalogue message, read from the English message's text by the compiler: a key
 * with its values (a {@link Said}) is checked like a call, so a wrong key, a missing value or a value
 * the message does not have fails to compile. Types only: nothing of this file exists at run time.
 *
 * The scan follows i18n/message.ts's grammar: `{name}` is an argument, `{name, plural|select, …}`
 * one whose options (`one {…}`, `=0 {…}`, `other {…}`) are messages again (their own `{arguments}`
 * count too; an option's text such as `{day}` does not). The catalogue has no quoted braces (`'{`),
 * which this scan does not read; test/i18n checks the arguments against the parser's.
 */
import type { en } from './messages/en';
import type { MessageKey } from './messages/en';

/** Where the scan is: in text, in an argument's name, after its name (its type), between its options. */
type Mode = 'text' | 'name' | 'type' | 'options';

/**
 * The argument names of message `S`: one character per step (tail-recursive, so long messages are
 * fine); `Depth` counts the options whose text the scan is in, `Name` the name read so far.
 */
type Scan<
  S extends string,
  M extends Mode = 'text',
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
      ? C extends '}'
        ? Scan<Rest, 'text', Depth, '', Found | Trim<Name>>
        : C extends ','
          ? Scan<Rest, 'type', Depth, '', Found | Trim<Name>>
          : Scan<Rest, 'name', Depth, `${Name}${C}`, Found>
      : M extends 'type'
        ? C extends ','
          ? Scan<Rest, 'options', Depth, '', Found>
          : C extends '}'
            ? Scan<Rest, 'text', Depth, '', Found>
            : Scan<Rest, 'type', Depth, '', Found>
        : C extends '{'
          ? Scan<Rest, 'text', [0, ...Depth], '', Found>
          : C extends '}'
            ? Scan<Rest, 'text', Depth, '', Found>
            : Scan<Rest, 'options', Depth, '', Found>
  : Found;

type Trim<S extends string> = S extends ` ${infer T}` ? Trim<T> : S extends `${infer T} ` ? Trim<T> : S;

/** The argument names of catalogue message `K` (`never` when it has none). */
export type ArgumentsOf<K extends MessageKey> = Scan<(typeof en)[K]>;

/** A value of a message's argument: text, a number, or another message (a setting's name in a sentence). */
type Value = string | number | Said;

/** Catalogue message `K` with its values: exactly its arguments, each given. */
type SaidOf<K extends MessageKey> = [ArgumentsOf<K>] extends [never]
  ? { readonly key: K; readonly values?: undefined }
  : { readonly key: K; readonly values: { readonly [A in ArgumentsOf<K>]: Value } };

/**
 * What the server says, before it is said in a language: a catalogue key and its values. Any key
 * with the values its message needs (a union over every key: an object literal is checked against
 * the member its `key` names).
 */
export type Said = { [K in MessageKey]: SaidOf<K> }[MessageKey];

/** The values argument of catalogue message `K`: required when it has arguments, absent when it has none. */
export type ValuesArgument<K extends MessageKey> = [ArgumentsOf<K>] extends [never] ? [] : [values: SaidOf<K>['values']];
