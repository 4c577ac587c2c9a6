import { formatSeireki } from '../common/wareki.js';
import type { DateKey } from '../common/dates.js';
import { type Half, halfLabel } from '../bookings/slots.js';
import { SWEEP_LABEL_JA } from '../personal-data/deletion-ledger.js';

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
  'program.create': '事業の登録',
  'program.update': '事業の変更',
  'program.targets_update': '目標の変更',
  'visit_day.change': '実施予定日の変更',
  'visit_day.replace': '実施予定日の一括設定',
  'travel_matrix.update': '移動時間表の変更',
  'call_week.submit': '受電件数報告の提出',
  'call_week.accept': '受電件数報告の受理',
  'call_week.return': '受電件数報告の差し戻し',
  'call_week.reopen': '受電件数報告の受理取消し',
  'session.create': '実施記録の登録',
  'session.update': '実施記録の変更',
  'session.delete': '実施記録の削除',
  'daily_report.save': '日次報告の保存',
  'daily_report.submit': '日次報告の提出',
  'daily_report.release': '日次報告の社内確認',
  'daily_report.return_internally': '日次報告の社内差し戻し',
  'daily_report.accept': '日次報告の受理',
  'daily_report.return': '日次報告の差し戻し',
  'daily_report.reopen': '日次報告の受理取消し',
  'photo.upload': '活動写真の登録',
  'photo.delete': '活動写真の削除',
  'photo.approve': '活動写真の確認',
  'photo.reject': '活動写真の差し戻し',
  'defect.create': '不備対応の登録',
  'defect.update': '不備対応の更新',
  'inquiry.create': '問い合わせ・苦情の登録',
  'inquiry.update': '問い合わせ・苦情の更新',
  'booking.create': '予約の受付',
  'booking.confirm': '施設予約の確定',
  'booking.move': '予約の日時変更',
  'booking.cancelled': '予約のキャンセル',
  'booking.no_show': '予約の不在・中止',
  'booking.share': '受付票の市への共有',
  'booking.read_personal': '受付票（個人情報）の閲覧',
  'booking.search': '予約の検索（氏名・フリガナ・電話番号）',
  'booking.personal_delete': '個人情報の削除',
  'call_back.create': '折り返しの登録（電話の方の氏名・電話番号）',
  'call_back.read_personal': '折り返し（個人情報）の閲覧',
  'call_back.done': '折り返しの完了（個人情報の削除）',
  'call_back.attempt': '折り返しの電話（応答なし）',
  'call_back.claim': '折り返しの担当の引受け',
  'call_back.delete_personal': '折り返し（個人情報）の削除（契約終了）',
  'booking.hand_over': '受付票の市への引渡し',
  'share_file.prepare': '受付票ファイルの準備',
  'share_file.approve': '受付票ファイルの承認',
  'share_file.reject': '受付票ファイルの差し戻し',
  'share_file.download': '受付票ファイル（暗号化）のダウンロード',
  'program.close': '事業の終了（契約終了の手続き）',
  'facility.create': '施設の登録',
  'facility.update': '施設の更新',
  'facility.read_contact': '施設の御担当者（個人情報）の閲覧',
  'facility.delete_contact': '施設の御担当者（個人情報）の削除',
  'pre_meeting.create': '事前打合せの登録',
  'pre_meeting.delete': '事前打合せの削除',
  'report.download': '帳票のダウンロード',
  'incident.create': '個人情報の事故報告の登録',
  'incident.update': '個人情報の事故報告の更新',
  'site_approval.propose': '実施場所の承認申請',
  'site_approval.approve': '実施場所の承認',
  'site_approval.reject': '実施場所の却下',
  'business_plan.submit': '業務計画書の提出',
  'business_plan.approve': '業務計画書の承諾',
  'business_plan.return': '業務計画書の差し戻し',
  'business_plan.withdraw': '業務計画書の取り下げ',
  'report_submission.submit': '月次・完了報告書の提出',
  'report_submission.accept': '月次・完了報告書の受理',
  'report_submission.return': '月次・完了報告書の差し戻し',
  'report_form.update': '月次・完了報告書の様式の変更',
  'applicant_list.template': '申請者名簿テンプレートのダウンロード',
  'applicant_list.preview': '申請者名簿の確認（保存なし）',
  'applicant_list.commit': '申請者名簿の取り込み',
  'applicant_list.replace': '申請者名簿の差し替え',
  'applicant_list.read': '申請者名簿（個人情報）の閲覧',
  'applicant_list.share': '申請者名簿の市への共有',
  'applicant_list.export': '申請者名簿（Excel）の出力',
  'applicant_list.delete': '申請者名簿の削除',
  'application.create': '申請記録の登録',
  'application.update': '申請記録の変更',
  'application.read_personal': '申請記録（個人情報）の閲覧',
  'application.search': '申請記録の検索（氏名・フリガナ・申請書ID）',
  'application.delete_personal': '申請記録（個人情報）の削除',
  'application.attach_face_photo': '申請記録への顔写真の添付',
  'application.read_face_photo': '申請記録の顔写真の閲覧',
  'application.delete_face_photo': '申請記録の顔写真の削除',
  'hand_over.create': '申請の市への引渡し',
  'hand_over.download': '引渡しの申請者一覧の出力',
  'booking.confirmation_call': '前日確認の電話（結果の記録）',
  'team.assign': '訪問チームの編成',
  'itinerary.open': '訪問行程表の閲覧',
};

