import { homeBookingSchema } from '@outreach/domain/bookings';
import {
  addApplicant,
  fieldProblem,
  callBackDraft,
  emptyFacilityForm,
  emptyHomeForm,
  emptyOverrides,
  facilityBookingBody,
  facilitySearchRequest,
  fieldId,
  firstErrorPath,
  focusTarget,
  formErrorsFromApi,
  guidanceFor,
  type HomeForm,
  homeBookingBody,
  homeSearchRequest,
  identityStatus,
  normaliseBirthDate,
  normaliseWishDate,
  overridesBody,
  removeApplicant,
  requirementProblems,
  toKatakana,
  validateFacility,
  validateHome,
  withApplicant,
  withWishText,
} from './intakeForm';

const TODAY = '2026-11-22';

/** The browser test's caller: one applicant, renewal, a wish for a Tuesday afternoon. */
function filledForm(): HomeForm {
  let form = emptyHomeForm();
  form = withApplicant(form, 0, {
    name: '架空 太郎',
    kana: 'かくう たろう',
    address: '北海道小樽市架空町1丁目2番',
    dateOfBirth: '昭和25年4月10日',
    phone: '０１３４−２２−１２３４',
    outingDifficulty: '足が不自由で長時間の外出が難しい',
    applicationType: 'renewal',
  });
  return { ...form, wish: withWishText(form.wish, '火曜の午後がいい', TODAY), guidanceGiven: ['renewal_old_card', 'renewal_eligibility_certificate'] };
}

describe('the slot finder request built from the form', () => {
  it('searches for the household with the wishes the words and toggles say', () => {
    expect(homeSearchRequest(filledForm())).toEqual({ kind: 'home', plannedApplications: 1, district: null, wishes: { weekdays: [2], halves: ['pm'] } });
  });

  it('uses the planned applications, the district and a finished period only', () => {
    const form = { ...addApplicant(filledForm()), district: '中央地区', plannedApplications: '３' };
    form.wish = { ...form.wish, from: '2026-12-01', to: '2026-1' };
    expect(homeSearchRequest(form)).toEqual({ kind: 'home', plannedApplications: 3, district: '中央地区', wishes: { from: '2026-12-01', weekdays: [2], halves: ['pm'] } });
    form.wish = { ...form.wish, to: '2026-11-30' }; // before `from`: left out until corrected
    expect(homeSearchRequest(form).wishes).toEqual({ from: '2026-12-01', weekdays: [2], halves: ['pm'] });
  });

  it('searches for a facility by its estimated applicants', () => {
    const f = { ...emptyFacilityForm(), estimatedApplicants: '12', district: '銭函地区' };
    expect(facilitySearchRequest(f)).toEqual({ kind: 'facility', plannedApplications: 12, district: '銭函地区', wishes: {} });
    expect(facilitySearchRequest(emptyFacilityForm()).plannedApplications).toBe(1);
  });
});

