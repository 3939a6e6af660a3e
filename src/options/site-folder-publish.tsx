import { useEffect, useState } from 'preact/hooks';
import {
  configFileOf,
  detectSite,
  frontMatterNotes,
  postPath,
  readSiteConfig,
  type SiteFacts,
  suggestPostsFolder,
  withDraft,
} from '../core/publish';
import type { DiffLine } from '../core/publish/diff';
import { t } from '../platform/i18n';
import type { OptionsDeps } from './options-deps';
import { frontMatterNoteMessage } from './publish-messages';

interface Site {
  handle: FileSystemDirectoryHandle;
  facts: SiteFacts;
  postsFolder: string;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; message: string }
  | { kind: 'conflict'; path: string; diff: DiffLine[] }
  | { kind: 'failed'; message: string };

interface SiteFolderPublishProps {
  deps: OptionsDeps;
  /** The post on screen and its file name, or null while it is not ready. */
  post: { text: string; fileName: string } | null;
  /** Held back for review (the export view's `Draft`, shared with the repository). */
  draft: boolean;
}

/**
 * Hugo or Jekyll from the folder's root, what its configuration says (the
 * same rules as publishing into the repository), and where earlier
 * roundups live; null when the folder holds no site's configuration.
 */
async function readSite(
  deps: OptionsDeps,
  handle: FileSystemDirectoryHandle,
): Promise<Site | null> {
  const names = await deps.siteFolder.list(handle);
  const kind = detectSite(names);
  if (kind === null) return null;
  const configFile = configFileOf(kind, names);
  const config = configFile ? await deps.siteFolder.read(handle, '', configFile) : null;
  if (configFile !== null && config === null) return null;
  const files = await deps.siteFolder.listFiles(handle, kind === 'hugo' ? 'content' : '');
  return {
    handle,
    facts: readSiteConfig(kind, configFile, config ?? ''),
    postsFolder: suggestPostsFolder(kind, files),
  };
}

/** The folder became read-only, or the browser withdrew Veille's access to it. */
const REFUSED = new Set(['NotAllowedError', 'NoModificationAllowedError', 'SecurityError']);

/**
 * Publish into the site's folder on disk (Chromium): `Choose site folder`
 * (remembered), then the post written as `<posts folder>/<file name>` through
 * a temporary file renamed over it. A different file already there is never
 * replaced silently: the changes are shown and the author decides.
 */
export function SiteFolderPublish({ deps, post, draft }: SiteFolderPublishProps) {
  const [site, setSite] = useState<Site | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  useEffect(() => {
    if (!deps.siteFolder.supported) return;
    deps.siteFolder
      .recall()
      .then(async (handle) => (handle ? readSite(deps, handle) : null))
      .then(setSite, () => setSite(null));
  }, []);

  if (!deps.siteFolder.supported) {
    return <p class="hint">{t('siteFolderUnsupported')}</p>;
  }

  const fail = (error: unknown) =>
    setOutcome({
      kind: 'failed',
      message: t('siteFolderFailed', String((error as Error)?.name ?? error)),
    });

  const choose = async () => {
    try {
      const handle = await deps.siteFolder.pick();
      const found = await readSite(deps, handle);
      if (!found) {
        setOutcome({ kind: 'failed', message: t('siteFolderNotSite', handle.name) });
        return;
      }
      await deps.siteFolder.remember(handle);
      setSite(found);
      setOutcome({ kind: 'idle' });
    } catch (error) {
      // The author closed the picker: nothing to say.
      if ((error as DOMException)?.name !== 'AbortError') fail(error);
    }
  };

  const write = async (replace: boolean) => {
    if (!site || !post) return;
    setOutcome({ kind: 'busy' });
    try {
      // Asked again from the click; a refusal, or access withdrawn, writes nothing.
      const allowed = await deps.siteFolder.canWrite(site.handle, true).catch(() => false);
      if (!allowed) {
        setOutcome({ kind: 'failed', message: t('siteFolderNoPermission') });
        return;
      }
      // The configuration as it is now, not as it was when the folder was chosen.
      const fresh = await readSite(deps, site.handle);
      if (!fresh) {
        setOutcome({ kind: 'failed', message: t('siteFolderNotSite', site.handle.name) });
        return;
      }
      setSite(fresh);
      const path = postPath(fresh.postsFolder, post.fileName);
      const text = draft ? withDraft(post.text, fresh.facts.kind) : post.text;
      const existing = await deps.siteFolder.read(site.handle, fresh.postsFolder, post.fileName);
      if (existing === text) {
        setOutcome({ kind: 'done', message: t('siteFolderUnchanged', path) });
        return;
      }
      if (existing !== null && !replace) {
        const { lineDiff } = await import('../core/publish/diff');
        setOutcome({ kind: 'conflict', path, diff: lineDiff(existing, text) });
        return;
      }
      await deps.siteFolder.write(site.handle, fresh.postsFolder, post.fileName, text);
      setOutcome({ kind: 'done', message: t('siteFolderWritten', path) });
    } catch (error) {
      const name = String((error as Error)?.name ?? '');
      if (REFUSED.has(name)) {
        setOutcome({ kind: 'failed', message: t('siteFolderReadOnly', name) });
      } else fail(error);
    }
  };

  const busy = outcome.kind === 'busy';
  // What the site will not do with the post, said before anything is written.
  const notes =
    site && post
      ? frontMatterNotes(
          draft ? withDraft(post.text, site.facts.kind) : post.text,
          site.facts,
          deps.now(),
        )
      : [];
  return (
    <section class="site-folder" aria-labelledby="site-folder-heading">
      <h3 id="site-folder-heading">{t('siteFolderHeading')}</h3>
      <div class="actions">
        <button type="button" onClick={choose} disabled={busy}>
          {t('chooseSiteFolder')}
        </button>
        {site && (
          <button type="button" onClick={() => write(false)} disabled={busy || post === null}>
            {t('publishToFolder')}
          </button>
        )}
      </div>
      {site && (
        <p class="hint">
          {t(
            'siteFolderChosen',
            site.handle.name,
            site.facts.kind === 'hugo' ? 'Hugo' : 'Jekyll',
            site.postsFolder || '/',
          )}
        </p>
      )}
      {notes.map((note) => (
        <p key={note.note} class="message info">
          {frontMatterNoteMessage(note)}
        </p>
      ))}
      <p role="status">{outcome.kind === 'done' && outcome.message}</p>
      {outcome.kind === 'conflict' && (
        <div class="message info" role="alert">
          <p>{t('siteFolderConflict', outcome.path)}</p>
          <figure>
            <figcaption class="hint">{t('siteFolderDiff')}</figcaption>
            <pre class="diff">
              {outcome.diff.map((line, index) => (
                <div key={index} class={`diff-${line.kind}`}>
                  {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '− ' : '  '}
                  {line.text}
                </div>
              ))}
            </pre>
          </figure>
          <div class="actions">
            <button type="button" onClick={() => write(true)}>
              {t('replaceFile')}
            </button>
            <button type="button" onClick={() => setOutcome({ kind: 'idle' })}>
              {t('keepFile')}
            </button>
          </div>
        </div>
      )}
      {outcome.kind === 'failed' && (
        <p role="alert" class="message error">
          {outcome.message}
        </p>
      )}
    </section>
  );
}
