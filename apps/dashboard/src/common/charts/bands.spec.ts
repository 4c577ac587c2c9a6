import { wholeBandsWidth } from './bands';

describe('wholeBandsWidth', () => {
  it('leaves a chart whose weeks all fit unscrolled', () => {
    expect(wholeBandsWidth(600, 10, 52, 8)).toBeNull();
    expect(wholeBandsWidth(528, 10, 52, 8)).toBeNull();
    expect(wholeBandsWidth(0, 10, 52, 8)).toBeNull();
  });

  it('widens the weeks a little so that the box holds whole ones, the scroll range too', () => {
    // A phone's card: 302 px for 19 weeks of at least 52 px (5 fit, 58.8 px each).
    const width = wholeBandsWidth(302, 19, 52, 8)!;
    const band = (width - 8) / 19;
    expect(band).toBeGreaterThanOrEqual(52);
    expect(band).toBeLessThan(52 * (6 / 5));
    expect((302 - 8) / band).toBeCloseTo(5, 9);
    // Scrolled to the end, the left edge is a week's boundary.
    expect((width - 302) / band).toBeCloseTo(14, 9);
  });

  it('gives every box and period a whole number of weeks in view and at least the minimum per week', () => {
    for (let box = 60; box <= 1400; box += 7) {
      for (const bands of [1, 2, 5, 13, 27, 53]) {
        for (const min of [40, 52]) {
          const width = wholeBandsWidth(box, bands, min, 8);
          if (width === null) {
            expect(box <= 8 + min || bands * min <= box - 8).toBe(true);
            continue;
          }
          const band = (width - 8) / bands;
          expect(band).toBeGreaterThanOrEqual(min - 1e-9);
          const inView = (box - 8) / band;
          expect(Math.abs(inView - Math.round(inView))).toBeLessThan(1e-9);
          expect(width).toBeGreaterThan(box);
        }
      }
    }
  });
});
