/**
 * One manifest.json for every browser: this adapts it to a build target.
 * - chrome: as written.
 * - firefox: an event page instead of a service worker, no `offscreen`
 *   permission (Chrome's API), and the gecko keys that addons.mozilla.org
 *   requires.
 * - e2e: the Chrome build plus host access to the local test server, which
 *   the shipped builds never ask for.
 * - firefox-e2e: the Firefox build plus the same host access, and
 *   clipboardRead so that a test can read back what Copy wrote (Firefox lets
 *   an extension page read the clipboard only with it).
 */
import baseManifest from '../manifest.json' with { type: 'json' };

export type BuildTarget = 'chrome' | 'firefox' | 'e2e' | 'firefox-e2e';

/** The test server's origin, which only the end-to-end builds may read. */
const TEST_HOSTS = ['http://127.0.0.1/*'];

export const FIREFOX_ADDON_ID = 'veille@veille.app';

// Only what the manifest-for-target logic reads or writes is typed here.
type Manifest = typeof baseManifest & Record<string, unknown>;

export function manifestFor(target: BuildTarget): Manifest {
  const manifest: Manifest = structuredClone(baseManifest) as Manifest;
  if (target === 'firefox-e2e') {
    const firefox = manifestFor('firefox');
    return {
      ...firefox,
      permissions: [...firefox.permissions, 'clipboardRead'],
      host_permissions: TEST_HOSTS,
    };
  }
  if (target === 'firefox') {
    const { service_worker, ...background } = manifest.background;
    return {
      ...manifest,
      // No offscreen documents in Firefox: its event page starts the sync's worker itself.
      permissions: manifest.permissions.filter((permission) => permission !== 'offscreen'),
      background: { ...background, scripts: [service_worker] },
      browser_specific_settings: {
        gecko: {
          id: FIREFOX_ADDON_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android learnt data_collection_permissions in 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    } as unknown as Manifest;
  }
  if (target === 'e2e') {
    return { ...manifest, host_permissions: TEST_HOSTS };
  }
  return manifest;
}

export function parseTarget(value: string | undefined): BuildTarget {
  if (value === undefined || value === '' || value === 'chrome') return 'chrome';
  if (value === 'firefox' || value === 'e2e' || value === 'firefox-e2e') return value;
  throw new Error(`Unknown TARGET "${value}": use chrome, firefox, e2e or firefox-e2e.`);
}
