import type { LoginView, Me, SessionView } from '@outreach/domain/auth';
import type { AuthProvider } from 'ra-core';
import { isAllowed } from './access';
import { API, apiFetch, toHttpError } from './http';

export interface LoginParams {
  email: string;
  password: string;
  totp?: string;
}

/**
 * The signed-in user, fetched once and shared by checkAuth, canAccess and getPermissions (react-admin asks
 * them many times per page); set by login, dropped on logout and on any 401. Read from the session probe, which
 * answers 200 with null when nobody is signed in: the login page loads without a 401 in the browser's console.
 */
let session: Promise<Me> | undefined;
/**
 * Whether `session` is an answer getIdentity has not handed out yet (the login's, or the probe checkAuth just made):
 * the first identity after it uses that answer, so a login is not followed by a second round trip before the
 * dashboard; any later getIdentity (useMe's refetch after the account changed) asks the API again.
 */
let unseen = false;

function loadMe(fresh = false): Promise<Me> {
  if (session && !fresh) return session;
  unseen = true;
  const pending = apiFetch<SessionView>(`${API}/auth/session`).then(({ json }) => {
    if (!json.user) throw toHttpError(401, { message: 'ログインしてください' });
    return json.user;
  });
  session = pending;
  pending.catch(() => {
    if (session === pending) session = undefined;
  });
  return pending;
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}

/** Cookie session against /api/auth. A 401 anywhere ends the session; a 403 only shows its notification. */
export const authProvider = {
  async login({ email, password, totp }: LoginParams) {
    const { json } = await apiFetch<LoginView>(`${API}/auth/login`, {
      method: 'POST',
      body: { email, password, ...(totp ? { totp } : {}) },
    });
    session = Promise.resolve(json.user);
    unseen = true;
    return json.user.totpEnrollmentRequired && !json.user.totpEnabled ? { redirectTo: '/profile' } : undefined;
  },

  async logout() {
    session = undefined;
    unseen = false;
    // An expired session answers 401 here: the user is logged out either way.
    await apiFetch(`${API}/auth/logout`, { method: 'POST' }).catch(() => undefined);
  },

  async checkAuth() {
    await loadMe();
  },

  async checkError(error: unknown) {
    if (statusOf(error) === 401) {
      session = undefined;
      throw error;
    }
  },

  async getIdentity() {
    const pending = loadMe(!unseen);
    unseen = false; // after loadMe, which marks a probe it starts as unseen
    const me = await pending;
    return { id: me.id, fullName: me.name, me };
  },

  async getPermissions() {
    return (await loadMe()).permissions;
  },

  async canAccess({ resource, action }) {
    return isAllowed((await loadMe()).permissions, resource, action);
  },
} satisfies AuthProvider;
