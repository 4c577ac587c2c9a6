import fc from 'fast-check';
import { issuesToFieldErrors } from '../common/errors.js';
import {
  applicantOutingDifficulty,
  applicantRelation,
  birthDateProblem,
  bookingRequirementProblems,
  IDENTITY_DOCUMENTS,
  homeIntakeProblems,
  callerSchema,
  facilityRequestSchema,
  guidanceChecklist,
  homeIntakeSchema,
  identityDocumentsSufficient,
  intakeSlotRequest,
} from './intake.js';

/** The { field: message } map the API sends back for a body. */
function fieldErrors(schema: { safeParse(body: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, body: unknown) {
  const result = schema.safeParse(body);
  return result.success ? {} : issuesToFieldErrors(result.error!.issues);
}

describe(guidanceChecklist.name, () => {
  /** What a lost card is told (紛失), in reading order. */
  const LOST_CARD = ['reissue_suspend', 'reissue_police', 'reissue_fee', 'reissue_express', 'reissue_eligibility_certificate', 'identity_documents'];

  it('needs only the identity documents for a new application', () => {
    expect(guidanceChecklist(['new']).map((i) => i.id)).toEqual(['identity_documents']);
  });

  it('tells a renewal that the old card is collected, to get a 資格確認書 before the visit, and how long a card is valid', () => {
    const items = guidanceChecklist(['renewal']);
    expect(items.map((i) => i.id)).toEqual(['renewal_old_card', 'renewal_eligibility_certificate', 'validity']);
    expect(items[1].text).toContain('訪問日までに資格確認書を入手');
    expect(items[2].text).toContain('発行日から10回目の誕生日まで');
  });

  it('tells a lost card: suspend, police, ¥2,000 in exact change, express issuance, 資格確認書', () => {
    const items = guidanceChecklist(['lost'], { guidance: { reissueFeeYen: 2000 } });
    expect(items.map((i) => i.id)).toEqual(LOST_CARD);
    expect(items[0].text).toContain('マイナンバー総合フリーダイヤル');
    expect(items[2].text).toMatch(/2,000円.*お釣りが出ないよう/);
    expect(items[3].text).toContain('特急発行');
  });

  it("reads the program's guidance: the fee (002's ¥1,000 by default, none when free) and, where the card is picked up later, the pick-up rules", () => {
    const fee = (options: Parameters<typeof guidanceChecklist>[1]) => guidanceChecklist(['damaged'], options).find((i) => i.id === 'reissue_fee')!.text;
    expect(fee({})).toContain('手数料1,000円');
    expect(fee({ guidance: { reissueFeeYen: 12000 } })).toContain('手数料12,000円');
    expect(fee({ guidance: { reissueFeeYen: 0 } })).toBe('再申請の手数料はかからないことを案内する');

    // 申請時来庁 (on-site acceptance): the card comes by post, nothing to pick up.
    expect(guidanceChecklist(['new'], { method: 'on_site_acceptance' }).map((i) => i.id)).toEqual(['identity_documents']);
    // 交付時来庁 (application support): the resident picks the card up, perhaps through a proxy.
    const support = guidanceChecklist(['new'], { method: 'application_support', guidance: { proxyPickUp: '代理人は委任状を持参' } });
    expect(support.map((i) => i.id)).toEqual(['identity_documents', 'pick_up', 'proxy_pick_up']);
    expect(support[1].text).toContain('交付通知書（はがき）');
    expect(support[2].text).toBe('代理人による受け取りについて案内する：代理人は委任状を持参');
    expect(guidanceChecklist([], { method: 'application_support' })).toEqual([]);
  });

  it('does not send a damaged card to the police', () => {
    expect(guidanceChecklist(['damaged']).map((i) => i.id)).not.toContain('reissue_police');
  });

  it('lists each item once, in reading order, however many applicants share a type', () => {
    const ids = guidanceChecklist(['damaged', 'new', 'lost', 'renewal', 'lost']).map((i) => i.id);
    expect(ids).toEqual(['renewal_old_card', 'renewal_eligibility_certificate', ...LOST_CARD, 'validity']);
    expect(guidanceChecklist([])).toEqual([]);
  });
});

describe(identityDocumentsSufficient.name, () => {
  it('takes one A-class document', () => {
    expect(identityDocumentsSufficient(['drivers_license'])).toEqual({ ok: true, message: 'A欄の書類で本人確認できます' });
    expect(identityDocumentsSufficient(['療育手帳']).ok).toBe(true);
  });

  it('takes two B-class documents, not one', () => {
    expect(identityDocumentsSufficient(['health_insurance_eligibility_certificate', 'pension_book'])).toEqual({ ok: true, message: 'B欄の書類2点で本人確認できます' });
    expect(identityDocumentsSufficient(['care_insurance_card'])).toEqual({ ok: false, message: 'A欄から1点、またはB欄から2点が必要です（現在B欄1点）' });
    expect(identityDocumentsSufficient([])).toEqual({ ok: false, message: 'A欄から1点、またはB欄から2点が必要です' });
  });

  it('counts the same document once and ignores unknown ones', () => {
    expect(identityDocumentsSufficient(['pension_book', 'pension_book', '図書館カード']).ok).toBe(false);
  });

  it('lets a face-photo certificate stand for one of the two B-class documents, not both', () => {
    expect(identityDocumentsSufficient(['face_photo_certificate', 'care_insurance_card']).ok).toBe(true);
    expect(identityDocumentsSufficient(['face_photo_certificate']).ok).toBe(false);
  });

  it('checks a renewal with the old card itself', () => {
    expect(identityDocumentsSufficient(['my_number_card'], 'renewal')).toEqual({ ok: true, message: '更新のため、旧マイナンバーカードで本人確認を行います' });
    expect(identityDocumentsSufficient(['drivers_license'], 'renewal').ok).toBe(false);
  });

  it('does not count a lost or damaged card', () => {
    expect(identityDocumentsSufficient(['my_number_card'], 'lost').ok).toBe(false);
    expect(identityDocumentsSufficient(['my_number_card', 'passport'], 'damaged').ok).toBe(true);
    expect(identityDocumentsSufficient(['my_number_card'], 'new').ok).toBe(true);
  });
});

describe(bookingRequirementProblems.name, () => {
  const lost = [{ applicationType: 'lost' as const, identityDocuments: ['my_number_card'] }];
  const checklist = guidanceChecklist(['lost']);

  it('refuses a lost-card booking with no guidance read and the suspended card as the only document', () => {
    expect(bookingRequirementProblems(lost, checklist, [])).toEqual({
      guidanceGiven: `読み上げていない案内が${checklist.length}件あります。すべて案内してから予約を確定してください`,
      'applicants.0.identityDocuments': 'A欄から1点、またはB欄から2点が必要です',
    });
  });

  it('passes once every item is read and each applicant has a valid set', () => {
    const read = checklist.map((g) => g.id);
    expect(bookingRequirementProblems([{ applicationType: 'lost', identityDocuments: ['drivers_license'] }], checklist, read)).toEqual({});
    // a renewal proves identity with the old card itself
    const renewal = guidanceChecklist(['renewal']).map((g) => g.id);
    expect(bookingRequirementProblems([{ applicationType: 'renewal', identityDocuments: ['my_number_card'] }], guidanceChecklist(['renewal']), renewal)).toEqual({});
  });

  it('names the applicant whose documents fall short, not the others', () => {
    const two = [
      { applicationType: 'new' as const, identityDocuments: ['passport'] },
      { applicationType: 'new' as const, identityDocuments: ['pension_book'] },
    ];
    const checks = guidanceChecklist(['new']);
    expect(bookingRequirementProblems(two, checks, checks.map((g) => g.id))).toEqual({ 'applicants.1.identityDocuments': 'A欄から1点、またはB欄から2点が必要です（現在B欄1点）' });
  });

  it('is empty exactly when every item is given and every applicant is sufficient (property)', () => {
    const types = ['new', 'renewal', 'lost', 'damaged', 'other_reissue'] as const;
    const applicant = fc.record({ applicationType: fc.constantFrom(...types), identityDocuments: fc.subarray(IDENTITY_DOCUMENTS.map((d) => d.id)) });
    fc.assert(
      fc.property(fc.array(applicant, { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 1, noNaN: true }), (applicants, share) => {
        const items = guidanceChecklist(applicants.map((a) => a.applicationType));
        const given = items.slice(0, Math.round(items.length * share)).map((g) => g.id);
        const problems = bookingRequirementProblems(applicants, items, given);
        const allRead = given.length === items.length;
        const allValid = applicants.every((a) => identityDocumentsSufficient(a.identityDocuments, a.applicationType).ok);
        expect(Object.keys(problems).length === 0).toBe(allRead && allValid);
        expect('guidanceGiven' in problems).toBe(!allRead);
      }),
    );
  });
});

describe('callerSchema (Otaru §8(2)オ)', () => {
  it('accepts the applicant, family living with them and relatives within the third degree', () => {
    expect(callerSchema.safeParse({ relation: 'self' }).success).toBe(true);
    expect(callerSchema.safeParse({ relation: 'cohabiting_family', name: '小樽 花子', relationDetail: '妻' }).success).toBe(true);
    expect(callerSchema.safeParse({ relation: 'relative_within_third_degree', name: '小樽 次郎', relationDetail: '甥' }).success).toBe(true);
  });

  it('accepts someone the applicant asked only with the in-front-of-them tick', () => {
    expect(fieldErrors(callerSchema, { relation: 'requested_in_presence', name: '札幌 一郎' })).toEqual({
      inPresenceConfirmed: '本人の目の前で本人から頼まれて電話していることを確認してください',
    });
    expect(callerSchema.safeParse({ relation: 'requested_in_presence', name: '札幌 一郎', inPresenceConfirmed: true }).success).toBe(true);
  });

  it('refuses anyone else and asks who called when it is not the applicant', () => {
    expect(fieldErrors(callerSchema, { relation: 'care_manager', name: '札幌 一郎' })).toEqual({
      relation: '予約を受けられるのは本人、同居の家族、三親等以内の親族、または本人の目の前で本人から頼まれて電話する方です',
    });
    expect(fieldErrors(callerSchema, { relation: 'cohabiting_family' })).toEqual({ name: '電話をかけてきた方の氏名を入力してください' });
  });
});

const applicant = {
  name: '小樽 太郎',
  kana: 'オタル タロウ',
  address: '北海道小樽市花園2丁目12番1号',
  dateOfBirth: '1940-04-01',
  phone: '0134-32-4111',
  outingDifficulty: '要介護3で歩行が困難',
  applicationType: 'renewal',
  identityDocuments: ['my_number_card'],
  condition: { photoPossible: true, canWrite: false, caregiverPresent: true },
};

const intake = { caller: { relation: 'self' }, applicants: [applicant], parking: 'available', district: '中央', wishes: { weekdays: [2, 4], halves: ['am'] } };

describe('homeIntakeSchema (Otaru §8(2)オ(ア))', () => {
  it('parses a reservation, normalising kana and phone', () => {
    const parsed = homeIntakeSchema.parse({ ...intake, applicants: [{ ...applicant, kana: 'ｵﾀﾙ ﾀﾛｳ', phone: '０１３４－３２－４１１１' }] });
    expect(parsed.applicants[0]).toMatchObject({ kana: 'オタル タロウ', phone: '0134-32-4111' });
    expect(parsed.wishes).toEqual({ weekdays: [2, 4], halves: ['am'] });
  });

  it('puts each Japanese message on its field', () => {
    const body = {
      caller: { relation: 'self' },
      applicants: [{ ...applicant, name: ' ', kana: 'おたる', dateOfBirth: '1940-02-30', phone: '12345', applicationType: 'upgrade', identityDocuments: ['library_card'], condition: { photoPossible: true } }],
      parking: 'maybe',
      plannedApplications: 0,
      wishes: { from: '2026-07-01', to: '2026-06-01' },
    };
    expect(fieldErrors(homeIntakeSchema, body)).toEqual({
      'applicants.0.name': '氏名を入力してください',
      'applicants.0.kana': 'フリガナはカタカナで入力してください',
      'applicants.0.dateOfBirth': '生年月日はYYYY-MM-DDの形式で入力してください',
      'applicants.0.phone': '電話番号は0から始まる数字とハイフンで入力してください',
      'applicants.0.applicationType': '申請の種類を選択してください',
      'applicants.0.identityDocuments.0': '本人確認書類の種類が正しくありません',
      'applicants.0.condition.canWrite': '字が書けるか選択してください',
      'applicants.0.condition.caregiverPresent': '介助者が同席できるか選択してください',
      parking: '駐車スペースの有無を選択してください',
      plannedApplications: '申請予定件数は1以上で入力してください',
      'wishes.to': '希望期間の終了日は開始日以降にしてください',
    });
  });

  it('needs at least one applicant, and no fewer planned applications than applicants', () => {
    expect(fieldErrors(homeIntakeSchema, { ...intake, applicants: [] })).toEqual({ applicants: '申請希望者を1人以上入力してください' });
    expect(fieldErrors(homeIntakeSchema, { ...intake, applicants: [applicant, { ...applicant, relation: 'cohabiting_family' }], plannedApplications: 1 })).toEqual({
      plannedApplications: '申請予定件数は申請希望者の人数以上にしてください',
    });
  });

  it('gives the slot search request of the household', () => {
    const parsed = homeIntakeSchema.parse({ ...intake, applicants: [applicant, { ...applicant, relation: 'cohabiting_family' }] });
    expect(intakeSlotRequest(parsed)).toEqual({ kind: 'home', plannedApplications: 2, district: '中央', wishes: { weekdays: [2, 4], halves: ['am'] } });
    expect(intakeSlotRequest(homeIntakeSchema.parse({ ...intake, plannedApplications: 6 })).plannedApplications).toBe(6);
  });
});

describe('facilityRequestSchema (Otaru §8(2)オ(イ))', () => {
  const facility = {
    facilityName: '特別養護老人ホーム おたる苑',
    facilityType: '特別養護老人ホーム',
    address: '北海道小樽市若松1丁目',
    phone: '0134-22-0000',
    contactName: '手宮 さくら',
    estimatedApplicants: 25,
    wishes: { from: '2026-09-01', to: '2026-10-31' },
  };

  it('parses a facility request and gives its slot search request', () => {
    const parsed = facilityRequestSchema.parse(facility);
    expect(intakeSlotRequest(parsed)).toEqual({ kind: 'facility', plannedApplications: 25, district: null, wishes: { from: '2026-09-01', to: '2026-10-31' } });
  });

  it('puts each Japanese message on its field', () => {
    expect(fieldErrors(facilityRequestSchema, { ...facility, facilityName: '', contactName: undefined, estimatedApplicants: 0 })).toEqual({
      facilityName: '施設名を入力してください',
      contactName: '御担当者の氏名を入力してください',
      estimatedApplicants: '申請者数の目安は1以上で入力してください',
    });
  });
});

describe('one household, several applicants (issue 17 item 5)', () => {
  const applicant = (over: Record<string, unknown> = {}) => ({
    name: '架空 太郎',
    kana: 'カクウ タロウ',
    address: '北海道小樽市架空町9丁目9番（架空）',
    dateOfBirth: '1941-04-01',
    phone: '0134-99-9999',
    applicationType: 'new',
    condition: { photoPossible: true, canWrite: true, caregiverPresent: false },
    ...over,
  });
  const intake = (applicants: object[], relation = 'self') => ({ caller: relation === 'self' ? { relation } : { relation, name: '架空 花子' }, applicants, parking: 'available' });

  it('asks the 外出困難な事情 once: the first applicant’s, which a later one shares unless they differ', () => {
    const parsed = homeIntakeSchema.parse(intake([applicant({ outingDifficulty: '寝たきり' }), applicant({ name: '架空 次郎', relation: 'cohabiting_family' })]));
    expect(applicantOutingDifficulty(parsed, 1)).toBe('寝たきり');
    const missing = homeIntakeSchema.safeParse(intake([applicant()]));
    expect(missing.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['applicants.0.outingDifficulty', '外出が困難な事情を入力してください']]);
  });

  it('keeps the caller’s relation per applicant: the son who called is 本人, his mother is not', () => {
    const parsed = homeIntakeSchema.parse(intake([applicant({ outingDifficulty: '車いす' }), applicant({ name: '架空 母', relation: 'cohabiting_family' })]));
    expect([applicantRelation(parsed, 0), applicantRelation(parsed, 1)]).toEqual(['self', 'cohabiting_family']);
    const twice = homeIntakeSchema.safeParse(intake([applicant({ outingDifficulty: '車いす' }), applicant({ name: '架空 母' })]));
    expect(twice.error?.issues[0]).toMatchObject({ path: ['applicants', 1, 'relation'], message: '電話の方（1人目の申請者）との続柄を選択してください' });
  });

  it('refuses a date of birth in the future or more than 120 years ago, as the API does', () => {
    expect(birthDateProblem('2027-01-01', '2026-12-05')).toBe('生年月日が今日より後の日付になっています');
    expect(birthDateProblem('1900-01-02', '2026-12-05')).toBe('生年月日が正しくありません（120歳を超えています）');
    expect(birthDateProblem('1941-04-01', '2026-12-05')).toBeNull();
    expect(homeIntakeProblems({ applicants: [{ dateOfBirth: '1941-04-01' }, { dateOfBirth: '2030-01-01' }] }, '2026-12-05')).toEqual({ 'applicants.1.dateOfBirth': '生年月日が今日より後の日付になっています' });
  });
});
