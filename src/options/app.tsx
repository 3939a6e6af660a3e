import { useEffect, useState } from 'preact/hooks';
import { monthOf } from '../core/month';
import type { MonthKey } from '../core/types';
import { monthsWithEntries } from '../db/entries';
import { publishedMonths, publishedPlaces } from '../db/months';
import { t } from '../platform/i18n';
import { useLiveQuery, valueOr } from '../ui/use-live-query';
import { Lazy } from '../ui/use-module';
import { LibraryView } from './library-view';
import { MonthPicker } from './month-picker';
import type { OptionsDeps } from './options-deps';
import { usePersistence } from './use-persistence';
import { useSettings } from './use-settings';

type View = 'entries' | 'tags' | 'categories' | 'export' | 'settings';
const VIEWS: View[] = ['entries', 'tags', 'categories', 'export', 'settings'];

// The library is painted first; the other views are chunks loaded when first shown.
const loadNames = () => import('./names-manager');
const loadSettings = () => import('./settings-page');
const loadExport = () => import('./export-view');

const viewFromHash = (): View => {
  const hash = location.hash.slice(1) as View;
  return VIEWS.includes(hash) ? hash : 'entries';
};

/** The options page: the library of entries per month, the export and the settings. */
export function OptionsApp({ deps }: { deps: OptionsDeps }) {
  const settings = useSettings(deps);
  const [view, setView] = useState<View>(viewFromHash);
  const [month, setMonth] = useState<MonthKey | null>(null);
  // The month lists are conveniences: while they load (or if they cannot),
  // the current month is still there, and each view says what failed.
  const months = valueOr(
    useLiveQuery(() => monthsWithEntries(deps.db), []),
    [],
  );
  const published = valueOr(
    useLiveQuery(() => publishedMonths(deps.db), []),
    undefined,
  );
  const places = valueOr(
    useLiveQuery(() => publishedPlaces(deps.db), []),
    undefined,
  );

  usePersistence(deps.storage, months.length > 0);

  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  if (!settings) return <main aria-busy="true">{t('loading')}</main>;
  const current = month ?? monthOf(deps.now(), settings.timeZone);

  return (
    <div class="options">
      <header>
        <h1>{t('extName')}</h1>
        <nav aria-label={t('sections')}>
          {VIEWS.map((v) => (
            <a key={v} href={`#${v}`} aria-current={view === v ? 'page' : undefined}>
              {t(`view_${v}`)}
            </a>
          ))}
        </nav>
      </header>
      <main>
        {view === 'entries' ? (
          <LibraryView
            deps={deps}
            settings={settings}
            month={current}
            months={months}
            published={published}
            places={places}
            onMonth={setMonth}
          />
        ) : view === 'tags' || view === 'categories' ? (
          <Lazy load={loadNames}>{(m) => <m.NamesManager deps={deps} kind={view} />}</Lazy>
        ) : view === 'settings' ? (
          <Lazy load={loadSettings}>
            {(m) => <m.SettingsPage deps={deps} settings={settings} />}
          </Lazy>
        ) : (
          <>
            <MonthPicker
              value={current}
              months={months}
              published={published}
              places={places}
              onChange={setMonth}
            />
            <Lazy load={loadExport}>
              {(m) => <m.ExportView deps={deps} month={current} settings={settings} />}
            </Lazy>
          </>
        )}
      </main>
    </div>
  );
}
