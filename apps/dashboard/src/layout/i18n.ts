/** The login page's labels (app.login.*), merged into ja.ts and en.ts. */
export const loginJa = {
  email: 'メールアドレス',
  password: 'パスワード',
  totp: '確認コード',
  totpHelp: '認証アプリに表示されている6桁の数字',
  submit: 'ログイン',
  restart: 'メールアドレスからやり直す',
};

/** The menu's section headings (app.menu.*, menuGroups.ts). */
export const menuJa = {
  reception: '受付',
  visits: '訪問・実施',
  followUps: '不備・問い合わせ',
  reports: '報告',
  personalData: '個人情報',
  administration: '管理',
};
