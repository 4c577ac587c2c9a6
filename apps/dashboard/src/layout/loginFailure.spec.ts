import { toHttpError } from '../providers/http';
import { loginFailure } from './loginFailure';

describe(loginFailure.name, () => {
  it("shows the API's message for a wrong password", () => {
    const error = toHttpError(401, { message: 'メールアドレスまたはパスワードが正しくありません', errors: {} });
    expect(loginFailure(error)).toEqual({ message: 'メールアドレスまたはパスワードが正しくありません', totpRequired: false });
  });

  it('asks for the 確認コード when the API says a second factor is needed', () => {
    const error = toHttpError(401, { message: '確認コードを入力してください', errors: { totp: '必須です' }, totpRequired: true });
    expect(loginFailure(error)).toEqual({ message: '確認コードを入力してください', totpRequired: true });
  });

  it('shows the throttling message as it is', () => {
    expect(loginFailure(toHttpError(429, { message: '30秒後にもう一度お試しください' })).message).toBe('30秒後にもう一度お試しください');
  });

  it('falls back to the generic message for anything else', () => {
    expect(loginFailure(undefined)).toEqual({ message: 'ra.notification.http_error', totpRequired: false });
  });
});
