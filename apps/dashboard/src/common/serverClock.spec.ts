import { noteServerTime, serverNow, serverToday } from './serverClock';

describe('the dashboard’s now, taken from the API', () => {
  afterEach(() => noteServerTime(new Date().toISOString()));

  it('follows the API’s clock when this PC’s is off by days, and keeps running from it', () => {
    const pc = Date.parse('2026-12-07T01:00:00Z'); // Monday 10:00 in Japan on this PC
    jest.spyOn(Date, 'now').mockReturnValue(pc);
    noteServerTime('2026-11-19T00:30:00.000Z', pc); // the API says Thursday 19 November, 09:30
    expect(serverToday()).toBe('2026-11-19');
    jest.spyOn(Date, 'now').mockReturnValue(pc + 15 * 3_600_000); // fifteen hours later on this PC
    expect(serverNow().toISOString()).toBe('2026-11-19T15:30:00.000Z');
    expect(serverToday()).toBe('2026-11-20'); // past midnight in Japan
    jest.restoreAllMocks();
  });

  it('ignores an answer without the header or with a bad one', () => {
    const pc = Date.parse('2026-12-07T01:00:00Z');
    jest.spyOn(Date, 'now').mockReturnValue(pc);
    noteServerTime('2026-11-19T00:30:00.000Z', pc);
    noteServerTime(null);
    noteServerTime('yesterday');
    expect(serverToday()).toBe('2026-11-19');
    jest.restoreAllMocks();
  });
});
