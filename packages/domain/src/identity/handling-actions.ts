/** Japanese labels of the handling record's actions, for the screen and the Excel download. */
export const HANDLING_ACTION_LABELS_JA: Record<string, string> = {
  'auth.login': 'ログイン',
  'auth.login_failed': 'ログイン失敗',
  'auth.totp_failed': '確認コード誤り',
  'auth.logout': 'ログアウト',
  'user.create': '利用者の登録',
  'user.update': '利用者の変更',
  'user.role_change': '役割（権限）の変更',
  'user.activate': '利用者の有効化',
  'user.deactivate': '利用者の無効化',
  'user.password_change': 'パスワード変更',
  'user.password_reset': 'パスワード再設定',
  'user.totp_enable': '二要素認証の有効化',
  'user.totp_disable': '二要素認証の無効化',
  'organization.create': '組織の登録',
  'organization.update': '組織の変更',
  'municipality.create': '自治体の登録',
  'municipality.update': '自治体の変更',
  'handling_record.export': '取扱記録の出力',
  'report.download': '帳票のダウンロード',
};

export function handlingActionLabel(action: string): string {
  return HANDLING_ACTION_LABELS_JA[action] ?? action;
}
