/**
 * Rendering a post model through a Liquid template (a preset or the author's
 * own). LiquidJS interprets templates: it has no `eval` or `new Function`,
 * so it runs under an extension's Content Security Policy, and a template
 * can only read the model, never run code.
 */
import { Liquid, LiquidError } from 'liquidjs';
import { POST_FILTERS } from './filters';
import type { PostModel } from './types';

export type RenderResult =
  | { ok: true; text: string }
  | { ok: false; message: string; line?: number };

/**
 * One engine for every render (filters are registered once).
 * - `templates: {}`: include/render/layout look in an empty in-memory map,
 *   never in the file system or, in the browser build, over the network;
 * - `strictFilters`: a misspelt filter is an error with its line, not a
 *   silently unescaped value;
 * - `ownPropertyOnly` (LiquidJS's default, made explicit): `x.constructor`
 *   and other prototype properties read as nothing;
 * - limits: the preview renders on each keystroke, so a runaway template
 *   (`{% for i in (1..1000000000) %}`) must fail fast, not freeze the UI.
 */
function createEngine(): Liquid {
  const engine = new Liquid({
    templates: {},
    strictFilters: true,
    ownPropertyOnly: true,
    parseLimit: 1_000_000,
    renderLimit: 2_000,
    memoryLimit: 20_000_000,
  });
  for (const [name, filter] of Object.entries(POST_FILTERS)) engine.registerFilter(name, filter);
  return engine;
}

let shared: Liquid | undefined;

/**
 * The post as text, or the template's error with its line. Synchronous, so
 * the UI can preview on each keystroke. Line endings are `\n` and the text
 * ends with exactly one `\n`, whatever the template's own last lines.
 */
export function renderPost(model: PostModel, template: string): RenderResult {
  shared ??= createEngine();
  try {
    const output = String(shared.parseAndRenderSync(template, model));
    return { ok: true, text: `${output.replace(/\r\n?/g, '\n').trimEnd()}\n` };
  } catch (error) {
    return templateError(error);
  }
}

function templateError(error: unknown): RenderResult {
  if (error instanceof LiquidError) {
    const line = error.token?.getPosition?.()[0];
    return typeof line === 'number'
      ? { ok: false, message: error.message, line }
      : { ok: false, message: error.message };
  }
  return { ok: false, message: error instanceof Error ? error.message : String(error) };
}
