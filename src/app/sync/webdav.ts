/**
 * A thin WebDAV client over `fetch`: the four requests sync needs (PROPFIND
 * with depth 1, GET, PUT, MKCOL), each with Basic authentication, and
 * conditional writes: a PUT names the ETag it read (`If-Match`) or says the
 * file must not exist yet (`If-None-Match: *`), so that two devices syncing at
 * once never overwrite each other: the second gets 412 and merges again.
 */
import { failureOfStatus, SyncError } from './errors';
import { base64 } from './seal';

export interface DavConfig {
  /** The folder's address, e.g. `https://cloud.example.org/remote.php/dav/files/me/`. */
  url: string;
  user: string;
  password: string;
}

export interface DavFile {
  /** Path relative to the configured folder. */
  path: string;
  etag: string;
}

/** A write lost to another device's (412): read again, merge again. */
export class WriteConflict extends Error {
  constructor(readonly path: string) {
    super(`changed meanwhile: ${path}`);
    this.name = 'WriteConflict';
  }
}

export interface WebDav {
  /** The files directly inside a folder (not its subfolders), or [] when it does not exist. */
  list(folder: string): Promise<DavFile[]>;
  /** A file's text and ETag, or undefined when it does not exist. */
  get(path: string): Promise<{ text: string; etag: string } | undefined>;
  /**
   * Writes a file if it is still at `etag` (or, with null, if it does not
   * exist yet; with undefined, whatever it holds).
   */
  put(path: string, text: string, etag: string | null | undefined): Promise<void>;
  /** Creates a folder; one that exists already is fine. */
  mkcol(folder: string): Promise<void>;
}

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>';

export function createWebDav(config: DavConfig, fetcher: typeof fetch = fetch): WebDav {
  const base = config.url.endsWith('/') ? config.url : `${config.url}/`;
  const auth = `Basic ${base64(new TextEncoder().encode(`${config.user}:${config.password}`))}`;
  const address = (path: string) =>
    new URL(path.split('/').map(encodeURIComponent).join('/'), base);

  async function request(method: string, path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetcher(address(path), {
        ...init,
        method,
        headers: { Authorization: auth, ...(init.headers as Record<string, string>) },
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
      });
    } catch (error) {
      throw new SyncError('unreachable', error instanceof Error ? error.message : '');
    }
    return response;
  }

  const fail = async (response: Response, path: string): Promise<never> => {
    await response.body?.cancel().catch(() => undefined);
    throw new SyncError(failureOfStatus(response.status), `${response.status} ${path}`);
  };

  return {
    async list(folder) {
      const dir = folder.endsWith('/') ? folder : `${folder}/`;
      const response = await request('PROPFIND', dir, {
        headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
        body: PROPFIND_BODY,
      });
      if (response.status === 404) {
        await response.body?.cancel().catch(() => undefined);
        return [];
      }
      if (response.status !== 207) return fail(response, dir);
      const own = address(dir).pathname;
      return parseMultistatus(await response.text())
        .filter((item) => !item.collection)
        .map((item) => ({
          href: decodeURIComponent(new URL(item.href, base).pathname),
          etag: item.etag,
        }))
        .filter(
          (item) =>
            item.href.startsWith(decodeURIComponent(own)) && item.href !== decodeURIComponent(own),
        )
        .map((item) => ({
          path: `${dir}${item.href.slice(decodeURIComponent(own).length)}`,
          etag: item.etag,
        }));
    },
    async get(path) {
      const response = await request('GET', path);
      if (response.status === 404) {
        await response.body?.cancel().catch(() => undefined);
        return undefined;
      }
      if (!response.ok) return fail(response, path);
      return { text: await response.text(), etag: response.headers.get('ETag') ?? '' };
    },
    async put(path, text, etag) {
      const condition: Record<string, string> =
        etag === null
          ? { 'If-None-Match': '*' }
          : etag === undefined
            ? {}
            : { 'If-Match': strongEtag(etag) };
      const response = await request('PUT', path, {
        headers: { 'Content-Type': 'application/json; charset=utf-8', ...condition },
        body: text,
      });
      if (response.status === 412) {
        await response.body?.cancel().catch(() => undefined);
        throw new WriteConflict(path);
      }
      if (!response.ok) return fail(response, path);
      await response.body?.cancel().catch(() => undefined);
    },
    async mkcol(folder) {
      const dir = folder.endsWith('/') ? folder : `${folder}/`;
      const response = await request('MKCOL', dir);
      // 405: it exists already.
      if (response.ok || response.status === 405) {
        await response.body?.cancel().catch(() => undefined);
        return;
      }
      // Another device may have made it this instant (Apache then answers 403).
      const exists = await request('PROPFIND', dir, { headers: { Depth: '0' } });
      await exists.body?.cancel().catch(() => undefined);
      if (exists.status === 207) {
        await response.body?.cancel().catch(() => undefined);
        return;
      }
      return fail(response, dir);
    },
  };
}

/**
 * A weak ETag (`W/"…"`: Apache gives one for a file changed within the last
 * second) never matches `If-Match`'s strong comparison; sent as its strong
 * form it matches once the server's own ETag turns strong, and meanwhile the
 * write gets 412 and is tried again.
 */
const strongEtag = (etag: string): string => (etag.startsWith('W/') ? etag.slice(2) : etag);

interface MultistatusItem {
  href: string;
  etag: string;
  collection: boolean;
}

/** The responses of a PROPFIND, whatever the server's namespace prefixes. */
export function parseMultistatus(xml: string): MultistatusItem[] {
  const items: MultistatusItem[] = [];
  const tag = (name: string) =>
    new RegExp(`<(?:[\\w-]+:)?${name}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>`, 'i');
  for (const block of xml.split(/<(?:[\w-]+:)?response[\s>]/i).slice(1)) {
    const href = tag('href').exec(block)?.[1]?.trim();
    if (!href) continue;
    const etag = decodeEntities(tag('getetag').exec(block)?.[1]?.trim() ?? '');
    const collection = /<(?:[\w-]+:)?collection\s*\/?>/i.test(block);
    items.push({ href: decodeEntities(href), etag, collection });
  }
  return items;
}

const decodeEntities = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
