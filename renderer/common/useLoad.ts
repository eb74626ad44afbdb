import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../shared/api-client';

export interface Loaded<T> {
  data?: T | undefined;
  error?: ApiError | Error | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads once per change of `deps`; ignores answers that arrive after a newer request (typing fast). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    stableLoad().then(
      (data) => current && setState({ data, loading: false }),
      (error: Error) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [stableLoad, generation]);
  return { ...state, reload: () => setGeneration((value) => value + 1) };
}
