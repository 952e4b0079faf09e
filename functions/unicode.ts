/**
 * A UTF-16 surrogate without its other half (e.g. left by cutting a string inside an emoji). It is not
 * text: `encodeURIComponent` and Forge's `route` throw a URIError on it. Use with `replace` only (global).
 */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
