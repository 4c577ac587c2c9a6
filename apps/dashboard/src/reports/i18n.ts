import { REPORT_KIND_LABELS_JA } from '@outreach/domain/reports';

/**
 * The labels of the 帳票 page (app.reports.*), merged into ja.ts and en.ts. Kept beside the page so that the
 * shared locale files only gain a line each.
 */
export const reportsJa = {
  menu: '帳票',
  title: '帳票',
  hint: '各帳票を Excel でダウンロードします。作成中は進み具合を表示し、できあがると保存が始まります。',
  kinds: REPORT_KIND_LABELS_JA,
  descriptions: {
    daily: '実施のあった日の日次報告書（実施ごとの件数・写真・特記事項）',
    'weekly-calls': '週ごとの受電件数（分類別）。開始週から終了週までの各週',
    monthly: '月の実施状況・受電件数・写真統計・不備対応・問い合わせ',
    completion: '契約期間全体の実績と目標の達成状況',
    'reception-list': '個人宅訪問の受付の番号と日付（個人情報なし）',
    'personal-data-deletions': '個人情報を削除した予約・申請記録ごとに、削除日時・削除した者（または自動削除）・削除の根拠',
    facilities: '施設ごとの段階（依頼受付〜報告済）・訪問日・施設との調整の期限と実施日・申請者数（御担当者の個人情報なし）',
    'deletion-certificate': '契約終了時に、削除・引渡しした個人情報の一覧を市に提出する証明書（事業期間の終了後）',
    'city-summary': '市のすべての事業の実績を1行ずつ',
    'full-data': '実施・受電・予約・日次報告・写真統計の全件（個人情報なし）。種類ごとに1シート（CSV は1ファイル）',
  },
  fields: {
    date: '対象日',
    from: '開始週',
    to: '終了週',
    month: '対象月',
    scope: '対象',
    format: '形式',
  },
  scopes: {
    program: 'この事業',
    city: '市のすべての事業',
    vendor: '受託しているすべての事業',
  },
  formats: {
    xlsx: 'Excel（.xlsx）',
    csv: 'CSV（.zip・UTF-8）',
  },
  help: {
    latestDaily: '最新の日次報告 %{date}',
    noDaily: 'まだ日次報告はありません',
    weeks: '%{from}〜%{to}',
    month: '%{from}〜%{to}',
    completion: '契約期間 %{from}〜%{to}',
    receptionList: '本日時点',
    deletionCertificate: '事業期間（%{to}まで）の終了後に発行できます',
    citySummary: '本日時点・全事業',
    fullData: '本日時点。行数が多いと数分かかります',
  },
  errors: {
    date: '日付を選んでください',
    from: '開始週の日付を選んでください',
    to: '終了週は開始週以降にしてください',
    month: '対象月を選んでください',
    failed: '帳票を作成できませんでした',
  },
  download: 'ダウンロード',
  downloadNamed: '%{name}をダウンロード',
  progress: '%{name}を作成中 %{percent}%',
  running: '作成中… %{percent}%',
  saving: '保存を開始しました: %{filename}',
  generating: '作成中…',
  waiting: '順番待ち… 先に始まった全件データの作成が終わると始まります',
  recent: {
    title: '最近のダウンロード',
    occurredAt: '日時',
    user: '利用者',
    kind: '帳票',
    params: '条件',
    empty: 'まだダウンロードはありません',
    asOf: '%{date}時点',
    all: '全期間',
  },
};
