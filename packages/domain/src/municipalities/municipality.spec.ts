import { isValidLocalGovernmentCode } from './municipality.schema.js';

describe('isValidLocalGovernmentCode', () => {
  it('checks the check digit of real codes', () => {
    expect(isValidLocalGovernmentCode('012033')).toBe(true); // 小樽市
    expect(isValidLocalGovernmentCode('352012')).toBe(true); // 下関市
    expect(isValidLocalGovernmentCode('151009')).toBe(true); // 新潟市
    expect(isValidLocalGovernmentCode('012034')).toBe(false);
    expect(isValidLocalGovernmentCode('01203')).toBe(false);
  });
});
