/** What the login page shows after a refused login: the API's message, and whether to ask for the 確認コード. */
export interface LoginFailure {
  message: string;
  totpRequired: boolean;
}

export function loginFailure(error: unknown): LoginFailure {
  const { message, body } = (typeof error === 'object' && error !== null ? error : {}) as { message?: unknown; body?: { totpRequired?: unknown } };
  return {
    message: typeof message === 'string' && message !== '' ? message : 'ra.notification.http_error',
    totpRequired: body?.totpRequired === true,
  };
}
