import { HttpError } from 'ra-core';
import { apiFetch, fieldErrorsOf, toHttpError } from './http';

function stubFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetchMock = jest.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers }));
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

describe(toHttpError.name, () => {
  it("keeps the API's message, status and field errors where react-admin reads them (error.body.errors)", () => {
    const error = toHttpError(422, { message: '入力内容を確認してください', errors: { email: '登録済みです' } });
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toBe('入力内容を確認してください');
    expect(error.status).toBe(422);
    expect(error.body).toEqual({ message: '入力内容を確認してください', errors: { email: '登録済みです' } });
  });

  it('keeps extra flags of the body, such as totpRequired', () => {
    const error = toHttpError(401, { message: '確認コードを入力してください', errors: { totp: '必須です' }, totpRequired: true });
    expect(error.body).toMatchObject({ totpRequired: true, errors: { totp: '必須です' } });
  });

  it("falls back to react-admin's generic message and empty errors for a body that is not the API's", () => {
    for (const body of [undefined, 'Bad Gateway', [1, 2], { message: '' }]) {
      const error = toHttpError(502, body);
      expect(error.message).toBe('ra.notification.http_error');
      expect(error.body).toMatchObject({ errors: {} });
    }
  });
});

describe(apiFetch.name, () => {
  it('sends JSON with the session cookie and returns headers and JSON', async () => {
    const fetchMock = stubFetch(200, { ok: 1 }, { 'X-Total-Count': '3' });
    const response = await apiFetch<{ ok: number }>('/api/things', { method: 'POST', body: { a: 1 } });
    expect(response.json).toEqual({ ok: 1 });
    expect(response.headers.get('X-Total-Count')).toBe('3');
    expect(fetchMock).toHaveBeenCalledWith('/api/things', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
  });

  it('returns undefined JSON for 204', async () => {
    stubFetch(204, undefined);
    expect((await apiFetch('/api/auth/logout', { method: 'POST' })).json).toBeUndefined();
  });

  it('rejects a refused request with the HttpError of its body', async () => {
    stubFetch(409, { message: '既に登録されています', errors: { code: '既に登録されています' } });
    await expect(apiFetch('/api/municipalities', { method: 'POST', body: {} })).rejects.toMatchObject({
      status: 409,
      message: '既に登録されています',
      body: { errors: { code: '既に登録されています' } },
    });
  });
});

describe(fieldErrorsOf.name, () => {
  it('gives the field errors of an HttpError, or undefined when there are none', () => {
    expect(fieldErrorsOf(toHttpError(422, { message: 'x', errors: { newPassword: '短すぎます' } }))).toEqual({ newPassword: '短すぎます' });
    expect(fieldErrorsOf(toHttpError(422, { message: 'x', errors: {} }))).toBeUndefined();
    expect(fieldErrorsOf(new Error('network'))).toBeUndefined();
  });
});
