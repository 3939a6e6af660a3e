import {
  type ContextMenuDeps,
  handleContextMenuClick,
  type MenuClick,
  type MenuTab,
} from './context-menu';

/**
 * End-to-end builds only (TARGET=e2e): context-menu clicks cannot be
 * simulated, so tests call the real handler through the service worker.
 * Shipped builds drop this module (scripts/check-dist.mjs checks).
 */
export function installTestHook(deps: ContextMenuDeps): void {
  (globalThis as Record<string, unknown>).__veilleTest = {
    contextMenuClick: (info: MenuClick, tab: MenuTab | undefined) =>
      handleContextMenuClick(deps, info, tab),
  };
}