export function handlingActionLabel(action: string): string {
  return HANDLING_ACTION_LABELS_JA[action] ?? action;
}

/**
 * The reasons the handling record gives for its acts, each worded once: the services write them, and the demo's
 * history writes the same words for the acts it seeds.
 */
export const handlingReason = {
  /** The scheduled sweep deleted personal data whose purpose ended (`why`: the rule in words). */
  sweptDeletion: (why: string) => `利用目的の終了による自動削除（${why}）`,
  /**
   * A reception slip shared with the city in the weekly share of the week starting `weekStart` (`how`: by which
   * file), the week named as the share file names it: 2026年11月9日からの週.
   */
  slipShare: (weekStart: DateKey, how = '') => `${formatSeireki(weekStart)}からの週${how}`,
  /**
   * The sweep deleted the personal fields of the n-th hand-over's applications, its follow-up period of `days` over
   * (`rule`: the deletion rule in words, 引渡し後の確認期間の終了).
   */
  handedOverDeletion: (rule: string, number: number, days: number) => `利用目的の終了による自動削除（${rule}・第${number}回引渡しから${days}日経過）`,
  /** An applicant list's rows deleted (`rule`: the rule in words), by a person or by the sweep. */
  applicantListDeletion: (rows: number, rule: string, swept: boolean) => `${rows}人 ${swept ? handlingReason.sweptDeletion(rule) : rule}`,
  /** The n-th hand-over of applications to the city. */
  handOver: (number: number, applications: number) => `第${number}回 申請${applications}件`,
  /** A half-day's team assigned (its itinerary shows the slips to its members): the day, the half and how many go. */
  teamAssign: (date: DateKey, half: Half, staff: number) => `${handlingReason.halfDay(date, half)}（${staff}名）`,
  /** A half-day, as the team's and the itinerary's acts name it: 2026-12-08 午前. */
  halfDay: (date: DateKey, half: Half) => `${date} ${halfLabel(half)}`,
};

/**
 * Who acted, in words: the person's name; for a row with neither a person nor an address, the scheduled sweep
 * (its deletions of personal data whose purpose ended), named as the deletion ledger names it; otherwise nothing
 * (a failed login for an unknown address).
 */
export function handlingActorName(r: { userId: string | null; userName: string | null; ip: string | null }): string {
  return r.userName ?? (r.userId === null && r.ip === null ? SWEEP_LABEL_JA : '');
}
