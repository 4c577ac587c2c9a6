import { CALL_CATEGORIES } from '@outreach/domain';
import { CATEGORY_STYLES, categoryFill, luminance } from './palette';

describe('CATEGORY_STYLES', () => {
  it('has a style for every category', () => {
    expect(Object.keys(CATEGORY_STYLES).sort()).toEqual([...CALL_CATEGORIES].sort());
  });

  it('steps the lightness so that neighbouring solid colours differ in greyscale', () => {
    const l = CALL_CATEGORIES.map((c) => luminance(CATEGORY_STYLES[c].color));
    for (let i = 1; i < l.length; i++) expect(l[i] - l[i - 1]).toBeGreaterThan(0.05);
  });

  it('hatches the categories next to each other alternately', () => {
    const patterned = CALL_CATEGORIES.map((c) => CATEGORY_STYLES[c].pattern !== 'none');
    for (let i = 1; i < patterned.length; i++) expect(patterned[i]).not.toBe(patterned[i - 1]);
  });
});

describe(categoryFill.name, () => {
  it('uses the pattern when the category has one', () => {
    expect(categoryFill('booking', 'p')).toBe('#1b2a6b');
    expect(categoryFill('other', 'p')).toBe('url(#p-other)');
  });
});

describe(luminance.name, () => {
  it('is 0 for black and 1 for white', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1);
  });
});
