import { expect } from 'vitest';
import type { E2eLocator } from './browser';

/**
 * Web-first assertions for Vitest: Playwright's own `expect` belongs to its
 * test runner, so these wait through the locator or with `expect.poll`.
 */
const TIMEOUT = 10_000;

export async function shown(locator: E2eLocator, timeout = TIMEOUT): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

export async function gone(locator: E2eLocator): Promise<void> {
  await locator.first().waitFor({ state: 'detached', timeout: TIMEOUT });
}

export function inputValueOf(locator: E2eLocator) {
  return expect.poll(() => locator.inputValue(), { timeout: TIMEOUT });
}

export function textOf(locator: E2eLocator) {
  return expect.poll(() => locator.first().textContent(), { timeout: TIMEOUT });
}

export function countOf(locator: E2eLocator) {
  return expect.poll(() => locator.count(), { timeout: TIMEOUT });
}

export function focused(locator: E2eLocator) {
  return expect.poll(() => locator.evaluate((el) => el === document.activeElement), {
    timeout: TIMEOUT,
  });
}
