/** A WOFF file imported `with { type: 'bytes' }` (webpack 5's asset/bytes module type): its bytes. */
declare module '*.woff' {
  const bytes: Uint8Array;
  export default bytes;
}
