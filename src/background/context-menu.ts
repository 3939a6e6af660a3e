import { toCaptureDraft } from '../core/metadata';
import { monthOf } from '../core/month';
import { appendToNote, quoteSelection } from '../core/note';
import type { RawPageMetadata } from '../core/page-script';
import { underlyingPageUrl } from '../core/page-url';
import { fallbackTitle, normalizeTitle } from '../core/title';
import type { Entry, Settings } from '../core/types';
import { cleanUrl } from '../core/url';
import type { VeilleDatabase } from '../db/database';
import { findEntryByUrl, saveEntry, updateEntry } from '../db/entries';
import { MENU_LINK, MENU_SELECTION } from './menu-ids';

/** The parts of a context-menu click this handler reads (Chrome and Firefox agree on these). */
export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  linkText?: string;
  selectionText?: string;
  pageUrl?: string;
}

export interface MenuTab {
  id?: number;
  url?: string;
  title?: string;
}

export interface ContextMenuDeps {
  db: VeilleDatabase;
  loadSettings(): Promise<Settings>;
  readPage(tabId: number): Promise<RawPageMetadata | null>;
  /** The text of the link pointing to `url` in the tab (Chrome gives no linkText). */
  readLinkText(tabId: number, url: string): Promise<string | null>;
  refreshBadge(timeZone: string): Promise<void>;
  openEditor(entryId: string, tabId: number | undefined): Promise<void>;
  /** Tells the author a capture failed; `messageKey` is a _locales key. */
  notifyFailure(messageKey: string): Promise<void>;
  now(): number;
}

export type MenuOutcome =
  | { ok: true; entry: Entry; updated: boolean }
  | { ok: false; reason: 'not-web-page' | 'store-failed' };

/**
 * "Add to veille" from the context menu. The entry is written first, so
 * nothing is lost whatever happens next; then the author gets feedback (the
 * badge) and the editor opens on the entry. A page or link already captured
 * is not duplicated: a new selection is appended to its note.
 */
export async function handleContextMenuClick(
  deps: ContextMenuDeps,
  click: MenuClick,
  tab: MenuTab | undefined,
): Promise<MenuOutcome> {
  const settings = await deps.loadSettings();
  const isLink = click.menuItemId === MENU_LINK && !!click.linkUrl;
  const target = isLink ? click.linkUrl : underlyingPageUrl(tab?.url ?? click.pageUrl ?? '');
  const checked = cleanUrl(target ?? '');
  if (!checked.ok) {
    await deps.notifyFailure('menuNotWebPage');
    return { ok: false, reason: 'not-web-page' };
  }

  let url = checked.url;
  let title: string;
  let meta: Entry['meta'] = {};
  let quote = '';
  if (isLink) {
    const text =
      click.linkText ??
      (tab?.id !== undefined ? await deps.readLinkText(tab.id, click.linkUrl ?? '') : null);
    title = normalizeTitle(text ?? '') || fallbackTitle(checked.url);
  } else {
    const page = tab?.id !== undefined ? await deps.readPage(tab.id) : null;
    const draft = toCaptureDraft(page, target ?? '', tab?.title ?? '');
    url = draft.url;
    title = draft.title;
    meta = draft.meta;
    quote = draft.quote;
  }
  // The menu's selection text is what was right-clicked, even where no script may run.
  if (click.menuItemId === MENU_SELECTION && click.selectionText && !quote) {
    quote = quoteSelection(click.selectionText);
  }

  try {
    const existing = await findEntryByUrl(deps.db, url);
    const now = deps.now();
    const result = existing
      ? {
          entry: await updateEntry(
            deps.db,
            existing.id,
            { note: appendToNote(existing.note, quote) },
            now,
          ),
          updated: true,
        }
      : await saveEntry(
          deps.db,
          {
            url,
            title,
            note: quote,
            tags: [],
            category: '',
            month: monthOf(now, settings.timeZone),
            meta,
          },
          now,
        );
    await deps.refreshBadge(settings.timeZone);
    await deps.openEditor(result.entry.id, tab?.id).catch(() => undefined);
    return { ok: true, ...result };
  } catch {
    await deps.notifyFailure('menuSaveFailed');
    return { ok: false, reason: 'store-failed' };
  }
}
