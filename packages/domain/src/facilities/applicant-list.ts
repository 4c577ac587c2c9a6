import { z } from 'zod';
import { type DateKey } from '../common/dates.js';
import { looksLikeIndividualNumber } from '../common/fields.js';
import { dateKeySchema } from '../common/input.js';
import { hiraganaToKatakana } from '../common/kana.js';
import { type DateTextProblem, parseJapaneseDate } from '../common/wareki.js';
import { type ApplicationType, applicationTypeSchema } from '../sessions/application-type.js';

/**
 * The facility's applicant list (申請者名簿, Otaru §9(2)ウ, manual 001 第5 1(4)(5)): the Excel template the vendor
 * hands a facility, and the rules every row the facility sends back must meet before anything is saved.
 *
 * Rows are personal data. An error names the row and the column (its Japanese heading) and says what is wrong in
 * Japanese — never the value itself, so error lists can be shown, logged and sent without carrying anyone's data.
 */

export const APPLICANT_LIST_SHEET = '申請者名簿';
export const APPLICANT_LIST_INSTRUCTIONS_SHEET = '記入方法';
/** The template's example row carries this in its No column; the import skips such a row. */
export const EXAMPLE_ROW_MARK = '例';
/** Rows the template prepares with validation lists; a facility may add more below. */
export const TEMPLATE_ROWS = 200;
/** One import at most: a facility has tens of residents, a whole ward a few thousand. */
export const MAX_APPLICANT_ROWS = 10_000;
/** The oldest date of birth accepted. */
const OLDEST_BIRTH_DATE = '1900-01-01';

// ---------------------------------------------------------------------------------------------------------
// The list columns: the values a facility picks from, and what each means

export const GENDER_LABELS = { male: '男', female: '女' } as const;
export type Gender = keyof typeof GENDER_LABELS;

/** The application types as the list offers them (shorter than the intake's words, same codes). */
export const APPLICANT_LIST_APPLICATION_TYPE_LABELS: Record<ApplicationType, string> = {
  new: '新規',
  renewal: '更新',
  lost: '紛失',
  damaged: '破損',
  other_reissue: 'その他再交付',
};

/**
 * The identity documents the applicant will show (seed 002: A区分1点 or B区分2点; the 個人番号カード顔写真証明書 that a
 * facility's head signs counts as one of the two B; a renewal is checked with the old card itself).
 */
export const IDENTITY_DOCUMENT_SET_LABELS = {
  a_one: 'A区分1点',
  b_two: 'B区分2点',
  b_one_and_face_photo_certificate: 'B区分1点と顔写真証明書',
  old_card: '旧マイナンバーカード（更新）',
  none: 'なし（要相談）',
} as const;
export type IdentityDocumentSet = keyof typeof IDENTITY_DOCUMENT_SET_LABELS;

export const PROXY_WRITING_LABELS = { needed: '要', not_needed: '不要' } as const;
export const FACE_AUTH_CARD_LABELS = { wanted: '希望する', not_wanted: '希望しない' } as const;
/** §9(2)ウ(エ): whether the card is mailed somewhere other than the registered address (the facility). */
export const CARD_DELIVERY_LABELS = { registered_address: '住民登録地', facility: '施設' } as const;
export type CardDelivery = keyof typeof CARD_DELIVERY_LABELS;

export type ApplicantListColumnKey =
  | 'no'
  | 'name'
  | 'kana'
  | 'dateOfBirth'
  | 'gender'
  | 'address'
  | 'applicationType'
  | 'identityDocuments'
  | 'proxyWriting'
  | 'photoException'
  | 'faceAuthCard'
  | 'cardDelivery'
  | 'note';

export interface ApplicantListColumn {
  key: ApplicantListColumnKey;
  /** The heading in the template, and the name an error gives the column. */
  heading: string;
  required: boolean;
  /** The values of a list column, in the order the drop-down shows them. */
  list?: readonly string[];
  /** Longest text accepted. */
  max?: number;
  /** Column width in characters. */
  width: number;
  /** Other headings a facility may have typed for the same column (compared after normalizeHeading). */
  aliases?: readonly string[];
  /** How to fill it, for the 記入方法 sheet. */
  howTo: string;
}