describe('the booking sent to the API', () => {
  it('is a valid home booking once the form is complete (the API’s own schema)', () => {
    const body = homeBookingBody(filledForm(), { date: '2026-12-08', half: 'pm', positions: ['PM1'] }, '00000000-0000-4000-8000-000000000001');
    const parsed = homeBookingSchema.parse(body);
    expect(parsed.intake.applicants[0]).toMatchObject({ kana: 'カクウ タロウ', dateOfBirth: '1950-04-10', phone: '0134-22-1234', identityDocuments: ['my_number_card'] });
    expect(parsed.intake.caller).toEqual({ relation: 'self' });
    expect(parsed.intake.wishNote).toBe('火曜の午後がいい');
    expect(parsed.guidanceGiven).toEqual(['renewal_old_card', 'renewal_eligibility_certificate']);
    expect(validateHome(filledForm())).toEqual({});
  });

  it('names the caller and the in-presence confirmation when the caller is not the applicant', () => {
    const form = filledForm();
    form.caller = { relation: 'requested_in_presence', name: '架空 花子', relationDetail: '', phone: '', inPresenceConfirmed: false };
    expect(validateHome(form)).toEqual({ 'caller.inPresenceConfirmed': '本人の目の前で本人から頼まれて電話していることを確認してください' });
    expect(homeBookingBody(form, { date: '2026-12-08', half: 'pm', positions: ['PM1'] }).intake.caller).toEqual({
      relation: 'requested_in_presence',
      name: '架空 花子',
      relationDetail: undefined,
      phone: undefined,
      inPresenceConfirmed: false,
    });
  });

  it('reports the empty screen’s errors by field, the first one in tab order', () => {
    const errors = validateHome(emptyHomeForm());
    expect(Object.keys(errors).sort()).toEqual(
      ['address', 'applicationType', 'dateOfBirth', 'kana', 'name', 'outingDifficulty', 'phone'].map((f) => `applicants.0.${f}`).sort(),
    );
    expect(firstErrorPath(errors)).toBe('applicants.0.name');
    expect(firstErrorPath({ cautions: 'x', 'applicants.1.kana': 'y', 'applicants.0.phone': 'z' })).toBe('applicants.0.phone');
    expect(firstErrorPath({ facilityName: 'x', phone: 'y' }, 'facility')).toBe('facilityName');
  });

  it('says how to type a date of birth it cannot read', () => {
    const form = withApplicant(filledForm(), 0, { dateOfBirth: '4月10日' });
    expect(validateHome(form)['applicants.0.dateOfBirth']).toContain('1950-04-10');
  });

  it('sends a facility request with the number of applicants as a number', () => {
    const f = { ...emptyFacilityForm(), facilityName: '架空ホーム', facilityType: 'グループホーム', address: '小樽市架空町', phone: '0134-00-0000', contactName: '架空 次郎', estimatedApplicants: '8' };
    expect(validateFacility(f)).toEqual({});
    expect(facilityBookingBody(f).request).toMatchObject({ estimatedApplicants: 8, district: null, wishes: {} });
    expect(Object.keys(validateFacility(emptyFacilityForm()))).toContain('estimatedApplicants');
  });
});

describe('the form’s rules', () => {
  it('shows the guidance of the chosen types and drops ticks they no longer need', () => {
    const form = filledForm();
    expect(guidanceFor(form).map((g) => g.id)).toEqual(['renewal_old_card', 'renewal_eligibility_certificate', 'validity']);
    const lost = withApplicant(form, 0, { applicationType: 'lost' });
    expect(guidanceFor(lost).map((g) => g.id)).toContain('reissue_fee');
    expect(lost.guidanceGiven).toEqual([]);
  });

  it("reads the program's fee and, for application support, the pick-up items; the body keeps only the program's own ticks", () => {
    const lost = withApplicant(filledForm(), 0, { applicationType: 'lost' });
    const otaru = { guidance: { reissueFeeYen: 2000, pickUp: '受取', proxyPickUp: '代理', validity: '期限' }, methods: { home_visit: 'on_site_acceptance' as const } };
    expect(guidanceFor(lost, otaru).find((g) => g.id === 'reissue_fee')?.text).toContain('手数料2,000円');
    const support = { ...otaru, methods: { home_visit: 'application_support' as const } };
    expect(guidanceFor(lost, support).map((g) => g.id).slice(-2)).toEqual(['pick_up', 'proxy_pick_up']);
    const ticked = { ...lost, guidanceGiven: ['reissue_fee', 'pick_up'] };
    const choice = { date: '2026-12-08', half: 'pm' as const, positions: ['PM1'] };
    expect(homeBookingBody(ticked, choice, undefined, undefined, support).guidanceGiven).toEqual(['reissue_fee', 'pick_up']);
    expect(homeBookingBody(ticked, choice, undefined, undefined, otaru).guidanceGiven).toEqual(['reissue_fee']);
  });

  it('takes the old card as the identity document of a renewal, and says what is missing otherwise', () => {
    expect(identityStatus(filledForm().applicants[0])).toEqual({ ok: true, message: '更新のため、旧マイナンバーカードで本人確認を行います' });
    const newOne = withApplicant(emptyHomeForm(), 0, { applicationType: 'new', identityDocuments: ['pension_book'] });
    expect(newOne.applicants[0].identityDocuments).toEqual(['pension_book']);
    expect(identityStatus(newOne.applicants[0]).ok).toBe(false);
  });

  it('adds a household member with the same address and phone; the last applicant stays', () => {
    const two = addApplicant(filledForm());
    expect(two.applicants[1]).toMatchObject({ name: '', address: '北海道小樽市架空町1丁目2番', phone: '０１３４−２２−１２３４' });
    expect(removeApplicant(removeApplicant(two, 1), 0).applicants).toHaveLength(1);
  });
});

