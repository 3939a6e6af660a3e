import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Web-first assertions for Vitest: Playwright's own `expect` belongs to its
 * test runner, so these wait through the locator or with `expect.poll`.
 */
const TIMEOUT = 10_000;

export async function shown(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT });
}

export async function gone(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'detached', timeout: TIMEOUT });
}

export function inputValueOf(locator: Locator) {
  return expect.poll(() => locator.inputValue(), { timeout: TIMEOUT });
}

export function textOf(locator: Locator) {
  return expect.poll(() => locator.first().textContent(), { timeout: TIMEOUT });
}

export function countOf(locator: Locator) {
  return expect.poll(() => locator.count(), { timeout: TIMEOUT });
}

export function focused(locator: Locator) {
  return expect.poll(() => locator.evaluate((el) => el === document.activeElement), {
    timeout: TIMEOUT,
  });
}