const labels = (l: Record<string, string>) => Object.values(l);

/** The template's columns, left to right. The import maps columns by heading, so their order may change. */
export const APPLICANT_LIST_COLUMNS: readonly ApplicantListColumn[] = [
  { key: 'no', heading: 'No', required: false, width: 6, aliases: ['番号', '№', 'NO.'], howTo: '通し番号（空欄でも構いません）。「例」と書かれた行は取り込まれません。' },
  { key: 'name', heading: '氏名', required: true, max: 100, width: 18, aliases: ['名前', 'お名前'], howTo: '住民票のとおりの氏名（旧字体・異体字もそのまま）。' },
  { key: 'kana', heading: 'フリガナ', required: true, max: 100, width: 20, aliases: ['ふりがな', 'カナ', 'よみがな'], howTo: 'カタカナ（ひらがな・半角カナは取り込み時に全角カタカナに直します）。漢字は使えません。' },
  {
    key: 'dateOfBirth',
    heading: '生年月日',
    required: true,
    width: 16,
    howTo: '西暦（1950/4/1、1950-04-01、19500401）または和暦（昭和25年4月1日、S25.4.1、令和元年5月1日）。',
  },
  { key: 'gender', heading: '性別', required: false, list: labels(GENDER_LABELS), width: 6, howTo: '一覧から選んでください。' },
  { key: 'address', heading: '住所', required: true, max: 200, width: 36, aliases: ['住民登録地', '現住所'], howTo: '住民登録地（住民票の住所）。施設の住所と異なる場合も住民票のとおりに。' },
  { key: 'applicationType', heading: '申請種別', required: true, list: labels(APPLICANT_LIST_APPLICATION_TYPE_LABELS), width: 14, howTo: '新規、更新、または再交付の理由（紛失・破損・その他再交付）。' },
  {
    key: 'identityDocuments',
    heading: '本人確認書類',
    required: true,
    list: labels(IDENTITY_DOCUMENT_SET_LABELS),
    width: 26,
    howTo: 'A区分（顔写真付き：運転免許証、身体障害者手帳など）1点、またはB区分（健康保険の資格確認書、介護保険被保険者証、年金手帳など）2点。B区分の1点を施設長が証明する「個人番号カード顔写真証明書」で充てられます。更新は旧マイナンバーカードで確認します。',
  },
  { key: 'proxyWriting', heading: '代筆の要否', required: true, list: labels(PROXY_WRITING_LABELS), width: 10, aliases: ['代筆'], howTo: 'ご本人が申請書を書けない場合は「要」。' },
  {
    key: 'photoException',
    heading: '写真の例外（理由）',
    required: false,
    max: 200,
    width: 28,
    aliases: ['写真の例外'],
    howTo: '正面・無帽・無背景での撮影が難しい場合に、その理由（寝たきり、目が開かない、医療用の帽子など）。なければ空欄。',
  },
  { key: 'faceAuthCard', heading: '顔認証マイナンバーカードの希望', required: true, list: labels(FACE_AUTH_CARD_LABELS), width: 16, aliases: ['顔認証マイナンバーカード', '顔認証カードの希望'], howTo: '暗証番号を設定しない顔認証マイナンバーカードを希望するか。' },
  { key: 'cardDelivery', heading: 'カードの送付先', required: true, list: labels(CARD_DELIVERY_LABELS), width: 12, aliases: ['送付先'], howTo: 'カードを住民登録地以外（入所している施設）に送る必要がある場合は「施設」。' },
  { key: 'note', heading: '備考', required: false, max: 500, width: 30, howTo: 'その他、ご本人の状態やご希望など当日に必要なこと。個人番号（マイナンバー）は書かないでください。' },
];