describe('input helpers', () => {
  it.each([
    ['1950-04-10', '1950-04-10'],
    ['1950/4/10', '1950-04-10'],
    ['１９５０年４月１０日', '1950-04-10'],
    ['19500410', '1950-04-10'],
    ['昭和25年4月10日', '1950-04-10'],
    ['S25.4.10', '1950-04-10'],
    ['h1.1.8', '1989-01-08'],
    ['平成元年1月8日', '1989-01-08'],
    ['1950-02-30', undefined],
    ['4月10日', undefined],
  ])('reads the date of birth %s', (raw, expected) => {
    expect(normaliseBirthDate(raw)).toBe(expected);
  });

  it('turns hiragana and half-width kana into katakana', () => {
    expect(toKatakana('かくう ﾀﾛｳ')).toBe('カクウ タロウ');
  });

  it('maps the API’s error paths onto the form’s inputs', () => {
    expect(formErrorsFromApi({ 'intake.applicants.0.kana': 'x', 'request.phone': 'y', choice: 'z' })).toEqual({ 'applicants.0.kana': 'x', phone: 'y', choice: 'z' });
    expect(fieldId('applicants.0.kana')).toBe('bk-applicants-0-kana');
    expect(focusTarget('applicants.1.condition.photoPossible')).toBe('bk-applicants-1-condition');
    expect(focusTarget('wishes.weekdays.0')).toBe('bk-wishNote');
    expect(focusTarget('wishes.to')).toBe('bk-wishes-to');
  });
});

describe('normaliseWishDate', () => {
  it.each([
    ['2026-12-01', '2026-12-01'],
    ['2026/12/1', '2026-12-01'],
    ['12/1', '2026-12-01'],
    ['１月６日', '2027-01-06'],
    ['12/1-12/5', undefined],
    ['来週', undefined],
  ])('reads %s', (raw, expected) => {
    expect(normaliseWishDate(raw, '2026-11-22')).toBe(expected);
  });
});

describe(requirementProblems.name, () => {
  it('holds the booking until every guidance item is read and the documents suffice, as the API does', () => {
    const lost = withApplicant(filledForm(), 0, { applicationType: 'lost', identityDocuments: ['my_number_card'] });
    const none = { ...lost, guidanceGiven: [] };
    expect(Object.keys(requirementProblems(none))).toEqual(['guidanceGiven', 'applicants.0.identityDocuments']);
    const read = { ...none, guidanceGiven: guidanceFor(none).map((g) => g.id) };
    expect(requirementProblems(read)).toEqual({ 'applicants.0.identityDocuments': 'A欄から1点、またはB欄から2点が必要です' });
    expect(requirementProblems(withApplicant(read, 0, { identityDocuments: ['passport'] }))).toEqual({});
  });
});

