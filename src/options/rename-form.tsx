import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';

interface RenameFormProps {
  name: string;
  /** Why the new name cannot be used, or null. */
  check(to: string): string | null;
  /** The existing name (and its count) that `to` would merge into, or null. */
  mergeInto(to: string): { name: string; count: number } | null;
  onRename(to: string): Promise<void>;
  onCancel(): void;
}

/**
 * A row's rename: the new name, then Save; a name that already exists asks
 * to confirm the merge before anything is written. Escape cancels.
 */
export function RenameForm({ name, check, mergeInto, onRename, onCancel }: RenameFormProps) {
  const [value, setValue] = useState(name);
  const [problem, setProblem] = useState<string | null>(null);
  const [merge, setMerge] = useState<{ name: string; count: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => input.current?.select(), []);
  useEffect(() => {
    if (merge) confirm.current?.focus();
  }, [merge]);

  const write = async () => {
    setBusy(true);
    try {
      await onRename(value);
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const why = check(value);
    setProblem(why);
    if (why) return;
    const target = mergeInto(value);
    if (target) setMerge(target);
    else void write();
  };
  const cancel = () => {
    setMerge(null);
    onCancel();
  };
  const problemId = 'rename-problem';

  if (merge) {
    return (
      <div class="bulk-action">
        <p id="merge-question">{t('mergeConfirm', merge.name, String(merge.count), name)}</p>
        <button
          type="button"
          ref={confirm}
          aria-describedby="merge-question"
          disabled={busy}
          onClick={() => void write()}
        >
          {t('merge')}
        </button>
        <button type="button" onClick={cancel}>
          {t('cancelRename')}
        </button>
      </div>
    );
  }
  return (
    <form
      class="bulk-action"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancel();
      }}
    >
      <input
        ref={input}
        aria-label={t('newNameFor', name)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <button type="submit" disabled={busy}>
        {t('save')}
      </button>
      <button type="button" onClick={cancel}>
        {t('cancelRename')}
      </button>
      {problem && (
        <span id={problemId} role="alert" class="message error">
          {problem}
        </span>
      )}
    </form>
  );
}
