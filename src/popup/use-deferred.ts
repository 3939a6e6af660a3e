import { useEffect, useState } from 'preact/hooks';
import type { CaptureDeps, Deferred } from './capture-deps';

/** The popup's code loaded after its form is on screen (deferred.ts), once there; null before. */
export function useDeferred(deps: Pick<CaptureDeps, 'deferred'>): Deferred | null {
  const [deferred, setDeferred] = useState<Deferred | null>(null);
  useEffect(() => {
    // A failed load is the save's to report (it loads it again).
    deps.deferred().then(setDeferred, () => undefined);
  }, []);
  return deferred;
}
