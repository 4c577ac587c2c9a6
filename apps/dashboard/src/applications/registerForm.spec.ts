import { draftFromCandidate, registerBody, walkInDraft } from './registerForm';

describe('the register entry form', () => {
  it('starts a booked applicant from the booking, keeping where it came from', () => {
    const d = draftFromCandidate({ source: 'booking', bookingId: 'b1', sourceIndex: 1, prefill: { name: '見本 久作', applicationType: 'renewal', identityDocuments: ['my_number_card'] } });
    expect(d).toMatchObject({ source: 'booking', bookingId: 'b1', sourceIndex: 1, name: '見本 久作', applicationType: 'renewal', photoSource: 'taken_on_site', applicationFormId: '' });
  });

  it('drops an exception from a brought photo and a consent without proxy writing', () => {
    const body = registerBody({ ...walkInDraft(), photoSource: 'brought', photoException: 'medical', photoExceptionReason: '帽子', proxyWriting: false, proxyConsentBy: 'family' });
    expect(body).toMatchObject({ photoException: null, photoExceptionReason: null, proxyConsentBy: null, source: 'walk_in', bookingId: null });
  });
});
