/**
 * Rendering a post model through a Liquid template (a preset or the author's
 * own). LiquidJS interprets templates: it has no `eval` or `new Function`,
 * so it runs under an extension's Content Security Policy, and a template
 * can only read the model, never run code.
 */
import { Context, type Emitter, Liquid, LiquidError, toValue, toValueSync } from 'liquidjs';
import { POST_FILTERS } from './filters';
import type { PostModel } from './types';

/** Why a render failed when it is not the template's own mistake: it asked too much. */
export type RenderLimitReason = 'too-large';

export type RenderResult =
  | { ok: true; text: string }
  | { ok: false; message: string; line?: number; reason?: RenderLimitReason };

/**
 * The longest post a template may produce, in characters (5 MB of ASCII).
 * A month of a thousand entries is a few hundred kilobytes; past this the
 * page would spend seconds showing it, and a browser tab can crash.
 */
export const OUTPUT_LIMIT = 5_000_000;

/**
 * One engine for every render (filters are registered once).
 * - `templates: {}`: include/render/layout look in an empty in-memory map,
 *   never in the file system or, in the browser build, over the network;
 * - `strictFilters`: a misspelt filter is an error with its line, not a
 *   silently unescaped value;
 * - `strictVariables`: a misspelt variable (`entrie.title`) or a property the
 *   model does not have (`title.constructor`) is an error, not an empty
 *   string; `lenientIf` keeps `{% if entry.x %}` and `| default` as ways to
 *   test for presence;
 * - `ownPropertyOnly` (LiquidJS's default, made explicit): prototype
 *   properties are not the model's, so they do not exist;
 * - limits: the preview renders on each keystroke, so a runaway template
 *   (`{% for i in (1..1000000000) %}`) must fail fast. The render limit is
 *   in milliseconds, below the page's own budget for a render.
 */
function createEngine(): Liquid {
  const engine = new Liquid({
    templates: {},
    strictFilters: true,
    strictVariables: true,
    lenientIf: true,
    ownPropertyOnly: true,
    parseLimit: 200_000,
    renderLimit: 1_500,
    memoryLimit: 10_000_000,
  });
  for (const [name, filter] of Object.entries(POST_FILTERS)) {
    engine.registerFilter(name, chargedFilter(filter));
  }
  return engine;
}

/**
 * The post's own filters count the text they are given against the memory
 * limit, as LiquidJS's built-in string filters do: a template cannot grow a
 * string by doubling it and hand it to a filter that copies it.
 */
function chargedFilter(filter: (value: unknown, ...args: unknown[]) => unknown) {
  return function (this: { context: Context }, value: unknown, ...args: unknown[]) {
    const length = (value as { length?: unknown } | null | undefined)?.length;
    if (typeof length === 'number') this.context.memoryLimit.use(length);
    return filter(value, ...args);
  };
}

/** LiquidJS's output, with a ceiling: writing past `limit` characters stops the render. */
class BoundedEmitter implements Emitter {
  buffer = '';
  constructor(private readonly limit: number) {}
  write(html: unknown): void {
    const text = outputText(html);
    if (this.buffer.length + text.length > this.limit) throw new OutputLimitError(this.limit);
    this.buffer += text;
  }
}

/** As LiquidJS prints a value: nil as nothing, an array as its items joined. */
function outputText(html: unknown): string {
  const value = toValue(html);
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(outputText).join('');
  return String(value);
}

class OutputLimitError extends Error {
  constructor(readonly limit: number) {
    super(`The post is longer than ${limit.toLocaleString('en')} characters.`);
  }
}

let shared: Liquid | undefined;

export interface RenderLimits {
  /** Characters; OUTPUT_LIMIT unless a test asks for less. */
  output?: number;
}

/**
 * The post as text, or the template's error with its line. Line endings are
 * `\n` and the text ends with exactly one `\n`, whatever the template's own
 * last lines.
 */
export function renderPost(
  model: PostModel,
  template: string,
  limits: RenderLimits = {},
): RenderResult {
  shared ??= createEngine();
  const engine = shared;
  try {
    const context = new Context(model, engine.options, { sync: true }, { liquid: engine });
    const emitter = new BoundedEmitter(limits.output ?? OUTPUT_LIMIT);
    toValueSync(engine.renderer.renderTemplates(engine.parse(template), context, emitter));
    return { ok: true, text: `${emitter.buffer.replace(/\r\n?/g, '\n').trimEnd()}\n` };
  } catch (error) {
    return templateError(error);
  }
}

function templateError(error: unknown): RenderResult {
  const limit = error instanceof LiquidError ? error.originalError : error;
  if (limit instanceof OutputLimitError) {
    return { ok: false, message: limit.message, reason: 'too-large' };
  }
  if (error instanceof LiquidError) {
    const line = error.token?.getPosition?.()[0];
    return typeof line === 'number'
      ? { ok: false, message: error.message, line }
      : { ok: false, message: error.message };
  }
  return { ok: false, message: error instanceof Error ? error.message : String(error) };
}
