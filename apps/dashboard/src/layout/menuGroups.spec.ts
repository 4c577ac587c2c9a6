import type { ProgramSummary } from '@outreach/domain/programs';
import { LISTED_RESOURCES } from '../providers/access';
import { BOOKING_DESK, MENU_GROUPS, usedByProgram } from './menuGroups';

const program = (settings: Partial<ProgramSummary>) =>
  ({ id: 'p', title: '事業', periodStart: '2026-07-01', periodEnd: '2027-03-31', weekStartsOn: 1, callWeekReportDueWeekday: 2, workingHours: {}, municipalityName: '下関市', ...settings }) as ProgramSummary;

describe('MENU_GROUPS', () => {
  it('places every listed resource (and the 帳票 page) in exactly one section, and nothing else besides the booking desk', () => {
    const placed = MENU_GROUPS.flatMap((group) => [...group.entries]);
    expect(placed.filter((entry, i) => placed.indexOf(entry) !== i)).toEqual([]);
    expect(placed.filter((entry) => entry !== BOOKING_DESK).sort()).toEqual([...LISTED_RESOURCES].sort());
  });

  it('puts the booking desk first among the reception entries, before the calls and the bookings list', () => {
    const reception = MENU_GROUPS.find((group) => group.id === 'reception')!.entries;
    expect(reception.slice(0, 3)).toEqual([BOOKING_DESK, 'calls', 'bookings']);
  });
});

describe(usedByProgram.name, () => {
  it('offers site approvals and business plans only to a program that asks for the city’s approval of them', () => {
    const otaru = program({ requireSiteApproval: false, requireBusinessPlan: false });
    const shimonoseki = program({ requireSiteApproval: true, requireBusinessPlan: true });
    expect(usedByProgram('site-approvals', otaru)).toBe(false);
    expect(usedByProgram('business-plans', otaru)).toBe(false);
    expect(usedByProgram('site-approvals', shimonoseki)).toBe(true);
    expect(usedByProgram('business-plans', shimonoseki)).toBe(true);
    expect(usedByProgram('business-plans', program({ requireSiteApproval: true, requireBusinessPlan: false }))).toBe(false);
  });

  it('offers the screens of booked visits only to a program whose call center books them; its calls, call-backs and teams stay', () => {
    const shimonoseki = program({ takesBookings: false, requireSiteApproval: true, requireBusinessPlan: true });
    const entries = MENU_GROUPS.flatMap((group) => [...group.entries]);
    expect(entries.filter((entry) => !usedByProgram(entry, shimonoseki))).toEqual([BOOKING_DESK, 'bookings', 'confirmation-calls', 'reception-list', 'slip-shares']);
    for (const entry of [BOOKING_DESK, 'bookings', 'reception-list']) expect(usedByProgram(entry, program({ takesBookings: true }))).toBe(true);
  });

  it('offers every other screen whatever the settings, and everything while no program is current or a setting is not given', () => {
    const otaru = program({ takesBookings: true, requireSiteApproval: false, requireBusinessPlan: false });
    for (const entry of MENU_GROUPS.flatMap((group) => [...group.entries]).filter((e) => e !== 'site-approvals' && e !== 'business-plans')) {
      expect(usedByProgram(entry, otaru)).toBe(true);
    }
    expect(usedByProgram('site-approvals', undefined)).toBe(true);
    expect(usedByProgram('business-plans', program({}))).toBe(true);
    expect(usedByProgram(BOOKING_DESK, program({}))).toBe(true);
  });
});
