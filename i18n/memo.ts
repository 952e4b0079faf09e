/**
 * The one memo of the code that runs in the Forge function, the views and the tools: values made
 * once per key (Intl formatters, parsed messages, checked tags and zones), bounded.
 *
 * A module-level memo is module state: one runtime serves many sites and users and keeps it between
 * invocations, so it may hold nothing read from Jira (docs/architecture.md, "Isolation"). Each one is
 * reviewed at its site (the lint rule in eslint.config.js reports every module-level `memo(…)`).
 * It lives in i18n/ because every layer may import i18n/ (it imports nothing of ours).
 */

/** A memo: the value kept for `key`, or the one `make` returns, kept unless it is undefined. */
type Memo<K, V> = (key: K, make: () => V) => V;

/**
 * A memo holding at most `limit` values: when it is full, the next new value empties it first (keys
 * from input must never grow it without bound; the values are cheap to make again). An undefined
 * value is never kept, so an unusable input is not remembered.
 */
export function memo<K, V>(limit: number): Memo<K, V> {
  const values = new Map<K, V>();
  return (key, make) => {
    let value = values.get(key);
    if (value === undefined) {
      value = make();
      if (value === undefined) return value;
      if (values.size >= limit) values.clear();
      values.set(key, value);
    }
    return value;
  };
}
