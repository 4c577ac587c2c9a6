import { followWishText, parseWishText } from './wishText';

const TODAY = '2026-11-22';

describe(parseWishText.name, () => {
  it('reads weekdays and halves from the caller’s words', () => {
    expect(parseWishText('火曜の午後がいい', TODAY)).toEqual({ weekdays: [2], halves: ['pm'], dates: [] });
    expect(parseWishText('水・金 午前中', TODAY)).toEqual({ weekdays: [3, 5], halves: ['am'], dates: [] });
    expect(parseWishText('火午後', TODAY)).toEqual({ weekdays: [2], halves: ['pm'], dates: [] });
    expect(parseWishText('月曜か木曜、朝', TODAY)).toEqual({ weekdays: [1, 4], halves: ['am'], dates: [] });
  });

  it('does not take 12月, 月末, お金 or weekend days for visit weekdays', () => {
    expect(parseWishText('12月の月末がいい', TODAY).weekdays).toEqual([]);
    expect(parseWishText('お金の用意に時間がかかる', TODAY).weekdays).toEqual([]);
    expect(parseWishText('土曜か日曜', TODAY).weekdays).toEqual([]);
  });

  it('reads dates, the next such date from today when no year is said', () => {
    expect(parseWishText('12/8か１２月１５日の午前', TODAY)).toEqual({ weekdays: [], halves: ['am'], dates: ['2026-12-08', '2026-12-15'] });
    expect(parseWishText('1/6', TODAY).dates).toEqual(['2027-01-06']);
    expect(parseWishText('2/30', TODAY).dates).toEqual([]);
  });
});

describe(followWishText.name, () => {
  const none = { weekdays: [], halves: [], dates: [] };
  it('follows what the words say when that changes', () => {
    const current = { weekdays: [], halves: [], dates: [] };
    expect(followWishText(current, none, { weekdays: [2], halves: ['pm'], dates: [] })).toEqual({ weekdays: [2], halves: ['pm'], dates: [] });
  });

  it('keeps a toggle picked by hand when the words say nothing new about it', () => {
    const current = { weekdays: [3], halves: ['am' as const], dates: [] };
    expect(followWishText(current, { weekdays: [], halves: ['am'], dates: [] }, { weekdays: [], halves: ['am'], dates: [] })).toEqual(current);
  });
});
