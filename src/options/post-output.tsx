import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { previewDocument } from './preview';

interface PostOutputProps {
  text: string;
  extension: 'md' | 'html';
  fileName: string;
  copy(text: string, isHtml: boolean): Promise<void>;
  download(fileName: string, text: string, mimeType: string): void;
}

/** The post, read-only, with its rendered preview, and the ways to take it away. */
export function PostOutput({ text, extension, fileName, copy, download }: PostOutputProps) {
  const [status, setStatus] = useState('');
  const onCopy = async () => {
    try {
      await copy(text, extension === 'html');
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  const onDownload = () => {
    download(fileName, text, extension === 'html' ? 'text/html' : 'text/markdown');
    setStatus(t('downloaded', fileName));
  };
  return (
    <section class="post-output" aria-labelledby="post-heading">
      <h2 id="post-heading">{t('postHeading')}</h2>
      <div class="actions">
        <button type="button" class="primary" onClick={onCopy}>
          {t('copy')}
        </button>
        <button type="button" onClick={onDownload}>
          {t('download')}
        </button>
        <span role="status">{status}</span>
      </div>
      <div class="side-by-side">
        <div class="field">
          <label for="post">{t('fieldPost')}</label>
          <textarea id="post" readOnly rows={24} value={text} spellcheck={false} />
        </div>
        <div class="field">
          <span id="preview-label" class="label">
            {t('preview')}
          </span>
          {/* No scripts, no same origin: page text in the post can never run here. */}
          <iframe
            class="preview"
            title={t('preview')}
            sandbox=""
            srcDoc={previewDocument(text, extension)}
          />
        </div>
      </div>
    </section>
  );
}
