/** The user screens' labels (app.users.* and resources.users.*), merged into ja.ts and en.ts. */
export const usersJa = {
  resetPassword: 'パスワード再設定',
  resetConfirmTitle: 'パスワードを再設定しますか',
  resetConfirmContent: '%{name} さんの今のパスワードは使えなくなり、仮パスワードが発行されます。',
  temporaryPassword: '仮パスワード',
  temporaryPasswordNote: 'この仮パスワードは一度だけ表示されます。本人に安全な方法で伝えてください。',
};

export const usersEn: typeof usersJa = {
  resetPassword: 'Reset password',
  resetConfirmTitle: 'Reset the password?',
  resetConfirmContent: "%{name}'s current password stops working and a temporary password is issued.",
  temporaryPassword: 'Temporary password',
  temporaryPasswordNote: 'This temporary password is shown only once. Pass it on to the user safely.',
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

export const usersResourceEn: typeof usersResourceJa = {
  name: 'User |||| Users',
  fields: {
    id: 'ID',
    name: 'Name',
    email: 'Email address',
    role: 'Role',
    active: 'Active',
    organizationId: 'Organization',
    organizationName: 'Organization',
    lastLoginAt: 'Last sign-in',
    createdAt: 'Created',
    password: 'Initial password',
  },
};