const COLUMN_BY_KEY = new Map(APPLICANT_LIST_COLUMNS.map((c) => [c.key, c]));
const column = (key: ApplicantListColumnKey) => COLUMN_BY_KEY.get(key) as ApplicantListColumn;

/** The example row of the template: clearly made up (見本 花子, 見本町), in 和暦 to show that 和暦 is fine. */
export const APPLICANT_LIST_EXAMPLE: Readonly<Record<ApplicantListColumnKey, string>> = {
  no: EXAMPLE_ROW_MARK,
  name: '見本　花子',
  kana: 'ミホン　ハナコ',
  dateOfBirth: '昭和15年4月1日',
  gender: GENDER_LABELS.female,
  address: '北海道小樽市見本町1丁目2番3号',
  applicationType: APPLICANT_LIST_APPLICATION_TYPE_LABELS.new,
  identityDocuments: IDENTITY_DOCUMENT_SET_LABELS.b_one_and_face_photo_certificate,
  proxyWriting: PROXY_WRITING_LABELS.needed,
  photoException: '寝たきりのため、ベッド上で撮影',
  faceAuthCard: FACE_AUTH_CARD_LABELS.wanted,
  cardDelivery: CARD_DELIVERY_LABELS.facility,
  note: '（記入例です。この行は取り込まれません）',
};

/** The 記入方法 sheet: what the list is for, then one line per column. */
export const APPLICANT_LIST_INSTRUCTIONS: readonly string[] = [
  'マイナンバーカード出張申請受付 申請者名簿の記入方法',
  '',
  `・「${APPLICANT_LIST_SHEET}」シートに、申請を希望される方を1行に1人ずつ記入してください。シート名と見出しの行は変えないでください。`,
  '・2行目は記入例です（Noが「例」の行は取り込まれません）。',
  '・一覧から選ぶ列は、セルを選ぶと表示される▼から選んでください。',
  '・個人番号（マイナンバー）は、どの欄にも書かないでください。',
  '・名簿は実施日のおおむね1週間前までにご提出ください。市へお渡しし、実施後は削除します。',
  '',
  '各列の書き方',
  ...APPLICANT_LIST_COLUMNS.map((c) => `${c.heading}${c.required ? '（必須）' : ''}：${c.howTo}`),
];

// ---------------------------------------------------------------------------------------------------------
// What the import answers

export const applicantRowSchema = z.object({
  /** The row of the sheet it came from (1-based), for the preview and for errors. */
  row: z.number().int().positive(),
  no: z.number().int().positive().nullable(),
  name: z.string(),
  /** Full-width katakana, one full-width space between family and given name. */
  kana: z.string(),
  dateOfBirth: dateKeySchema,
  gender: z.enum(['male', 'female']).nullable(),
  address: z.string(),
  applicationType: applicationTypeSchema,
  identityDocuments: z.enum(Object.keys(IDENTITY_DOCUMENT_SET_LABELS) as [IdentityDocumentSet, ...IdentityDocumentSet[]]),
  proxyWritingNeeded: z.boolean(),
  /** Why the photo cannot be taken the usual way; null when it can. */
  photoExceptionReason: z.string().nullable(),
  faceAuthCardWanted: z.boolean(),
  cardDelivery: z.enum(Object.keys(CARD_DELIVERY_LABELS) as [CardDelivery, ...CardDelivery[]]),
  note: z.string().nullable(),
});
export type ApplicantRow = z.infer<typeof applicantRowSchema>;

/** One problem of an import: row 0 means the file or the sheet as a whole, column '' no particular column. */
export const rowErrorSchema = z.object({
  row: z.number().int().nonnegative(),
  column: z.string(),
  message: z.string(),
});
export type RowError = z.infer<typeof rowErrorSchema>;

export const applicantListImportSchema = z.object({ rows: z.array(applicantRowSchema), errors: z.array(rowErrorSchema) });
export type ApplicantListImport = z.infer<typeof applicantListImportSchema>;

