import { useEffect, useState } from 'preact/hooks';
import { detectSite, type SiteKind, suggestPostsFolder } from '../core/publish';
import type { DiffLine } from '../core/publish/diff';
import { t } from '../platform/i18n';
import type { OptionsDeps } from './options-deps';

interface Site {
  handle: FileSystemDirectoryHandle;
  kind: SiteKind;
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
}

/** Hugo or Jekyll from the folder's root, and where earlier roundups live. */
async function readSite(
  deps: OptionsDeps,
  handle: FileSystemDirectoryHandle,
): Promise<Site | null> {
  const kind = detectSite(await deps.siteFolder.list(handle));
  if (kind === null) return null;
  const files = await deps.siteFolder.listFiles(handle, kind === 'hugo' ? 'content' : '');
  return { handle, kind, postsFolder: suggestPostsFolder(kind, files) };
}

/**
 * Publish into the site's folder on disk (Chromium): `Choose site folder`
 * (remembered), then the post written as `<posts folder>/<file name>` through
 * a temporary file renamed over it. A different file already there is never
 * replaced silently: the changes are shown and the author decides.
 */
export function SiteFolderPublish({ deps, post }: SiteFolderPublishProps) {
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
    const path = site.postsFolder ? `${site.postsFolder}/${post.fileName}` : post.fileName;
    setOutcome({ kind: 'busy' });
    try {
      if (!(await deps.siteFolder.canWrite(site.handle, true))) {
        setOutcome({ kind: 'failed', message: t('siteFolderNoPermission') });
        return;
      }
      const existing = await deps.siteFolder.read(site.handle, site.postsFolder, post.fileName);
      if (existing === post.text) {
        setOutcome({ kind: 'done', message: t('siteFolderUnchanged', path) });
        return;
      }
      if (existing !== null && !replace) {
        const { lineDiff } = await import('../core/publish/diff');
        setOutcome({ kind: 'conflict', path, diff: lineDiff(existing, post.text) });
        return;
      }
      await deps.siteFolder.write(site.handle, site.postsFolder, post.fileName, post.text);
      setOutcome({ kind: 'done', message: t('siteFolderWritten', path) });
    } catch (error) {
      fail(error);
    }
  };

  const busy = outcome.kind === 'busy';
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
            site.kind === 'hugo' ? 'Hugo' : 'Jekyll',
            site.postsFolder || '/',
          )}
        </p>
      )}
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
