/**
 * A UTF-16 surrogate without its other half (e.g. left by cutting a string inside an emoji). It is not
 * text: `encodeURIComponent` and Forge's `route` throw a URIError on it, and no file system can store
 * it in a name. Use with `replace` only (global). The views bundle this file: keep it plain data.
 */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
