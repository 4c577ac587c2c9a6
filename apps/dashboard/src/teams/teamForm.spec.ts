import { sessionsJa } from '../sessions/i18n';
import { parseItineraryId, splitNames, teamBody, toggleStaff, visitKindsText } from './teamForm';

describe('team form', () => {
  it('splits city staff names on 、, commas and new lines', () => {
    expect(splitNames('小樽 一郎、 小樽 花子\n,  ')).toEqual(['小樽 一郎', '小樽 花子']);
  });

  it('drops the lead when the lead is unticked, and builds the body', () => {
    const state = toggleStaff(toggleStaff({ staffIds: [], leadId: null, cityStaffText: '' }, 'a'), 'b');
    expect(toggleStaff({ ...state, leadId: 'a' }, 'a')).toEqual({ staffIds: ['b'], leadId: null, cityStaffText: '' });
    expect(teamBody({ date: '2026-09-24', half: 'am' }, { ...state, leadId: 'b', cityStaffText: '小樽 一郎' })).toEqual({ date: '2026-09-24', half: 'am', staffIds: ['a', 'b'], leadId: 'b', cityStaff: ['小樽 一郎'] });
  });

  it('reads the half-day of an itinerary route', () => {
    expect(parseItineraryId('2026-09-24_pm')).toEqual({ date: '2026-09-24', half: 'pm' });
    expect(parseItineraryId('2026-09-24')).toBeNull();
  });

  it('writes the half-day\'s visits by kind with their Japanese names', () => {
    const name = (kind: keyof typeof sessionsJa.serviceKinds) => sessionsJa.serviceKinds[kind];
    expect(visitKindsText({ visitKinds: [{ serviceKind: 'home_visit', count: 2 }, { serviceKind: 'facility_visit', count: 1 }] }, name)).toBe('個人宅訪問 2・福祉施設訪問 1');
    expect(visitKindsText({ visitKinds: [] }, name)).toBe('');
  });
});
