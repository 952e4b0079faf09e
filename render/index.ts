/**
 * Public API of the render core (implemented by the render modules).
 * `render(spec, reading, options)` and `renderStatus(status, options)` return complete SVG strings.
 */
export type * from './types.ts';