describe('a manager’s exception', () => {
  it('is sent only with a flag and a reason', () => {
    expect(overridesBody(emptyOverrides())).toBeUndefined();
    expect(overridesBody({ ...emptyOverrides(), leadTime: true, reason: ' ' })).toBeUndefined();
    expect(overridesBody({ ...emptyOverrides(), leadTime: true, reason: '入院前に申請したいとの強い希望' })).toEqual({ leadTime: true, reason: '入院前に申請したいとの強い希望' });
    const body = homeBookingBody(filledForm(), { date: '2026-11-24', half: 'pm', positions: ['PM1'] }, undefined, { ...emptyOverrides(), pmThirdTravel: true, reason: '同じ町内' });
    expect(body.overrides).toEqual({ pmThirdTravel: true, reason: '同じ町内' });
    expect(homeBookingSchema.parse(body).overrides).toEqual({ pmThirdTravel: true, reason: '同じ町内' });
    expect('overrides' in homeBookingBody(filledForm(), { date: '2026-12-08', half: 'pm', positions: ['PM1'] })).toBe(false);
    const waived = homeBookingBody(filledForm(), { date: '2026-12-08', half: 'pm', positions: ['PM1'] }, undefined, { ...emptyOverrides(), requirements: true, reason: '書類は訪問時に確認' });
    expect(homeBookingSchema.parse(waived).overrides).toEqual({ requirements: true, reason: '書類は訪問時に確認' });
  });
});

describe(callBackDraft.name, () => {
  it('keeps the caller (the applicant when they called), their phone and the wish in words', () => {
    const home = withApplicant({ ...emptyHomeForm(), wish: { ...emptyHomeForm().wish, text: '1月中旬の午前' }, district: '中央地区' }, 0, { name: '架空 太郎', phone: '0134-99-9999' });
    expect(callBackDraft('home', home, emptyFacilityForm())).toEqual({ kind: 'home', callerName: '架空 太郎', phone: '0134-99-9999', wanted: '個人宅訪問 1人・1月中旬の午前・中央地区' });
    const family = { ...home, caller: { ...home.caller, relation: 'cohabiting_family' as const, name: '架空 花子', phone: '090-9999-0001' } };
    expect(callBackDraft('home', family, emptyFacilityForm())).toMatchObject({ callerName: '架空 花子', phone: '090-9999-0001' });
    const facility = { ...emptyFacilityForm(), facilityName: '架空ホーム', contactName: '架空 担当', phone: '0134-99-0000', estimatedApplicants: '12' };
    expect(callBackDraft('facility', home, facility)).toEqual({ kind: 'facility', callerName: '架空 担当', phone: '0134-99-0000', wanted: '架空ホーム・約12人' });
  });
});

describe('a wished period in words', () => {
  it('becomes the wished from–to, and goes when the words no longer say it', () => {
    const wish = withWishText(emptyHomeForm().wish, '1月中旬の午前', TODAY);
    expect(wish).toMatchObject({ from: '2027-01-11', to: '2027-01-20', halves: ['am'] });
    expect(withWishText(wish, '午前', TODAY)).toMatchObject({ from: '', to: '' });
  });
});

describe('fields checked as they are left (issue 17 item 5)', () => {
  it('says what is wrong with a phone 「12」, kanji in フリガナ and a date of birth in the future, and nothing of an empty field', () => {
    const form = withApplicant(emptyHomeForm(), 0, { phone: '12', kana: '架空', dateOfBirth: '2030-01-01' });
    expect(fieldProblem(form, 'applicants.0.phone', TODAY)).toBe('電話番号は0から始まる数字とハイフンで入力してください');
    expect(fieldProblem(form, 'applicants.0.kana', TODAY)).toBe('フリガナはカタカナで入力してください');
    expect(fieldProblem(form, 'applicants.0.dateOfBirth', TODAY)).toBe('生年月日が今日より後の日付になっています');
    expect(fieldProblem(form, 'applicants.0.name', TODAY)).toBeUndefined();
  });

  it('a second applicant of a caller who is the first is family by default, and shares the household’s 外出困難な事情', () => {
    const form = addApplicant(withApplicant(emptyHomeForm(), 0, { outingDifficulty: '寝たきり' }));
    expect(form.applicants[1].relation).toBe('cohabiting_family');
    expect(validateHome(form)['applicants.1.outingDifficulty']).toBeUndefined();
    expect(validateHome(form)['applicants.1.relation']).toBeUndefined();
  });
});
