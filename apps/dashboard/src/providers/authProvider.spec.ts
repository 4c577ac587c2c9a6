import type { Me } from '@outreach/domain/auth';
import { authProvider } from './authProvider';
import { toHttpError } from './http';

const me: Me = {
  id: 'u1',
  name: '小樽 花子',
  email: 'city-admin@otaru.example.jp',
  role: 'city_admin',
  organization: { id: 'o1', name: '小樽市 市民生活部', kind: 'city' },
  municipality: { id: 'm1', name: '小樽市', code: '012033' },
  permissions: ['user.read', 'user.manage', 'handling_record.read', 'export.download'],
  totpEnabled: false,
  totpEnrollmentRequired: false,
  currentProgramId: null,
};

let requests: Array<{ url: string; method: string; body?: string }>;

function answer(respond: (url: string) => Response) {
  requests = [];
  global.fetch = (async (url: string, init: RequestInit) => {
    requests.push({ url, method: String(init.method), body: init.body as string | undefined });
    return respond(url);
  }) as unknown as typeof fetch;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe('authProvider', () => {
  afterEach(() => authProvider.logout());

  it('logs in with e-mail and password, sending the 確認コード only when given', async () => {
    answer(() => json({ user: me }));
    await authProvider.login({ email: me.email, password: 'demo-pass-2026' });
    await authProvider.login({ email: me.email, password: 'demo-pass-2026', totp: '123456' });
    expect(requests.map((r) => JSON.parse(r.body ?? '{}'))).toEqual([
      { email: me.email, password: 'demo-pass-2026' },
      { email: me.email, password: 'demo-pass-2026', totp: '123456' },
    ]);
  });

  it('sends a user who must enrol a second factor to the profile page', async () => {
    answer(() => json({ user: { ...me, totpEnrollmentRequired: true } }));
    expect(await authProvider.login({ email: me.email, password: 'x' })).toEqual({ redirectTo: '/profile' });
  });

  it('decides access from the permissions of the session probe, fetched once', async () => {
    answer(() => json({ user: me }));
    expect(await authProvider.canAccess({ resource: 'users', action: 'create' })).toBe(true);
    expect(await authProvider.canAccess({ resource: 'municipalities', action: 'list' })).toBe(false);
    expect(await authProvider.getPermissions()).toEqual(me.permissions);
    expect(requests.filter((r) => r.url === '/api/auth/session')).toHaveLength(1);
  });

  it('rejects checkAuth as a 401 when the probe finds nobody signed in (the probe itself answers 200)', async () => {
    answer(() => json({ user: null }));
    await expect(authProvider.checkAuth()).rejects.toMatchObject({ status: 401 });
  });

  it('rejects checkAuth when the probe itself fails', async () => {
    answer(() => json({ message: 'ログインしてください', errors: {} }, 401));
    await expect(authProvider.checkAuth()).rejects.toMatchObject({ status: 401 });
  });

  it('ends the session on 401 and stays on 403', async () => {
    await expect(authProvider.checkError(toHttpError(401, {}))).rejects.toMatchObject({ status: 401 });
    await expect(authProvider.checkError(toHttpError(403, { message: 'この操作を行う権限がありません' }))).resolves.toBeUndefined();
  });

  it('identifies the user by id and name', async () => {
    answer(() => json({ user: me }));
    expect(await authProvider.getIdentity()).toMatchObject({ id: 'u1', fullName: '小樽 花子' });
  });

  it('takes the identity from the login or the probe just made, and asks the API again for a later identity', async () => {
    answer(() => json({ user: me }));
    await authProvider.login({ email: me.email, password: 'demo-pass-2026' });
    expect(await authProvider.getIdentity()).toMatchObject({ id: 'u1' });
    expect(requests.filter((r) => r.url === '/api/auth/session')).toHaveLength(0);
    expect(await authProvider.getIdentity()).toMatchObject({ id: 'u1' });
    expect(await authProvider.getIdentity()).toMatchObject({ id: 'u1' });
    expect(requests.filter((r) => r.url === '/api/auth/session')).toHaveLength(2);
  });

  it('loads the page with one session probe for checkAuth and the identity', async () => {
    await authProvider.logout();
    answer(() => json({ user: me }));
    await authProvider.checkAuth();
    await authProvider.getIdentity();
    expect(requests.filter((r) => r.url === '/api/auth/session')).toHaveLength(1);
  });
});