// ---------------------------------------------------------------------------------------------------------
// Headings

/** A heading as compared: NFKC, no spaces, no ※/*, no bracketed note (（必須）, （理由）), upper case. */
export function normalizeHeading(heading: string): string {
  return heading
    .normalize('NFKC')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[\s※*＊]/g, '')
    .toUpperCase();
}

const HEADING_KEYS = new Map<string, ApplicantListColumnKey>();
for (const c of APPLICANT_LIST_COLUMNS) for (const h of [c.heading, ...(c.aliases ?? [])]) HEADING_KEYS.set(normalizeHeading(h), c.key);
/** A column a facility added for the individual number: never read, and refused. */
const INDIVIDUAL_NUMBER_HEADING = /^(個人番号|マイナンバー)(番号)?$/;

export const APPLICANT_LIST_MESSAGES = {
  notAnXlsx: 'Excelファイル（.xlsx）として読み取れません。申請者名簿のテンプレートに記入したファイルを選んでください',
  encrypted: 'パスワード付きのファイルは読み取れません。パスワードを外して保存したファイルを選んでください',
  sheetMissing: `「${APPLICANT_LIST_SHEET}」シートが見つかりません。テンプレートのシート名を変えずに記入してください`,
  headerMissing: `見出しの行（氏名、フリガナ、生年月日…）が見つかりません。テンプレートの見出しを変えずに記入してください`,
  individualNumber: '個人番号（マイナンバー）のような12桁の数字があります。名簿には個人番号を書かないでください',
  individualNumberColumn: '個人番号の列は取り込めません。列ごと削除してください（名簿には個人番号を書かないでください）',
  noApplicants: '申請者が1人も記入されていません',
  tooManyRows: `一度に取り込めるのは${MAX_APPLICANT_ROWS.toLocaleString('ja-JP')}人までです。ファイルを分けてください`,
  kanaKanji: 'フリガナに漢字が含まれています。カタカナで入力してください',
  kana: 'フリガナはカタカナで入力してください',
  no: 'Noは数字で入力してください',
  dateOfBirth: {
    format: '生年月日を日付として読み取れません。1950/4/1 や 昭和25年4月1日 の形で入力してください',
    impossible: '生年月日が存在しない日付です',
    era: '生年月日の元号と年月日が合いません（例：昭和64年は1月7日まで、平成31年は4月30日まで）',
    future: '生年月日が今日より後の日付です',
    tooOld: '生年月日が1900年より前になっています',
  } satisfies Record<DateTextProblem | 'future' | 'tooOld', string>,
  renewalNeedsOldCard: `更新の場合は旧マイナンバーカードで本人確認を行います。「${IDENTITY_DOCUMENT_SET_LABELS.old_card}」を選んでください`,
  oldCardNotUsable: '新規・紛失・破損の申請では、旧マイナンバーカードは本人確認書類になりません',
  required: (c: ApplicantListColumn) => (c.list ? `${c.heading}を一覧から選んでください（${c.list.join('、')}）` : `${c.heading}を入力してください`),
  notInList: (c: ApplicantListColumn) => `${c.heading}は一覧の値から選んでください（${(c.list ?? []).join('、')}）`,
  tooLong: (c: ApplicantListColumn) => `${c.heading}は${c.max}文字以内で入力してください`,
  duplicate: (otherRow: number) => `同じ方（氏名と生年月日が同じ）が${otherRow}行目にもあります`,
  columnMissing: (c: ApplicantListColumn) => `「${c.heading}」の列が見つかりません。テンプレートの見出しを変えずに記入してください`,
} as const;

export interface HeadingMatch {
  /** Column number (as given) → the column it holds. The first of two same headings wins. */
  columns: Map<number, ApplicantListColumnKey>;
  errors: RowError[];
}

/** Whether a row of headings is the header: it names the 氏名 column. */
export function isApplicantListHeader(headings: ReadonlyArray<string | null | undefined>): boolean {
  return headings.some((h) => h != null && HEADING_KEYS.get(normalizeHeading(h)) === 'name');
}

