/** The login page's labels (app.login.*), merged into ja.ts and en.ts. */
export const loginJa = {
  email: 'メールアドレス',
  password: 'パスワード',
  totp: '確認コード',
  totpHelp: '認証アプリに表示されている6桁の数字',
  submit: 'ログイン',
  restart: 'メールアドレスからやり直す',
};
