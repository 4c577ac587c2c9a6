import { APPLICATION_MESSAGES, applicationFormIdProblem, applicationInputSchema, individualNumberProblems, normalizeApplicationFormId, takesWalkIns } from './application.schema.js';
import { applicationSearchTokens, applicationTermTokens, prefillFromApplicantRow, prefillFromBooking, registerChecks, registerCounts, registerMismatches, registerMismatchMessage } from './register.js';

const FORM_ID = '1234 5678 9012 3456 7890 123';
const base = {
  source: 'walk_in',
  applicationFormId: FORM_ID,
  name: '小樽　一郎',
  kana: 'おたる　いちろう',
  dateOfBirth: '1940-04-01',
  address: '北海道小樽市花園1丁目1番1号',
  applicationType: 'new',
  identityDocuments: ['drivers_license'],
  photoSource: 'taken_on_site',
  receiptMethod: 'limited_delivery_mail',
};

const errorsOf = (input: object) => {
  const r = applicationInputSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('申請書ID', () => {
  it('is 23 digits once spaces, hyphens and full-width digits are normalized', () => {
    expect(normalizeApplicationFormId('１２３４-5678 9012　3456 7890 123')).toBe('12345678901234567890123');
    expect(applicationFormIdProblem(FORM_ID)).toBeUndefined();
  });

  it('refuses other lengths, letters and an empty value, and names a 12-digit number as a possible individual number', () => {
    expect(applicationFormIdProblem('1234567890123456789012')).toBe(APPLICATION_MESSAGES.formIdFormat);
    expect(applicationFormIdProblem('1234567890123456789012A')).toBe(APPLICATION_MESSAGES.formIdFormat);
    expect(applicationFormIdProblem(' ')).toBe(APPLICATION_MESSAGES.formIdRequired);
    expect(applicationFormIdProblem('1234 5678 9012')).toBe(APPLICATION_MESSAGES.formIdIndividualNumber);
  });
});

describe('applicationInputSchema', () => {
  it('accepts a walk-in, storing the 申請書ID without separators and the kana in katakana', () => {
    const a = applicationInputSchema.parse(base);
    expect(a.applicationFormId).toBe('12345678901234567890123');
    expect(a.kana).toBe('オタル　イチロウ');
    expect(a).toMatchObject({ sex: null, photoException: null, proxyWriting: false, faceAuthCard: false, bookingId: null });
  });

  it('asks for the reason of a photo exception, and refuses an exception on a brought photo', () => {
    expect(errorsOf({ ...base, photoException: 'bedridden' })).toEqual({ photoExceptionReason: APPLICATION_MESSAGES.photoExceptionReason });
    expect(errorsOf({ ...base, photoSource: 'brought', photoException: 'medical', photoExceptionReason: '医療用の帽子' })).toEqual({ photoException: APPLICATION_MESSAGES.photoExceptionNeedsOnSite });
  });

  it('asks whose consent a proxy writing had', () => {
    expect(errorsOf({ ...base, proxyWriting: true })).toEqual({ proxyConsentBy: APPLICATION_MESSAGES.proxyConsentBy });
    expect(errorsOf({ ...base, proxyWriting: true, proxyConsentBy: 'family' })).toEqual({});
  });

  it('uses the bookings’ document rule: one B document is too few, two are enough, a renewal needs the old card; at the office it is checked again', () => {
    expect(errorsOf({ ...base, identityDocuments: ['pension_book'] }).identityDocuments).toMatch(/B欄から2点/);
    expect(errorsOf({ ...base, identityDocuments: ['pension_book', 'care_insurance_card'] })).toEqual({});
    expect(errorsOf({ ...base, applicationType: 'renewal' }).identityDocuments).toMatch(/旧マイナンバーカード/);
    expect(errorsOf({ ...base, identityDocuments: [], receiptMethod: 'office_at_issue' })).toEqual({});
  });

  it('names the booking applicant a booked application comes from', () => {
    expect(errorsOf({ ...base, source: 'booking' })).toHaveProperty('bookingId');
  });
});

describe('takesWalkIns', () => {
  it('takes applications on the day where a session has no booking (a venue, a visit recorded without one), not at a booked visit', () => {
    expect(takesWalkIns({ bookingId: null })).toBe(true);
    expect(takesWalkIns({ bookingId: '0b9f6c1e-8f4a-4d1e-9a43-2c6f0f5d7e11' })).toBe(false);
  });
});

describe('individualNumberProblems', () => {
  it('refuses 12 digits in any free-text field and the 申請書ID, by field, without repeating the digits', () => {
    const errors = individualNumberProblems({ name: '1234 5678 9012', kana: 'ア', address: '小樽市1234-5678-9012', photoExceptionReason: null, applicationFormId: '123456789012' });
    expect(Object.keys(errors).sort()).toEqual(['address', 'applicationFormId', 'name']);
    expect(JSON.stringify(errors)).not.toMatch(/1234|5678|9012/);
  });

  it('leaves a 23-digit 申請書ID written in groups of four alone', () => {
    expect(individualNumberProblems({ applicationFormId: FORM_ID, address: '小樽市花園1丁目1番1号' })).toEqual({});
  });

  it('lets a 12-digit value through the schema so the API can answer it with a 422 on the field', () => {
    expect(errorsOf({ ...base, kana: '123456789012' })).toEqual({});
    expect(errorsOf({ ...base, applicationFormId: '123456789012' })).toEqual({});
  });
});

describe('registerCounts', () => {
  it('counts one application per row by type, photo, exception, receipt, wish and proxy writing', () => {
    const counts = registerCounts([
      { applicationType: 'new', photoSource: 'taken_on_site', photoException: 'bedridden', proxyWriting: true, receiptMethod: 'facility', faceAuthCard: true },
      { applicationType: 'renewal', photoSource: 'brought', photoException: null, proxyWriting: false, receiptMethod: 'limited_delivery_mail', faceAuthCard: false },
      { applicationType: 'lost', photoSource: 'taken_on_site', photoException: null, proxyWriting: false, receiptMethod: 'office_at_issue', faceAuthCard: false },
    ]);
    expect(counts).toMatchObject({
      applicationsNew: 1,
      applicationsRenewal: 1,
      applicationsReissueLost: 1,
      photosTakenOnSite: 2,
      photosBrought: 1,
      photoExceptionsBedridden: 1,
      proxyWriting: 1,
      mailToFacility: 1,
      faceAuthCards: 1,
    });
  });

  it('names each count that differs from the register, with both figures', () => {
    const register = registerCounts([{ applicationType: 'new', photoSource: 'taken_on_site', photoException: null, proxyWriting: false, receiptMethod: 'limited_delivery_mail', faceAuthCard: false }]);
    const mismatches = registerMismatches({ applicationsNew: 2, photosTakenOnSite: 1 }, register);
    expect(mismatches).toEqual([{ field: 'applicationsNew', label: '新規申請', reported: 2, register: 1 }]);
    expect(registerMismatchMessage(mismatches)).toBe('申請台帳と件数が一致しません：新規申請（報告2件・台帳1件）');
    expect(registerMismatchMessage([])).toBeNull();
  });
});

describe('prefill', () => {
  it('takes a booked applicant’s identity, type and documents', () => {
    expect(prefillFromBooking({ name: '小樽　花子', kana: 'オタル　ハナコ', address: '小樽市', dateOfBirth: '1950-01-01', applicationType: 'renewal', identityDocuments: ['my_number_card'] })).toMatchObject({
      name: '小樽　花子',
      applicationType: 'renewal',
      identityDocuments: ['my_number_card'],
      photoSource: 'taken_on_site',
    });
  });

  it('carries a list row’s proxy writing, photo exception, face-auth wish and a card sent to the facility', () => {
    const prefill = prefillFromApplicantRow({
      row: 2,
      no: 1,
      name: '小樽　一郎',
      kana: 'オタル　イチロウ',
      dateOfBirth: '1940-04-01',
      gender: 'male',
      address: '小樽市',
      applicationType: 'renewal',
      identityDocuments: 'old_card',
      proxyWritingNeeded: true,
      photoExceptionReason: '寝たきり',
      faceAuthCardWanted: true,
      cardDelivery: 'facility',
      note: null,
    });
    expect(prefill).toMatchObject({ sex: 'male', identityDocuments: ['my_number_card'], proxyWriting: true, photoException: 'other', photoExceptionReason: '寝たきり', receiptMethod: 'facility', faceAuthCard: true });
  });
});

describe('applicationSearchTokens', () => {
  it('finds an application by its name, kana or 申請書ID however they are typed, and never by a phone', () => {
    const stored = applicationSearchTokens({ name: '見本 久作', kana: 'ミホン　キュウサク', applicationFormId: '12345678901234567890123' });
    const key = (t: { kind: string; value: string }) => `${t.kind}:${t.value}`;
    const storedKeys = new Set(stored.map(key));
    for (const term of ['見本久作', 'みほん きゅうさく', FORM_ID, '１２３４５６７８９０１２３４５６７８９０１２３']) {
      expect(applicationTermTokens(term).some((t) => storedKeys.has(key(t)))).toBe(true);
    }
    expect(applicationTermTokens('0134-99-0042')).toEqual([]);
  });
});

describe('registerChecks', () => {
  it('puts the register’s figure beside each count that differs, and nothing when they agree', () => {
    const register = registerCounts([{ applicationType: 'renewal', photoSource: 'brought', photoException: null, proxyWriting: false, receiptMethod: 'limited_delivery_mail', faceAuthCard: false }]);
    expect(registerChecks({ applicationsRenewal: 1 }, register)).toEqual({ photosBrought: '申請台帳では1件です（入力0件）' });
    expect(registerChecks({ applicationsRenewal: 1, photosBrought: 1 }, register)).toEqual({});
  });
});