/**
 * Maps the headings of the header row (column number → text) to columns: by heading, not by position. A required
 * column that is missing, or a column headed 個人番号, is an error on the header row.
 */
export function matchApplicantListHeadings(headings: ReadonlyMap<number, string>, headerRow: number): HeadingMatch {
  const columns = new Map<number, ApplicantListColumnKey>();
  const errors: RowError[] = [];
  const found = new Set<ApplicantListColumnKey>();
  for (const [col, text] of [...headings].sort(([a], [b]) => a - b)) {
    const normalized = normalizeHeading(text);
    if (INDIVIDUAL_NUMBER_HEADING.test(normalized)) {
      errors.push({ row: headerRow, column: text.trim(), message: APPLICANT_LIST_MESSAGES.individualNumberColumn });
      continue;
    }
    const key = HEADING_KEYS.get(normalized);
    if (!key || found.has(key)) continue;
    found.add(key);
    columns.set(col, key);
  }
  for (const c of APPLICANT_LIST_COLUMNS) {
    if (c.required && !found.has(c.key)) errors.push({ row: headerRow, column: c.heading, message: APPLICANT_LIST_MESSAGES.columnMissing(c) });
  }
  return { columns, errors };
}

// ---------------------------------------------------------------------------------------------------------
// Rows

/** A cell as a spreadsheet gives it: text, a number, a date Excel typed as a date, or nothing. */
export type ApplicantCellValue = string | number | boolean | Date | null | undefined;
export type ApplicantCells = Partial<Record<ApplicantListColumnKey, ApplicantCellValue>>;

/**
 * A date cell typed by Excel holds no time zone: exceljs gives the day at 00:00 UTC. Its UTC calendar date is
 * the date that was typed.
 */
function excelDateKey(d: Date): DateKey {
  return d.toISOString().slice(0, 10);
}

function cellText(value: ApplicantCellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : excelDateKey(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value).trim();
}

/** Runs of spaces (half- or full-width) become one full-width space, as names are written on forms. */
function collapseSpaces(s: string): string {
  return s.trim().replace(/[\s\u3000]+/g, '\u3000');
}

/** List values compared after NFKC without spaces, so 「男 」 and 「ｂ区分２点」 match. */
const listKey = (s: string) => s.normalize('NFKC').replace(/\s/g, '').toUpperCase();
/** Words people write instead of the list's own, for the few columns where they are unambiguous. */
const LIST_ALIASES: Partial<Record<ApplicantListColumnKey, Record<string, string>>> = {
  gender: { 男性: GENDER_LABELS.male, 女性: GENDER_LABELS.female },
  proxyWriting: { 必要: PROXY_WRITING_LABELS.needed, 要る: PROXY_WRITING_LABELS.needed, 不必要: PROXY_WRITING_LABELS.not_needed },
  faceAuthCard: { 希望: FACE_AUTH_CARD_LABELS.wanted, 希望あり: FACE_AUTH_CARD_LABELS.wanted, 希望なし: FACE_AUTH_CARD_LABELS.not_wanted },
};

function fromList<T extends string>(c: ApplicantListColumn, text: string, codes: Record<T, string>): T | undefined {
  const key = listKey(text);
  const aliased = Object.entries(LIST_ALIASES[c.key] ?? {}).find(([alias]) => listKey(alias) === key)?.[1];
  const label = aliased ?? text;
  return (Object.keys(codes) as T[]).find((code) => listKey(codes[code]) === listKey(label));
}

const KANA = /^[ァ-ヶー・ヽヾ\u3000]+$/;
const HAN = /\p{Script=Han}/u;

/** フリガナ as stored: NFKC (half-width kana become full-width), hiragana as katakana, one full-width space between words. */
export function normalizeApplicantKana(text: string): string {
  return collapseSpaces(hiraganaToKatakana(text.normalize('NFKC')));
}

