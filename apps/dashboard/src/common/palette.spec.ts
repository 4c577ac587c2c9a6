import { CALL_CATEGORIES } from '@outreach/domain/calls';
import { CALL_CATEGORY_STYLES, luminance, seriesFill } from './palette';

describe('CALL_CATEGORY_STYLES', () => {
  it('has a style for every category', () => {
    expect(Object.keys(CALL_CATEGORY_STYLES).sort()).toEqual([...CALL_CATEGORIES].sort());
  });

  it('steps the lightness so that neighbouring solid colours differ in greyscale', () => {
    const l = CALL_CATEGORIES.map((c) => luminance(CALL_CATEGORY_STYLES[c].color));
    for (let i = 1; i < l.length; i++) expect(l[i] - l[i - 1]).toBeGreaterThan(0.05);
  });

  it('hatches the categories next to each other alternately', () => {
    const patterned = CALL_CATEGORIES.map((c) => CALL_CATEGORY_STYLES[c].pattern !== 'none');
    for (let i = 1; i < patterned.length; i++) expect(patterned[i]).not.toBe(patterned[i - 1]);
  });
});

describe(seriesFill.name, () => {
  it('fills with the pattern when the style has one', () => {
    expect(seriesFill('p', 'booking', CALL_CATEGORY_STYLES.booking)).toBe('#1b2a6b');
    expect(seriesFill('p', 'other', CALL_CATEGORY_STYLES.other)).toBe('url(#p-other)');
  });
});
