import { HANDLING_ACTION_LABELS_JA, ROLE_LABELS_JA } from '@outreach/domain';
import { bookingsJa, bookingsResourceJa } from '../bookings/i18n';
import { callWeeksJa, callWeeksResourceJa } from '../call-weeks/i18n';
import { callsJa, callsResourceJa } from '../calls/i18n';
import { dailyReportsJa, dailyReportsResourceJa } from '../daily-reports/i18n';
import { dashboardJa } from '../dashboard/i18n';
import { defectsJa, defectsResourceJa } from '../defects/i18n';
import { inquiriesJa, inquiriesResourceJa } from '../inquiries/i18n';
import { programsJa } from '../programs/i18n';
import { receptionListJa, receptionListResourceJa } from '../reception-list/i18n';
import { reportsJa } from '../reports/i18n';
import { sessionsJa, sessionsResourceJa } from '../sessions/i18n';

/** Our Japanese labels (the default locale), merged over react-admin's English and Japanese messages. */
export const ja = {
  app: {
    title: 'アウトリーチデスク',
    roles: ROLE_LABELS_JA,
    organizationKinds: { city: '市', vendor: '受託者', operator: 'システム運営' },
    login: {
      email: 'メールアドレス',
      password: 'パスワード',
      totp: '確認コード',
      totpHelp: '認証アプリに表示されている6桁の数字',
      submit: 'ログイン',
      restart: 'メールアドレスからやり直す',
    },
    dashboard: {
      title: 'ダッシュボード',
      today: '本日',
      organization: '所属組織',
      municipality: '自治体',
      noMunicipality: '自治体に属さない組織です',
      totpEnrollment: '二要素認証の設定が必要です。プロフィールで設定してください。',
      openProfile: 'プロフィールを開く',
      ...dashboardJa,
    },
    profile: {
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
    },
    users: {
      resetPassword: 'パスワード再設定',
      resetConfirmTitle: 'パスワードを再設定しますか',
      resetConfirmContent: '%{name} さんの今のパスワードは使えなくなり、仮パスワードが発行されます。',
      temporaryPassword: '仮パスワード',
      temporaryPasswordNote: 'この仮パスワードは一度だけ表示されます。本人に安全な方法で伝えてください。',
    },
    calls: callsJa,
    callWeeks: callWeeksJa,
    sessions: sessionsJa,
    dailyReports: dailyReportsJa,
    defects: defectsJa,
    inquiries: inquiriesJa,
    bookings: bookingsJa,
    receptionList: receptionListJa,
    reports: reportsJa,
    handlingRecords: {
      export: 'Excel出力',
      // One list of labels for the screen and the Excel download, from the domain.
      actions: HANDLING_ACTION_LABELS_JA,
    },
  },
  resources: {
    programs: programsJa,
    calls: callsResourceJa,
    'call-weeks': callWeeksResourceJa,
    sessions: sessionsResourceJa,
    'daily-reports': dailyReportsResourceJa,
    defects: defectsResourceJa,
    inquiries: inquiriesResourceJa,
    bookings: bookingsResourceJa,
    'reception-list': receptionListResourceJa,
    users: {
      name: 'ユーザー',
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
    },
    organizations: {
      name: '組織',
      fields: {
        id: 'ID',
        name: '組織名',
        kind: '種別',
        municipalityId: '自治体',
        municipalityName: '自治体',
      },
    },
    municipalities: {
      name: '自治体',
      fields: {
        id: 'ID',
        code: '団体コード',
        name: '自治体名',
        prefecture: '都道府県',
      },
    },
    'handling-records': {
      name: '取扱記録',
      fields: {
        id: 'ID',
        occurredAt: '日時',
        userId: '操作者',
        userName: '操作者',
        organizationName: '組織',
        role: 'ロール',
        action: '操作',
        resourceType: '対象の種類',
        resourceId: '対象ID',
        programId: '事業ID',
        ip: 'IPアドレス',
        reason: '理由',
        from: '開始日',
        to: '終了日',
      },
    },
  },
};

export type AppMessages = typeof ja;