/** A date of birth as a DateKey, or the message saying why it is not one. */
export function readDateOfBirth(value: ApplicantCellValue, today: DateKey): { key: DateKey } | { message: string } {
  const m = APPLICANT_LIST_MESSAGES.dateOfBirth;
  let key: DateKey;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { message: m.format };
    key = excelDateKey(value);
  } else {
    // A number is only read as written digits (19500401); a bare Excel serial number says nothing about its format.
    const parsed = parseJapaneseDate(cellText(value));
    if (!parsed.ok) return { message: m[parsed.problem] };
    key = parsed.key;
  }
  if (key > today) return { message: m.future };
  if (key < OLDEST_BIRTH_DATE) return { message: m.tooOld };
  return { key };
}

export interface RowResult {
  applicant?: ApplicantRow;
  errors: RowError[];
}

/** Whether a row holds nothing but perhaps a number (a template numbered in advance). */
export function isBlankApplicantRow(cells: ApplicantCells): boolean {
  return APPLICANT_LIST_COLUMNS.every((c) => c.key === 'no' || cellText(cells[c.key]) === '');
}

export function isExampleApplicantRow(cells: ApplicantCells): boolean {
  return cellText(cells.no).normalize('NFKC').replace(/[\s()（）]/g, '') === EXAMPLE_ROW_MARK;
}

/**
 * Validates one row of the list (`row` is its row in the sheet). Every column is checked and every problem
 * reported; the applicant is returned only when there is none. `today` (JST) refuses dates of birth in the future.
 */
export function validateApplicantRow(row: number, cells: ApplicantCells, today: DateKey): RowResult {
  const errors: RowError[] = [];
  const fail = (key: ApplicantListColumnKey, message: string) => {
    errors.push({ row, column: column(key).heading, message });
    return undefined;
  };
  const texts = new Map<ApplicantListColumnKey, string>();
  for (const c of APPLICANT_LIST_COLUMNS) {
    const text = cellText(cells[c.key]);
    // An individual number is refused wherever it is written, and nothing else is said about that cell.
    if (text && !(cells[c.key] instanceof Date) && looksLikeIndividualNumber(text)) fail(c.key, APPLICANT_LIST_MESSAGES.individualNumber);
    else texts.set(c.key, text);
  }
  /** The cell's text when it passed the individual-number check and is present (or required and missing: error). */
  const present = (key: ApplicantListColumnKey): string | undefined => {
    const text = texts.get(key);
    if (text === undefined) return undefined;
    const c = column(key);
    if (text === '') return c.required ? fail(key, APPLICANT_LIST_MESSAGES.required(c)) : undefined;
    if (c.max !== undefined && [...text].length > c.max) return fail(key, APPLICANT_LIST_MESSAGES.tooLong(c));
    return text;
  };
  const listed = <T extends string>(key: ApplicantListColumnKey, codes: Record<T, string>): T | undefined => {
    const text = present(key);
    if (text === undefined) return undefined;
    return fromList(column(key), text, codes) ?? fail(key, APPLICANT_LIST_MESSAGES.notInList(column(key)));
  };

  const noText = present('no');
  let no: number | null = null;
  if (noText !== undefined) {
    const n = Number(noText.normalize('NFKC'));
    if (Number.isInteger(n) && n > 0 && n < 1_000_000) no = n;
    else fail('no', APPLICANT_LIST_MESSAGES.no);
  }

  const nameText = present('name');
  const name = nameText === undefined ? undefined : collapseSpaces(nameText);

  const kanaText = present('kana');
  let kana: string | undefined;
  if (kanaText !== undefined) {
    const k = normalizeApplicantKana(kanaText);
    if (HAN.test(k)) fail('kana', APPLICANT_LIST_MESSAGES.kanaKanji);
    else if (!KANA.test(k)) fail('kana', APPLICANT_LIST_MESSAGES.kana);
    else kana = k;
  }

  let dateOfBirth: DateKey | undefined;
  if (texts.has('dateOfBirth')) {
    const value = cells.dateOfBirth;
    if (cellText(value) === '') fail('dateOfBirth', APPLICANT_LIST_MESSAGES.required(column('dateOfBirth')));
    else {
      const read = readDateOfBirth(value, today);
      if ('key' in read) dateOfBirth = read.key;
      else fail('dateOfBirth', read.message);
    }
  }

  const genderText = present('gender');
  const gender = genderText === undefined ? null : (fromList(column('gender'), genderText, GENDER_LABELS) ?? fail('gender', APPLICANT_LIST_MESSAGES.notInList(column('gender'))));
  const addressText = present('address');
  const address = addressText === undefined ? undefined : collapseSpaces(addressText);
  const applicationType = listed('applicationType', APPLICANT_LIST_APPLICATION_TYPE_LABELS);
  const identityDocuments = listed('identityDocuments', IDENTITY_DOCUMENT_SET_LABELS);
  const proxyWriting = listed('proxyWriting', PROXY_WRITING_LABELS);
  const photoException = present('photoException');
  const faceAuthCard = listed('faceAuthCard', FACE_AUTH_CARD_LABELS);
  const cardDelivery = listed('cardDelivery', CARD_DELIVERY_LABELS);
  const note = present('note');

  if (applicationType && identityDocuments) {
    if (applicationType === 'renewal' && identityDocuments !== 'old_card') fail('identityDocuments', APPLICANT_LIST_MESSAGES.renewalNeedsOldCard);
    if (identityDocuments === 'old_card' && applicationType !== 'renewal' && applicationType !== 'other_reissue') fail('identityDocuments', APPLICANT_LIST_MESSAGES.oldCardNotUsable);
  }

  if (
    errors.length > 0 ||
    name === undefined ||
    kana === undefined ||
    dateOfBirth === undefined ||
    address === undefined ||
    !applicationType ||
    !identityDocuments ||
    !proxyWriting ||
    !faceAuthCard ||
    !cardDelivery ||
    gender === undefined
  ) {
    return { errors };
  }
  return {
    errors,
    applicant: {
      row,
      no,
      name,
      kana,
      dateOfBirth,
      gender,
      address,
      applicationType,
      identityDocuments,
      proxyWritingNeeded: proxyWriting === 'needed',
      photoExceptionReason: photoException ?? null,
      faceAuthCardWanted: faceAuthCard === 'wanted',
      cardDelivery,
      note: note ?? null,
    },
  };
}

