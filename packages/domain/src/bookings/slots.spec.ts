import { bookingRulesSchema } from '../programs/program.schema.js';
import {
  extraPmPosition,
  facilityPositions,
  halfOf,
  homePositions,
  isHomePosition,
  isSlotPosition,
  positionLabel,
  slotKey,
  slotPositionSchema,
  slotWindow,
} from './slots.js';

const OTARU = bookingRulesSchema.parse({});

describe('slot positions', () => {
  it('has AM1, AM2 / PM1, PM2 by default, and PM3 only when the program opens it', () => {
    expect(homePositions(OTARU, 'am')).toEqual(['AM1', 'AM2']);
    expect(homePositions(OTARU, 'pm')).toEqual(['PM1', 'PM2']);
    expect(extraPmPosition(OTARU)).toBeUndefined();
    const withThird = { ...OTARU, pmThirdSlotEnabled: true };
    expect(homePositions(withThird, 'pm')).toEqual(['PM1', 'PM2', 'PM3']);
    expect(extraPmPosition(withThird)).toBe('PM3');
  });

  it('follows the slot counts of the settings', () => {
    expect(homePositions({ ...OTARU, homeSlotsAm: 0 }, 'am')).toEqual([]);
    expect(homePositions({ ...OTARU, homeSlotsPm: 3, pmThirdSlotEnabled: true }, 'pm')).toEqual(['PM1', 'PM2', 'PM3', 'PM4']);
    expect(extraPmPosition({ ...OTARU, homeSlotsPm: 0, pmThirdSlotEnabled: true })).toBeUndefined();
  });

  it('has one facility session per half: FAM, FPM (none when the count is 0)', () => {
    expect(facilityPositions(OTARU, 'am')).toEqual(['FAM']);
    expect(facilityPositions(OTARU, 'pm')).toEqual(['FPM']);
    expect(facilityPositions({ ...OTARU, facilitySlotsPm: 0 }, 'pm')).toEqual([]);
    expect(facilityPositions({ ...OTARU, facilitySlotsAm: 2 }, 'am')).toEqual(['FAM', 'FAM2']);
  });

  it('reads position names, one spelling each', () => {
    expect(['AM1', 'PM3', 'FAM', 'FPM', 'FAM2'].every(isSlotPosition)).toBe(true);
    expect(['AM', 'FAM1', 'AM0', 'XM1', 'am1', ''].some(isSlotPosition)).toBe(false);
    expect(halfOf('PM2')).toBe('pm');
    expect(halfOf('FAM')).toBe('am');
    expect(isHomePosition('AM2')).toBe(true);
    expect(isHomePosition('FPM')).toBe(false);
    expect(slotPositionSchema.safeParse('AM9').success).toBe(true);
    expect(slotPositionSchema.safeParse('ZZ').error?.issues[0].message).toBe('枠の指定が正しくありません');
  });

  it('names positions as the operator says them', () => {
    expect(positionLabel('PM3')).toBe('午後3件目');
    expect(positionLabel('AM1')).toBe('午前1件目');
    expect(positionLabel('FPM')).toBe('午後の施設訪問');
  });
});

describe(slotWindow.name, () => {
  it('tells the Otaru visiting times (§8(2)ウ)', () => {
    expect(slotWindow('AM1')).toEqual({ start: '10:00', end: null, label: '10:00頃' });
    expect(slotWindow('AM2')).toEqual({ start: '10:30', end: '11:30', label: '10:30〜11:30' });
    expect(slotWindow('PM1')).toEqual({ start: '14:00', end: null, label: '14:00頃' });
    expect(slotWindow('PM2')).toEqual({ start: '14:30', end: '15:30', label: '14:30〜15:30' });
    expect(slotWindow('PM3')).toEqual({ start: '15:00', end: '16:00', label: '15:00〜16:00' });
    expect(slotWindow('FAM')).toEqual({ start: '10:00', end: null, label: '10:00〜' });
    expect(slotWindow('FPM')).toEqual({ start: '14:00', end: null, label: '14:00〜' });
  });

  it('continues the 30-minute steps beyond the spec, and starts a 2nd facility team at the same time', () => {
    expect(slotWindow('AM3').label).toBe('11:00〜12:00');
    expect(slotWindow('PM4').label).toBe('15:30〜16:30');
    expect(slotWindow('FAM2').label).toBe('10:00〜');
  });
});

describe(slotKey.name, () => {
  it('is the date and the position', () => {
    expect(slotKey('2026-06-17', 'AM2')).toBe('2026-06-17:AM2');
  });
});
