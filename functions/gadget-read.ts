/**
 * What reading one gadget yields (app.ts `readGadget`, shared by the `render` and `export` resolvers):
 * its validated configuration with the render inputs, or the status result `render` returns instead.
 */
import type { Reading, RenderSpec } from '../render/types';
import type { GadgetConfig } from './config/types';
import type { RenderResult } from './contract';

export type GadgetRead =
  { ok: true; config: GadgetConfig; spec: RenderSpec; reading: Reading; href?: string; at: number } | { ok: false; result: RenderResult };
