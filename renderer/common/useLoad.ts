import { useEffect, useState } from 'react';
import { ApiError } from '../../shared/api-client';

export interface Loaded<T> {
  data?: T | undefined;
  error?: ApiError | Error | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads when `deps` (plain values) change and on reload. While a new request runs the previous data stays
 * on screen; an answer that arrives after a newer request started is ignored (typing fast in a search box).
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<{ key: string; data?: T; error?: Error }>();
  const key = JSON.stringify([deps, generation]);

  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setSettled({ key, data }),
      (error: Error) => current && setSettled({ key, error }),
    );
    return () => {
      current = false;
    };
    // `key` captures every value `load` depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return {
    data: settled?.data,
    error: settled?.key === key ? settled.error : undefined,
    loading: settled?.key !== key,
    reload: () => setGeneration((value) => value + 1),
  };
}
