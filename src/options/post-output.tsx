import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';

interface PostOutputProps {
  /** The selected month's post in the selected format, or null when it has none. */
  post: { text: string; preview: string } | null;
  /** The post is up to date: it may be copied and downloaded. */
  current: boolean;
  /** There is no post because of an error shown above. */
  failed: boolean;
  extension: 'md' | 'html';
  fileName: string;
  copy(text: string, isHtml: boolean): Promise<void>;
  download(fileName: string, text: string, mimeType: string): void;
}

/** The post, read-only, with its rendered preview, and the ways to take it away. */
export function PostOutput(props: PostOutputProps) {
  const { post, current, failed, extension, fileName, copy, download } = props;
  const [status, setStatus] = useState('');
  const ready = post !== null && current;
  const onCopy = async () => {
    if (!ready) return;
    try {
      await copy(post.text, extension === 'html');
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  const onDownload = () => {
    if (!ready) return;
    download(fileName, post.text, extension === 'html' ? 'text/html' : 'text/markdown');
    setStatus(t('downloaded', fileName));
  };
  return (
    <section class="post-output" aria-labelledby="post-heading">
      <h2 id="post-heading">{t('postHeading')}</h2>
      <div class="actions">
        <button type="button" class="primary" onClick={onCopy} disabled={!ready}>
          {t('copy')}
        </button>
        <button type="button" onClick={onDownload} disabled={!ready}>
          {t('download')}
        </button>
        <span role="status">{failed ? t('postUnavailable') : status}</span>
      </div>
      <div class="side-by-side">
        <div class="field">
          <label for="post">{t('fieldPost')}</label>
          <textarea id="post" readOnly rows={24} value={post?.text ?? ''} spellcheck={false} />
        </div>
        <div class="field">
          <span id="preview-label" class="label">
            {t('preview')}
          </span>
          {/* No scripts, no same origin: page text in the post can never run here. */}
          <iframe class="preview" title={t('preview')} sandbox="" srcDoc={post?.preview ?? ''} />
        </div>
      </div>
    </section>
  );
}
