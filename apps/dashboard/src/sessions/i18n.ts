import { SESSION_STATUS_LABELS_JA, UNBOOKED_REASON_LABELS_JA } from '@outreach/domain/sessions';

/**
 * The labels of the session screens (app.sessions.* and resources.sessions.*), merged into ja.ts and en.ts.
 * Kept beside the screens so that the shared locale files only gain a line each.
 */
export const sessionsJa = {
  statuses: SESSION_STATUS_LABELS_JA,
  serviceKinds: { home_visit: '個人宅訪問', facility_visit: '福祉施設訪問', venue_event: '会場設置型' },
  methods: { on_site_acceptance: '出張申請受付', application_support: '申請サポート' },
  placeHelp: '施設名・会場名。個人宅訪問は地区名のみ（住所・番地は入力しない）',
  facilityHelp: '登録済みの施設を選ぶと実施場所に施設名が入り、目標の訪問施設数に施設ごとに数えます',
  noFacility: '（施設を選ばない）',
  offDay: 'この日は稼働日ではありません（%{reason}）。実施する理由を入力してください。',
  cityStaffHelp: '出張申請受付では、実施済みにするには市職員の立会いが必要です',
  heldHelp: '「実施済み」にすると、この日の日次報告が作成されます',
  staffSelf: '%{name}（自分）',
  staffHelp: '受託者の職員から選びます（任意）',
  openReport: '日次報告',
  openingReport: '実施記録を保存しました。この日の日次報告を開きます',
  noReport: 'この日の日次報告はまだありません',
  lockedDay: 'この日の日次報告は提出済みのため、実施記録は変更できません',
  noDelete: '削除できるのは「予定」の実施記録だけです',
  timeRange: '%{start}〜%{end}',
  unbookedReasons: UNBOOKED_REASON_LABELS_JA,
  unbookedHelp: '予約から作成されていない訪問です。実施済みにするには理由を選んでください（ダッシュボードの「予約なしの訪問」に理由別に数えます）',
  kindAndMethodColumn: '種別・申請方式',
  cityStaffColumn: '市職員立会い',
  fromBooking: '予約から',
  unbooked: '予約なし：%{reason}',
  unbookedNoReason: '理由の記録なし',
};

export const sessionsResourceJa = {
  name: '実施記録',
  fields: {
    id: 'ID',
    date: '実施日',
    serviceKind: 'サービス種別',
    place: '場所',
    facilityId: '施設',
    method: '申請方式',
    startTime: '開始時刻',
    endTime: '終了時刻',
    time: '時間',
    staffUserIds: '担当者',
    cityStaffPresent: '市職員の立会いあり',
    status: '状態',
    cancelReason: '中止の理由',
    offDayReason: '稼働日外に実施する理由',
    unbookedReason: '予約なしの理由',
    unbookedReasonText: '予約なしの理由（その他）',
    booking: '予約',
    applicationsTotal: '申請件数',
    consultations: '相談件数',
    from: '開始日',
    to: '終了日',
  },
};
