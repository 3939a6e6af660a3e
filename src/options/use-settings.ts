import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/types';
import type { OptionsDeps } from './options-deps';

/** The current settings, kept fresh when another page or browser changes them. */
export function useSettings(deps: OptionsDeps): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    void deps.loadSettings().then(setSettings);
    return deps.watchSettings(setSettings);
  }, []);
  return settings;
}
