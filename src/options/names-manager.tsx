import { useEffect, useRef, useState } from 'preact/hooks';
import {
  categoryMergeTarget,
  categoryRenameProblem,
  type RenameProblem,
  tagMergeTarget,
  tagRenameProblem,
} from '../core/curation';
import { categoryCounts, type NameCount, tagCounts } from '../db/names';
import type { CurationResult } from '../db/writer';
import { t } from '../platform/i18n';
import { LiveStatus } from '../ui/live-status';
import { useLiveQuery } from '../ui/use-live-query';
import { curationFailureMessage } from './curation-messages';
import type { OptionsDeps } from './options-deps';
import { RenameForm } from './rename-form';

export type NamesKind = 'tags' | 'categories';

/** How each kind of name is read, checked and renamed. */
const KINDS = {
  tags: {
    heading: 'tagsHeading',
    empty: 'noTags',
    counts: tagCounts,
    problem: tagRenameProblem,
    mergeTarget: tagMergeTarget,
    rename: (deps: OptionsDeps, from: string, to: string) => deps.writer.renameTag(from, to),
  },
  categories: {
    heading: 'categoriesHeading',
    empty: 'noCategories',
    counts: categoryCounts,
    problem: categoryRenameProblem,
    mergeTarget: categoryMergeTarget,
    rename: (deps: OptionsDeps, from: string, to: string) => deps.writer.renameCategory(from, to),
  },
} as const;

const PROBLEMS: Record<RenameProblem, 'renameEmpty' | 'renameSame'> = {
  empty: 'renameEmpty',
  same: 'renameSame',
};

/**
 * The tags (or the categories) of the live entries with their counts; Rename
 * applies a new name to every entry in one write, and a name that already
 * exists is a merge, confirmed first.
 */
export function NamesManager({ deps, kind }: { deps: OptionsDeps; kind: NamesKind }) {
  const rules = KINDS[kind];
  const live = useLiveQuery(() => rules.counts(deps.db), [kind]);
  const [editing, setEditing] = useState<string | null>(null);
  // A cancelled rename gives the keyboard back to its row's Rename button.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (editing !== null || returnTo === null) return;
    const row = [...(table.current?.rows ?? [])].find((r) => r.cells[0]?.textContent === returnTo);
    row?.querySelector('button')?.focus();
    setReturnTo(null);
  }, [editing, returnTo]);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // A rename under way: said at once, since one on 10,000 entries takes seconds.
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setEditing(null);
    setStatus(null);
    setFailure(null);
  }, [kind]);

  const rename = async (from: string, to: string): Promise<void> => {
    let result: CurationResult;
    setFailure(null);
    setStatus(null);
    setRenaming({ from, to: to.trim() });
    try {
      result = await rules.rename(deps, from, to);
    } catch (error) {
      setFailure(curationFailureMessage(error));
      return;
    } finally {
      setRenaming(null);
    }
    setFailure(null);
    setEditing(null);
    setStatus(t('renamedOn', from, to.trim(), String(result.entryIds.length)));
    heading.current?.focus();
  };

  const names: NameCount[] = live.state === 'ready' ? live.value : [];
  return (
    <section aria-labelledby={`${kind}-heading`} aria-busy={renaming ? true : undefined}>
      <h2 id={`${kind}-heading`} ref={heading} tabIndex={-1}>
        {t(rules.heading)}
      </h2>
      {failure && (
        <p role="alert" class="message error">
          {failure}
        </p>
      )}
      {(status || renaming) && (
        <p role="status" class="message">
          {renaming ? t('renamingTo', renaming.from, renaming.to) : status}
        </p>
      )}
      {live.state !== 'ready' ? (
        <LiveStatus live={live} />
      ) : names.length === 0 ? (
        <p class="hint">{t(rules.empty)}</p>
      ) : (
        <table class="names-table" ref={table}>
          <thead>
            <tr>
              <th scope="col">{t('nameColumn')}</th>
              <th scope="col">{t('entriesColumn')}</th>
              <th scope="col">{t('actionsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {names.map(({ name, count }, i) => {
              const id = `${kind}-name-${i}`;
              return (
                <tr key={name}>
                  <th scope="row" id={id} dir="auto">
                    {name}
                  </th>
                  <td>{count}</td>
                  <td>
                    {editing === name ? (
                      <RenameForm
                        name={name}
                        check={(to) => {
                          const problem = rules.problem(name, to);
                          return problem ? t(PROBLEMS[problem]) : null;
                        }}
                        mergeInto={(to) => {
                          const target = rules.mergeTarget(
                            name,
                            to,
                            names.map((n) => n.name),
                          );
                          const other = names.find((n) => n.name === target);
                          return other ? { name: other.name, count: other.count } : null;
                        }}
                        onRename={(to) => rename(name, to)}
                        onCancel={() => {
                          setReturnTo(name);
                          setEditing(null);
                        }}
                      />
                    ) : (
                      <button
                        type="button"
                        aria-label={t('rename')}
                        aria-describedby={id}
                        onClick={() => {
                          setStatus(null);
                          setFailure(null);
                          setEditing(name);
                        }}
                      >
                        {t('rename')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
