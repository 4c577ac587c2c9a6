import {
  APPLICANT_LIST_COLUMNS,
  APPLICANT_LIST_EXAMPLE,
  APPLICANT_LIST_INSTRUCTIONS,
  APPLICANT_LIST_MESSAGES as M,
  type ApplicantCells,
  applicantRowSchema,
  matchApplicantListHeadings,
  validateApplicantRow,
  validateApplicantRows,
} from './applicant-list.js';

const TODAY = '2026-06-17';

/** A complete, valid row as a facility types it. */
const valid = (over: ApplicantCells = {}): ApplicantCells => ({
  no: 1,
  name: '小樽　一郎',
  kana: 'オタル　イチロウ',
  dateOfBirth: '1940/4/1',
  gender: '男',
  address: '北海道小樽市花園1丁目1番1号',
  applicationType: '新規',
  identityDocuments: 'A区分1点',
  proxyWriting: '不要',
  photoException: '',
  faceAuthCard: '希望しない',
  cardDelivery: '住民登録地',
  note: '',
  ...over,
});

const messagesOf = (cells: ApplicantCells) => validateApplicantRow(5, cells, TODAY).errors.map((e) => [e.column, e.message]);

describe('the template', () => {
  it('has the Japanese headings in order, lists on the list columns and an example row that passes the rules', () => {
    expect(APPLICANT_LIST_COLUMNS.map((c) => c.heading)).toEqual([
      'No',
      '氏名',
      'フリガナ',
      '生年月日',
      '性別',
      '住所',
      '申請種別',
      '本人確認書類',
      '代筆の要否',
      '写真の例外（理由）',
      '顔認証マイナンバーカードの希望',
      'カードの送付先',
      '備考',
    ]);
    expect(APPLICANT_LIST_COLUMNS.find((c) => c.key === 'applicationType')?.list).toEqual(['新規', '更新', '紛失', '破損', 'その他再交付']);
    expect(APPLICANT_LIST_COLUMNS.find((c) => c.key === 'identityDocuments')?.list).toContain('B区分1点と顔写真証明書');
    // Excel refuses an inline list longer than 255 characters or holding a comma.
    for (const c of APPLICANT_LIST_COLUMNS.filter((x) => x.list)) {
      expect(`"${c.list?.join(',')}"`.length).toBeLessThanOrEqual(255);
      expect(c.list?.some((v) => v.includes(','))).toBe(false);
    }
    const example = validateApplicantRow(2, { ...APPLICANT_LIST_EXAMPLE, no: 1 }, TODAY);
    expect(example.errors).toEqual([]);
    expect(example.applicant).toMatchObject({ name: '見本　花子', dateOfBirth: '1940-04-01', identityDocuments: 'b_one_and_face_photo_certificate', cardDelivery: 'facility' });
    expect(APPLICANT_LIST_INSTRUCTIONS.filter((l) => l.startsWith('フリガナ（必須）'))).toHaveLength(1);
  });
});

