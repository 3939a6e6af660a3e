import { commitCapture, prepareCapture } from '../app/capture';
import type { RawPageMetadata } from '../core/page-script';
import type { Entry, Settings } from '../core/types';
import type { VeilleDatabase } from '../db/database';
import type { Writer } from '../db/writer';
import type { MessageKey } from '../platform/i18n';
import type { MenuClickInfo, MenuClickTab } from '../platform/menus';
import { MENU_LINK, MENU_SELECTION } from './menu-ids';

/** A click as both browsers give it, and the tab it was in. */
export type MenuClick = MenuClickInfo;
export type MenuTab = MenuClickTab;

export interface ContextMenuDeps {
  db: VeilleDatabase;
  writer: Writer;
  loadSettings(): Promise<Settings>;
  readPage(tabId: number): Promise<RawPageMetadata | null>;
  /** The text of the link pointing to `url` in the tab (Chrome gives no linkText). */
  readLinkText(tabId: number, url: string): Promise<string | null>;
  openEditor(entryId: string, tabId: number | undefined): Promise<void>;
  /** Tells the author a capture failed. */
  notifyFailure(messageKey: MessageKey): Promise<void>;
  now(): number;
}

export type MenuOutcome =
  | { ok: true; entry: Entry; updated: boolean }
  | { ok: false; reason: 'not-web-page' | 'store-failed' };

/**
 * "Add to veille" from the context menu, through the capture use case the
 * popup uses too. The entry is written first, so nothing is lost whatever
 * happens next; then the editor opens on the entry. A page or link already
 * captured is not duplicated: a new selection is appended to its note.
 */
export async function handleContextMenuClick(
  deps: ContextMenuDeps,
  click: MenuClick,
  tab: MenuTab | undefined,
): Promise<MenuOutcome> {
  const settings = await deps.loadSettings();
  const tabId = tab?.id;
  const linkUrl = click.menuItemId === MENU_LINK ? click.linkUrl : undefined;
  const prepared = await prepareCapture(
    deps.db,
    {
      tabUrl: tab?.url ?? click.pageUrl ?? '',
      tabTitle: tab?.title ?? '',
      page: !linkUrl && tabId !== undefined ? await deps.readPage(tabId) : null,
      link: linkUrl
        ? {
            url: linkUrl,
            text:
              click.linkText ??
              (tabId !== undefined ? await deps.readLinkText(tabId, linkUrl) : null),
          }
        : undefined,
      selectionText: click.menuItemId === MENU_SELECTION ? click.selectionText : undefined,
    },
    settings.timeZone,
    deps.now(),
  ).catch(() => null);
  if (prepared && !prepared.ok) {
    await deps.notifyFailure('menuNotWebPage').catch(() => undefined);
    return { ok: false, reason: 'not-web-page' };
  }
  const outcome = prepared
    ? await commitCapture(
        deps.writer,
        prepared.capture.existing,
        prepared.capture.values,
        prepared.capture.meta,
      )
    : null;
  if (!outcome?.ok) {
    await deps.notifyFailure('menuSaveFailed').catch(() => undefined);
    return { ok: false, reason: 'store-failed' };
  }
  await deps.openEditor(outcome.entry.id, tabId).catch(() => undefined);
  return outcome;
}
