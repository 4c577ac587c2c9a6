/** The profile page's labels (app.profile.*), merged into ja.ts and en.ts. */
export const profileJa = {
  menu: 'プロフィール',
  password: {
    title: 'パスワードの変更',
    currentPassword: '現在のパスワード',
    newPassword: '新しいパスワード',
    submit: 'パスワードを変更',
    changed: 'パスワードを変更しました',
  },
  totp: {
    title: '二要素認証',
    enabled: '二要素認証は有効です。ログインの際に確認コードを入力します。',
    notEnabled: '二要素認証は設定されていません。',
    required: 'このアカウントでは二要素認証の設定が必要です。',
    start: '設定を始める',
    instructions: '認証アプリにシークレットキー（または登録用URL）を登録し、表示された6桁の確認コードを入力してください。',
    secret: 'シークレットキー',
    otpauthUrl: '登録用URL',
    code: '確認コード',
    enable: '有効にする',
    enabledNotice: '二要素認証を有効にしました',
    disableInstructions: '無効にするにはパスワードを入力してください。',
    password: 'パスワード',
    disable: '無効にする',
    disabledNotice: '二要素認証を無効にしました',
  },
};
