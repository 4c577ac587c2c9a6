import { addDistrict, matrixPayload, minutesBetween, missingPairs, removeDistrict, setMinutes } from './travelMatrix';

describe('travel matrix grid', () => {
  const base = { districts: ['中央地区', '南小樽地区', '北部地区'], minutes: { 中央地区: { 南小樽地区: 10 } } };

  it('reads a pair either way round; the same district is 0', () => {
    expect(minutesBetween(base, '南小樽地区', '中央地区')).toBe(10);
    expect(minutesBetween(base, '北部地区', '北部地区')).toBe(0);
    expect(minutesBetween(base, '北部地区', '中央地区')).toBeUndefined();
  });

  it('keeps the matrix symmetric and lists the pairs still missing', () => {
    const m = setMinutes(base, '北部地区', '中央地区', 12);
    expect(m.minutes['中央地区']['北部地区']).toBe(12);
    expect(missingPairs(m)).toEqual([['南小樽地区', '北部地区']]);
    expect(minutesBetween(setMinutes(m, '中央地区', '北部地区', undefined), '北部地区', '中央地区')).toBeUndefined();
  });

  it('adds and removes districts; the payload has every pair both ways and nothing unlisted', () => {
    const added = addDistrict(addDistrict(base, ' 銭函地区 '), '中央地区');
    expect(added.districts).toEqual(['中央地区', '南小樽地区', '北部地区', '銭函地区']);
    const m = removeDistrict(setMinutes(added, '銭函地区', '中央地区', 30), '南小樽地区');
    expect(matrixPayload(m)).toEqual({ districts: ['中央地区', '北部地区', '銭函地区'], minutes: { 中央地区: { 銭函地区: 30 }, 銭函地区: { 中央地区: 30 } } });
  });
});
