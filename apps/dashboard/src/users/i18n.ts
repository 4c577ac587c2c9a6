/** The user screens' labels (app.users.* and resources.users.*), merged into ja.ts and en.ts. */
export const usersJa = {
  resetPassword: 'パスワード再設定',
  resetConfirmTitle: 'パスワードを再設定しますか',
  resetConfirmContent: '%{name} さんの今のパスワードは使えなくなり、仮パスワードが発行されます。',
  temporaryPassword: '仮パスワード',
  temporaryPasswordNote: 'この仮パスワードは一度だけ表示されます。本人に安全な方法で伝えてください。',
};

export const usersResourceJa = {
  name: '利用者',
  fields: {
    id: 'ID',
    name: '氏名',
    email: 'メールアドレス',
    role: 'ロール',
    active: '有効',
    organizationId: '組織',
    organizationName: '組織',
    lastLoginAt: '最終ログイン',
    createdAt: '登録日時',
    password: '初期パスワード',
  },
};