/**
 * Validates the rows of a list (in sheet order): blank rows and the example row are skipped, every other row
 * checked; the same person twice (name and date of birth) is an error on the later row; an empty list and a list
 * longer than MAX_APPLICANT_ROWS are errors of the whole sheet (row 0). `rows` are the valid applicants only:
 * a caller saves nothing unless `errors` is empty.
 */
export function validateApplicantRows(input: Iterable<{ row: number; cells: ApplicantCells }>, today: DateKey): ApplicantListImport {
  const rows: ApplicantRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  let count = 0;
  for (const { row, cells } of input) {
    if (isBlankApplicantRow(cells) || isExampleApplicantRow(cells)) continue;
    if (++count > MAX_APPLICANT_ROWS) {
      return { rows: [], errors: [{ row: 0, column: '', message: APPLICANT_LIST_MESSAGES.tooManyRows }] };
    }
    const result = validateApplicantRow(row, cells, today);
    errors.push(...result.errors);
    if (!result.applicant) continue;
    const person = `${result.applicant.name.replace(/\u3000/g, '')}\u0000${result.applicant.dateOfBirth}`;
    const earlier = seen.get(person);
    if (earlier !== undefined) errors.push({ row, column: column('name').heading, message: APPLICANT_LIST_MESSAGES.duplicate(earlier) });
    else seen.set(person, row);
    rows.push(result.applicant);
  }
  if (count === 0) errors.push({ row: 0, column: '', message: APPLICANT_LIST_MESSAGES.noApplicants });
  return { rows, errors };
}
