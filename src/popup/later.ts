/**
 * What the popup loads once its form is on screen (main.tsx), by its
 * address: the capture's writer (the write rules, the search index's terms,
 * the clock stamps for sync, the change announcement, the badge), the way to
 * the options page, and the popup's own code the first paint does not need
 * (deferred.ts). Save waits for it only if pressed before it arrived.
 */
export { hotWriter } from '../app/hot-writer';
export { openOptionsPage } from '../platform/windows';
export * from './deferred';
