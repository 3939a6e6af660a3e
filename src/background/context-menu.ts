import { commitCapture, prepareCapture } from '../app/capture';
import type { CaptureSource } from '../core/capture';
import { enrichment, type PendingCapture } from '../core/capture-enrich';
import type { RawPageMetadata } from '../core/page-script';
import type { Entry, Settings } from '../core/types';
import type { EntryWriter } from '../db/entry-writer';
import type { HotStore } from '../db/hot-store';
import type { MessageKey } from '../platform/i18n';
import type { MenuClickInfo, MenuClickTab } from '../platform/menus';
import { MENU_LINK, MENU_SELECTION } from './menu-ids';

/** A click as both browsers give it, and the tab it was in. */
export type MenuClick = MenuClickInfo;
export type MenuTab = MenuClickTab;

export interface ContextMenuDeps {
  store: HotStore;
  writer: EntryWriter;
  loadSettings(): Promise<Settings>;
  readPage(tabId: number): Promise<RawPageMetadata | null>;
  /** The text of the link pointing to `url` in the tab (Chrome gives no linkText). */
  readLinkText(tabId: number, url: string): Promise<string | null>;
  /** Keeps a written capture until its enrichment is done (a stopped worker finishes it). */
  rememberPending(pending: PendingCapture): Promise<void>;
  forgetPending(entryId: string): Promise<void>;
  openEditor(entryId: string, tabId: number | undefined): Promise<void>;
  /** Tells the author a capture failed. */
  notifyFailure(messageKey: MessageKey): Promise<void>;
  now(): number;
}

export type MenuOutcome =
  | { ok: true; entry: Entry; updated: boolean }
  | { ok: false; reason: 'not-web-page' | 'store-failed' };

/** What the click itself says, before the page is asked anything. */
function clickSource(click: MenuClick, tab: MenuTab | undefined): CaptureSource {
  const linkUrl = click.menuItemId === MENU_LINK ? click.linkUrl : undefined;
  return {
    tabUrl: tab?.url ?? click.pageUrl ?? '',
    tabTitle: tab?.title ?? '',
    page: null,
    link: linkUrl ? { url: linkUrl, text: click.linkText ?? null } : undefined,
    selectionText: click.menuItemId === MENU_SELECTION ? click.selectionText : undefined,
  };
}

/**
 * "Add to veille" from the context menu, through the capture use case the
 * popup uses too. The entry is written at once from what the click says,
 * before anything slow: a page that takes long to answer, or a worker
 * stopped meanwhile, loses nothing. Then the page is read and the entry
 * enriched (title, metadata, the selection with its paragraphs), and the
 * editor opens on it. A page or link already captured is not duplicated: a
 * new selection is appended to its note.
 */
export async function handleContextMenuClick(
  deps: ContextMenuDeps,
  click: MenuClick,
  tab: MenuTab | undefined,
): Promise<MenuOutcome> {
  const settings = await deps.loadSettings();
  const source = clickSource(click, tab);
  const prepared = await prepareCapture(deps.store, source, settings.timeZone, deps.now()).catch(
    () => null,
  );
  if (prepared && !prepared.ok) {
    await deps.notifyFailure('menuNotWebPage').catch(() => undefined);
    return { ok: false, reason: 'not-web-page' };
  }
  const { existing, values, meta, quote } = prepared?.capture ?? {};
  const outcome =
    prepared && values && meta ? await commitCapture(deps.writer, existing, values, meta) : null;
  if (!outcome?.ok) {
    await deps.notifyFailure('menuSaveFailed').catch(() => undefined);
    return { ok: false, reason: 'store-failed' };
  }
  if (tab?.id !== undefined) {
    const pending: PendingCapture = {
      entry: outcome.entry,
      created: !outcome.updated,
      source,
      tabId: tab.id,
      clickQuote: quote ?? '',
    };
    await deps.rememberPending(pending).catch(() => undefined);
    const entry = await finishCapture(deps, pending);
    await deps.openEditor(entry.id, tab.id).catch(() => undefined);
    return { ...outcome, entry };
  }
  await deps.openEditor(outcome.entry.id, undefined).catch(() => undefined);
  return outcome;
}

/**
 * Enriches a written capture from its page, then forgets it. An author's
 * edit made meanwhile wins (the writer merges on the written entry, and a
 * clash leaves the author's version).
 */
export async function finishCapture(
  deps: ContextMenuDeps,
  pending: PendingCapture,
): Promise<Entry> {
  const { source, tabId, entry } = pending;
  const link = source.link;
  const [page, linkText] = link
    ? [null, link.text ?? (await deps.readLinkText(tabId, link.url))]
    : [await deps.readPage(tabId), null];
  const changes = enrichment(pending, page, linkText);
  let enriched = entry;
  if (changes) {
    const { url, ...rest } = changes;
    enriched = await deps.writer
      .updateEntry(entry.id, changes, entry)
      // The page's canonical URL may be another entry's: keep the rest.
      .catch(() => (url ? deps.writer.updateEntry(entry.id, rest, entry) : entry))
      .catch(() => entry);
  }
  await deps.forgetPending(entry.id).catch(() => undefined);
  return enriched;
}

/** At the worker's start: the captures a stopped worker left unfinished. */
export async function finishPendingCaptures(
  deps: ContextMenuDeps,
  pending: () => Promise<PendingCapture[]>,
): Promise<void> {
  for (const capture of await pending().catch(() => [])) await finishCapture(deps, capture);
}
