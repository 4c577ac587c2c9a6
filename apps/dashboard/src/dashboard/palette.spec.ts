import { luminance, seriesFill, type SeriesStyle } from '../common/palette';
import { KIND_STYLES, PHOTO_STYLES, RATE_LINE_STYLES, TARGET_LINE_STYLES } from './palette';
import { PHOTO_EXCEPTIONS } from './shape';

/** In a stack, neighbours must differ in lightness or one of them must carry a pattern. */
function readableInGreyscale(styles: SeriesStyle[]) {
  for (let i = 1; i < styles.length; i++) {
    const apart = Math.abs(luminance(styles[i].color) - luminance(styles[i - 1].color)) > 0.05;
    expect(apart || styles[i].pattern !== styles[i - 1].pattern).toBe(true);
  }
}

describe('dashboard palette', () => {
  it('steps the lightness of the service kinds (applications are the same colours, hatched)', () => {
    const l = (['home_visit', 'facility_visit', 'venue_event'] as const).map((k) => luminance(KIND_STYLES[k].color));
    for (let i = 1; i < l.length; i++) expect(l[i] - l[i - 1]).toBeGreaterThan(0.1);
  });

  it('keeps the photo stacks apart in greyscale', () => {
    readableInGreyscale([PHOTO_STYLES.onSite, PHOTO_STYLES.brought]);
    readableInGreyscale(PHOTO_EXCEPTIONS.map((k) => PHOTO_STYLES[k]));
    const l = PHOTO_EXCEPTIONS.map((k) => luminance(PHOTO_STYLES[k].color));
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeGreaterThan(l[i - 1]);
  });

  it('gives every line of a chart its own dash pattern', () => {
    for (const styles of [TARGET_LINE_STYLES, RATE_LINE_STYLES]) {
      const dashes = Object.values(styles).map((s) => s.dash ?? 'solid');
      expect(new Set(dashes).size).toBe(dashes.length);
    }
  });

  it('fills with the pattern when the style has one', () => {
    expect(seriesFill('p', 'onSite', PHOTO_STYLES.onSite)).toBe('#1b2a6b');
    expect(seriesFill('p', 'medical', PHOTO_STYLES.medical)).toBe('url(#p-medical)');
  });
});
