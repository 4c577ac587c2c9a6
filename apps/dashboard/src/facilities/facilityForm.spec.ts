import type { FacilityView } from '@outreach/domain/facilities';
import { facilityFormChanges, facilityFormValues } from './facilityForm';

const facility: FacilityView = {
  id: 'f1',
  programId: 'p1',
  name: '架空ホーム もみじ',
  type: 'group_home',
  address: '小樽市架空町4-4',
  district: '中央地区',
  expectedResidents: 9,
  stage: 'requested',
  visitDate: null,
  bookingId: null,
  nextStep: null,
  updatedAt: '2026-10-01T00:00:00.000Z',
  contactName: null,
  contactPhone: null,
  note: null,
  bookings: [],
  createdAt: '2026-10-01T00:00:00.000Z',
};

describe('facilityFormChanges', () => {
  const initial = facilityFormValues(facility);

  it('sends only what changed, a contact never shown untouched', () => {
    expect(facilityFormChanges(initial, { ...initial, name: '架空ホーム かえで', expectedResidents: '１２' })).toEqual({ body: { name: '架空ホーム かえで', expectedResidents: 12 }, errors: {} });
    expect(facilityFormChanges(initial, initial)).toEqual({ body: {}, errors: {} });
  });

  it('clears a district or a contact emptied by the user', () => {
    expect(facilityFormChanges(initial, { ...initial, district: '' }).body).toEqual({ district: null });
    const withContact = facilityFormValues({ ...facility, contactName: '架空 管理者', contactPhone: '0134-00-4444' });
    expect(facilityFormChanges(withContact, { ...withContact, contactPhone: '' }).body).toEqual({ contactPhone: null });
  });

  it('answers the API schema\'s Japanese messages by field before sending', () => {
    const { body, errors } = facilityFormChanges(initial, { ...initial, name: '', expectedResidents: '十二', contactPhone: '12' });
    expect(body).toEqual({});
    expect(errors.name).toBe('施設名を入力してください');
    expect(errors.expectedResidents).toBe('入所者数の目安を整数で入力してください');
    expect(errors.contactPhone).toMatch(/電話/);
    expect(facilityFormChanges(initial, { ...initial, expectedResidents: '-3' }).errors.expectedResidents).toBe('入所者数の目安を整数で入力してください');
  });
});
