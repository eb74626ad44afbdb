import { createContext, useContext } from 'react';
import type { MethodName } from '../../shared/contract';
import type { CurrentUser } from '../../shared/contract/auth';

export interface CurrentUserValue {
  user: CurrentUser;
  /** Whether the core allows this user the method: the UI shows only what works for them. */
  can: (method: MethodName) => boolean;
  lock: () => void;
  logout: () => void;
}

export const CurrentUserContext = createContext<CurrentUserValue | null>(null);

export function useCurrentUser(): CurrentUserValue {
  const value = useContext(CurrentUserContext);
  if (!value) throw new Error('useCurrentUser outside of AuthGate');
  return value;
}
