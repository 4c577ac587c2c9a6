import { wishPeriod } from './wish-period.js';

describe(wishPeriod.name, () => {
  const today = '2026-12-05';

  it('reads 上旬 / 中旬 / 下旬 / 末 / a whole month, the next such month from today', () => {
    expect(wishPeriod('1月中旬がいい', today)).toEqual({ from: '2027-01-11', to: '2027-01-20' });
    expect(wishPeriod('２月上旬', today)).toEqual({ from: '2027-02-01', to: '2027-02-10' });
    expect(wishPeriod('2月末', today)).toEqual({ from: '2027-02-21', to: '2027-02-28' });
    expect(wishPeriod('12月下旬の午前', today)).toEqual({ from: '2026-12-21', to: '2026-12-31' });
    expect(wishPeriod('3月中に', today)).toEqual({ from: '2027-03-01', to: '2027-03-31' });
    expect(wishPeriod('2028年2月', today)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('leaves dates and words without a month alone', () => {
    expect(wishPeriod('12月8日の午後', today)).toBeNull();
    expect(wishPeriod('火曜の午後', today)).toBeNull();
    expect(wishPeriod('月末', today)).toBeNull();
    expect(wishPeriod('13月', today)).toBeNull();
  });
});
