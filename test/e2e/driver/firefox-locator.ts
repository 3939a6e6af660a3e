import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Keyboard, KeyInput, Page } from 'puppeteer-core';
import type { E2eLocator, ElementLike, FilePayload, RoleOptions } from './types';

/**
 * Playwright's locators (the part the scenarios use) over puppeteer-core and
 * WebDriver BiDi, for Firefox: lazy, found again at each action, waited for.
 */

export const TIMEOUT = 10_000;
const POLL_MS = 50;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `probe` until it returns something other than undefined; errors count as not yet. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeout = TIMEOUT,
) {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error; // a page between two documents cannot be asked
    }
    await sleep(POLL_MS);
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? ` (${last})` : ''}`);
}

/** `Control+Enter` as Playwright names a chord, pressed through puppeteer's keyboard. */
export async function pressChord(keyboard: Keyboard, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const main = keys.pop() as KeyInput;
  for (const modifier of keys) await keyboard.down(modifier);
  await keyboard.press(main);
  for (const modifier of keys.reverse()) await keyboard.up(modifier);
}

type TextSpec = { text: string } | { source: string; flags: string };
const textSpec = (text: string | RegExp): TextSpec =>
  typeof text === 'string' ? { text } : { source: text.source, flags: text.flags };

type Step =
  | { kind: 'role'; role: string; options: RoleOptions }
  | { kind: 'text'; spec: TextSpec }
  | { kind: 'label'; text: string }
  | { kind: 'css'; selector: string };

type Handle = ElementHandle<Element>;

/**
 * Does this element's text match, as Playwright's getByText and hasText do?
 * Written out in each function sent to the page: functions cross to the page
 * as their own source, and the extension pages' CSP forbids rebuilding one there.
 */
async function query(root: Handle, step: Step): Promise<Handle[]> {
  switch (step.kind) {
    case 'css':
      return root.$$(step.selector);
    case 'role': {
      const { name } = step.options;
      // Firefox's own accessibility tree, through WebDriver BiDi's locateNodes.
      // A string name is matched whole; a pattern against the element's text or label.
      const found = await root.$$(
        `aria/${typeof name === 'string' ? name : ''}[role="${step.role}"]`,
      );
      if (!(name instanceof RegExp)) return found;
      const kept: Handle[] = [];
      for (const handle of found) {
        const label = await handle.evaluate(
          (element) => element.getAttribute('aria-label') ?? element.textContent ?? '',
        );
        if (name.test(label)) kept.push(handle);
      }
      return kept;
    }
    case 'label':
    case 'text': {
      const list = await root.evaluateHandle(
        (scope, kind, spec) => {
          const matches = (element: Element, wanted: TextSpec) => {
            const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
            return 'text' in wanted
              ? text.toLowerCase().includes(wanted.text.toLowerCase())
              : new RegExp(wanted.source, wanted.flags).test(text);
          };
          const start = scope === document.documentElement ? document.body : scope;
          const found: Element[] = [];
          if (kind === 'label') {
            const wanted = (spec as { text: string }).text.toLowerCase();
            for (const element of start.querySelectorAll('[aria-label], label')) {
              if (element.getAttribute('aria-label')?.toLowerCase().includes(wanted)) {
                found.push(element);
              } else if (element instanceof HTMLLabelElement && matches(element, spec)) {
                if (element.control) found.push(element.control);
              }
            }
            return found;
          }
          const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
          const walk = (element: Element): boolean => {
            if (skip.has(element.tagName)) return false;
            let inChild = false;
            for (const child of element.children) inChild = walk(child) || inChild;
            if (inChild) return true;
            if (!matches(element, spec)) return false;
            found.push(element);
            return true;
          };
          walk(start);
          return found;
        },
        step.kind,
        step.kind === 'label' ? { text: step.text } : step.spec,
      );
      const properties = await list.getProperties();
      const handles = [...properties.values()]
        .map((property) => property.asElement())
        .filter((handle): handle is Handle => handle !== null);
      await list.dispose();
      return handles;
    }
  }
}

export class FirefoxLocator implements E2eLocator {
  constructor(
    private readonly page: { readonly page: Page },
    private readonly parent: FirefoxLocator | undefined,
    private readonly step: Step | undefined,
    private readonly filters: TextSpec[] = [],
    private readonly onlyFirst = false,
  ) {}

  private child(step: Step): FirefoxLocator {
    return new FirefoxLocator(this.page, this, step);
  }

  getByRole(role: string, options: RoleOptions = {}): E2eLocator {
    return this.child({ kind: 'role', role, options });
  }
  getByText(text: string | RegExp): E2eLocator {
    return this.child({ kind: 'text', spec: textSpec(text) });
  }
  getByLabel(text: string): E2eLocator {
    return this.child({ kind: 'label', text });
  }
  locator(selector: string): E2eLocator {
    return this.child({ kind: 'css', selector });
  }
  first(): E2eLocator {
    return new FirefoxLocator(this.page, this.parent, this.step, this.filters, true);
  }
  filter({ hasText }: { hasText: string | RegExp }): E2eLocator {
    return new FirefoxLocator(
      this.page,
      this.parent,
      this.step,
      [...this.filters, textSpec(hasText)],
      this.onlyFirst,
    );
  }

  /** Every element this locator designates now. */
  async all(): Promise<Handle[]> {
    const roots = this.parent
      ? await this.parent.all()
      : [(await this.page.page.$('html')) as Handle];
    if (!this.step) return roots;
    let found: Handle[] = [];
    for (const root of roots) found.push(...(await query(root, this.step)));
    for (const spec of this.filters) {
      const kept: Handle[] = [];
      for (const handle of found) {
        const keep = await handle.evaluate((element, wanted) => {
          const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
          return 'text' in wanted
            ? text.toLowerCase().includes(wanted.text.toLowerCase())
            : new RegExp(wanted.source, wanted.flags).test(text);
        }, spec);
        if (keep) kept.push(handle);
      }
      found = kept;
    }
    return this.onlyFirst ? found.slice(0, 1) : found;
  }

  /** The first element, once there is one (Playwright's auto-wait). */
  private one(): Promise<Handle> {
    return until('an element', async () => (await this.all())[0]);
  }

  async click(): Promise<void> {
    await (await this.one()).click();
  }
  async tap(): Promise<void> {
    await (await this.one()).tap();
  }
  async fill(value: string): Promise<void> {
    // As Playwright does: the value as one insertion, then an input event.
    await (await this.one()).evaluate((element, text) => {
      const field = element as HTMLInputElement;
      field.focus();
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
      setter?.call(field, text);
      field.dispatchEvent(
        new InputEvent('input', {
          bubbles: true,
          inputType: text ? 'insertText' : 'deleteContentBackward',
          data: text || null,
        }),
      );
    }, value);
  }
  async press(key: string): Promise<void> {
    await (await this.one()).focus();
    await pressChord(this.page.page.keyboard, key);
  }
  async pressSequentially(text: string): Promise<void> {
    await (await this.one()).focus();
    await this.page.page.keyboard.type(text);
  }
  async focus(): Promise<void> {
    await (await this.one()).focus();
  }
  async inputValue(): Promise<string> {
    return (await this.one()).evaluate((element) => (element as HTMLInputElement).value);
  }
  async textContent(): Promise<string | null> {
    return (await this.one()).evaluate((element) => element.textContent);
  }
  async count(): Promise<number> {
    return (await this.all()).length;
  }
  async isDisabled(): Promise<boolean> {
    return (await this.one()).evaluate((element) => (element as HTMLButtonElement).disabled);
  }
  async waitFor({ state, timeout }: { state: 'visible' | 'detached'; timeout?: number }) {
    await until(
      `${state} element`,
      async () => {
        const found = await this.all();
        if (state === 'detached') return found.length === 0 || undefined;
        const first = found[0];
        return (first && (await first.isVisible())) || undefined;
      },
      timeout,
    );
  }
  async evaluate<R>(fn: (element: ElementLike) => R): Promise<R> {
    const handle = await this.one();
    return handle.evaluate(fn as unknown as (element: Element) => R) as Promise<R>;
  }
  async selectOption(value: string | { label: string }): Promise<unknown> {
    return (await this.one()).evaluate((element, wanted) => {
      const select = element as HTMLSelectElement;
      const option = [...select.options].find((candidate) =>
        typeof wanted === 'string' ? candidate.value === wanted : candidate.label === wanted.label,
      );
      if (!option) throw new Error(`No option ${JSON.stringify(wanted)}`);
      select.value = option.value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return [option.value];
    }, value);
  }
  async setInputFiles(files: string | FilePayload): Promise<void> {
    let file = files as string;
    if (typeof files !== 'string') {
      file = path.join(mkdtempSync(path.join(tmpdir(), 'veille-upload-')), files.name);
      writeFileSync(file, files.buffer);
    }
    const input = (await this.one()) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
  }
  async boundingBox() {
    return (await this.one()).boundingBox();
  }
  async screenshot({ path: file }: { path: string }): Promise<unknown> {
    return (await this.one()).screenshot({ path: file as `${string}.png` });
  }
}
