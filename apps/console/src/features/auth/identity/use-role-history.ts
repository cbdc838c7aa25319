'use client';

import { useLocalStorage } from '../../../components/preferences/use-local-storage';
import { rememberRole, type RecentRole } from './role-history';

const EMPTY: { roles: RecentRole[] } = { roles: [] };

/** The roles this browser switched to last (AWS's console keeps them in the browser as well). */
export function useRoleHistory(): { roles: RecentRole[]; remember: (role: RecentRole) => void } {
  const [history, setHistory] = useLocalStorage('gatehouse.switch-role.history', EMPTY);
  return { roles: history.roles, remember: (role) => setHistory({ roles: rememberRole(history.roles, role) }) };
}
