import type { PostModel } from '../core/post';
import type { MonthRecord } from '../core/types';
import { t } from '../platform/i18n';

interface PublishBarProps {
  record: MonthRecord;
  model: PostModel;
  onPublish(): void;
}

/** Marks the month as published; afterwards, says how many entries came since. */
export function PublishBar({ record, model, onPublish }: PublishBarProps) {
  return (
    <div class="publish-bar">
      {record.publishedAt !== null && (
        <p class="message info">
          {t('publishedOn', new Date(record.publishedAt).toLocaleDateString())}
          {model.newCount > 0 && ` ${t('newSincePublication', String(model.newCount))}`}
        </p>
      )}
      {record.publishedTo && (
        <p class="message info">
          {t(
            'publishedTo',
            record.publishedTo.branch,
            record.publishedTo.path,
            record.publishedTo.commit.slice(0, 7),
            new Date(record.publishedTo.at).toLocaleString(),
          )}
        </p>
      )}
      <button type="button" onClick={onPublish} disabled={model.entryCount === 0}>
        {record.publishedAt === null ? t('markPublished') : t('markPublishedAgain')}
      </button>
    </div>
  );
}
