import { createInteractionLog } from './interactionLog';

describe(createInteractionLog.name, () => {
  it('counts every interaction and times from the first one to finish', () => {
    let now = 1000;
    const log = createInteractionLog(() => now);
    expect(log.seconds).toBe(0);
    log.record('press', 'Tab');
    now += 1500;
    log.record('type', '架空 太郎');
    log.record('press', ' ');
    now += 2440;
    log.record('press', 'Enter');
    now += 1000;
    log.finish();
    now += 5000;
    log.record('click', 'too late');
    expect(log.count).toBe(4);
    expect(log.seconds).toBe(4.9);
    expect(log.entries.map((e) => e.at)).toEqual([0, 1500, 1500, 3940]);
    expect(log.summary()).toBe('4 interactions in 4.9 s: press Tab, type "架空 太郎", press Space, press Enter');
  });
});