describe(validateApplicantRow.name, () => {
  it('turns a valid row into an applicant, normalizing kana, spaces and list words', () => {
    const { applicant, errors } = validateApplicantRow(7, valid({ kana: 'おたる ｲﾁﾛｳ', name: ' 小樽  一郎 ', no: '１２', gender: '男性', proxyWriting: '必要' }), TODAY);
    expect(errors).toEqual([]);
    expect(applicantRowSchema.parse(applicant)).toEqual({
      row: 7,
      no: 12,
      name: '小樽　一郎',
      kana: 'オタル　イチロウ',
      dateOfBirth: '1940-04-01',
      gender: 'male',
      address: '北海道小樽市花園1丁目1番1号',
      applicationType: 'new',
      identityDocuments: 'a_one',
      proxyWritingNeeded: true,
      photoExceptionReason: null,
      faceAuthCardWanted: false,
      cardDelivery: 'registered_address',
      note: null,
    });
  });

  it('reads dates of birth in 和暦 and 西暦, full-width digits and Excel dates alike', () => {
    for (const dateOfBirth of ['昭和15年4月1日', 'S15.4.1', '１９４０／４／１', '19400401', 19400401, new Date(Date.UTC(1940, 3, 1))]) {
      expect(validateApplicantRow(5, valid({ dateOfBirth }), TODAY).applicant?.dateOfBirth).toBe('1940-04-01');
    }
  });

  it('refuses impossible, out-of-era, future and unreadable dates with a reason each', () => {
    expect(messagesOf(valid({ dateOfBirth: '1940/2/30' }))).toEqual([['生年月日', M.dateOfBirth.impossible]]);
    expect(messagesOf(valid({ dateOfBirth: '平成31年5月1日' }))).toEqual([['生年月日', M.dateOfBirth.era]]);
    expect(messagesOf(valid({ dateOfBirth: '2026/6/18' }))).toEqual([['生年月日', M.dateOfBirth.future]]);
    expect(messagesOf(valid({ dateOfBirth: '1899/12/31' }))).toEqual([['生年月日', M.dateOfBirth.tooOld]]);
    expect(messagesOf(valid({ dateOfBirth: 14702 }))).toEqual([['生年月日', M.dateOfBirth.format]]); // an Excel serial number
    expect(messagesOf(valid({ dateOfBirth: '春ごろ' }))).toEqual([['生年月日', M.dateOfBirth.format]]);
    expect(validateApplicantRow(5, valid({ dateOfBirth: '2026/6/17' }), TODAY).errors).toEqual([]);
  });

  it('refuses kanji in the kana with its own message, and other letters with the general one', () => {
    expect(messagesOf(valid({ kana: '小樽イチロウ' }))).toEqual([['フリガナ', M.kanaKanji]]);
    expect(messagesOf(valid({ kana: 'Otaru' }))).toEqual([['フリガナ', M.kana]]);
  });

  it('requires name, kana, date of birth, address and the list columns, and refuses values not in a list', () => {
    const errors = messagesOf({ no: 3 });
    expect(errors.map(([column]) => column)).toEqual(['氏名', 'フリガナ', '生年月日', '住所', '申請種別', '本人確認書類', '代筆の要否', '顔認証マイナンバーカードの希望', 'カードの送付先']);
    expect(errors[4][1]).toBe('申請種別を一覧から選んでください（新規、更新、紛失、破損、その他再交付）');
    expect(messagesOf(valid({ applicationType: '再発行', gender: '?' }))).toEqual([
      ['性別', '性別は一覧の値から選んでください（男、女）'],
      ['申請種別', '申請種別は一覧の値から選んでください（新規、更新、紛失、破損、その他再交付）'],
    ]);
    expect(messagesOf(valid({ no: 'いち' }))).toEqual([['No', M.no]]);
    expect(messagesOf(valid({ address: 'あ'.repeat(201) }))).toEqual([['住所', '住所は200文字以内で入力してください']]);
  });

  it('checks the identity documents against the application type', () => {
    expect(messagesOf(valid({ applicationType: '更新' }))).toEqual([['本人確認書類', M.renewalNeedsOldCard]]);
    expect(messagesOf(valid({ applicationType: '紛失', identityDocuments: '旧マイナンバーカード（更新）' }))).toEqual([['本人確認書類', M.oldCardNotUsable]]);
    expect(messagesOf(valid({ applicationType: '更新', identityDocuments: '旧マイナンバーカード（更新）' }))).toEqual([]);
  });

  it('refuses an individual number in any column and never repeats it', () => {
    for (const [key, value] of [
      ['note', '個人番号 1234 5678 9012'],
      ['address', '１２３４５６７８９０１２'],
      ['name', 123456789012],
    ] as const) {
      const { errors, applicant } = validateApplicantRow(9, valid({ [key]: value }), TODAY);
      expect(applicant).toBeUndefined();
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toBe(M.individualNumber);
      expect(JSON.stringify(errors)).not.toMatch(/1234|１２３４/);
    }
  });
});

describe(validateApplicantRows.name, () => {
  it('skips blank and example rows, flags the same person twice on the later row, and needs one applicant', () => {
    const result = validateApplicantRows(
      [
        { row: 2, cells: { ...APPLICANT_LIST_EXAMPLE } },
        { row: 3, cells: valid() },
        { row: 4, cells: { no: 2 } },
        { row: 5, cells: valid({ no: 3, name: '小樽一郎', dateOfBirth: '昭和15年4月1日' }) },
      ],
      TODAY,
    );
    expect(result.rows.map((r) => r.row)).toEqual([3, 5]);
    expect(result.errors).toEqual([{ row: 5, column: '氏名', message: M.duplicate(3) }]);
    expect(validateApplicantRows([{ row: 2, cells: { ...APPLICANT_LIST_EXAMPLE } }], TODAY).errors).toEqual([{ row: 0, column: '', message: M.noApplicants }]);
  });
});

describe(matchApplicantListHeadings.name, () => {
  it('maps columns by heading in any order, with notes and full-width letters, and refuses an individual-number column', () => {
    const headings = new Map([
      [1, '備考'],
      [2, '氏名（必須）'],
      [3, 'ふりがな'],
      [4, '生年月日 ※'],
      [5, '住所'],
      [6, '申請種別'],
      [7, '本人確認書類'],
      [8, '代筆の要否'],
      [9, '顔認証マイナンバーカードの希望'],
      [10, 'カードの送付先'],
      [11, 'マイナンバー'],
      [12, 'ＮＯ'],
      [13, '写真の例外'],
    ]);
    const { columns, errors } = matchApplicantListHeadings(headings, 1);
    expect(columns.get(1)).toBe('note');
    expect(columns.get(3)).toBe('kana');
    expect(columns.get(12)).toBe('no');
    expect(columns.get(13)).toBe('photoException');
    expect(columns.has(11)).toBe(false);
    expect(errors).toEqual([{ row: 1, column: 'マイナンバー', message: M.individualNumberColumn }]);
  });

  it('names every required column that is missing', () => {
    const { errors } = matchApplicantListHeadings(new Map([[1, '氏名']]), 3);
    expect(errors.map((e) => e.column)).toEqual(['フリガナ', '生年月日', '住所', '申請種別', '本人確認書類', '代筆の要否', '顔認証マイナンバーカードの希望', 'カードの送付先']);
    expect(errors.every((e) => e.row === 3)).toBe(true);
  });
});
