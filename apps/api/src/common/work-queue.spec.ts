import { WorkQueue } from './work-queue';

describe(WorkQueue.name, () => {
  it('never runs more jobs at once than its concurrency, and runs them all in arrival order', async () => {
    const queue = new WorkQueue(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const job = (i: number) => async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      order.push(i);
      active--;
      return i;
    };
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => queue.run(job(i))));
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(order.slice(0, 2).sort()).toEqual([0, 1]);
    expect(queue.size).toBe(0);
  });

  it('frees the slot when a job fails', async () => {
    const queue = new WorkQueue(1);
    await expect(queue.run(() => Promise.reject(new Error('broken image')))).rejects.toThrow('broken image');
    await expect(queue.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('tells a job that has to wait, and only that one', async () => {
    const queue = new WorkQueue(1);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const waited: string[] = [];
    const first = queue.run(() => held, () => waited.push('first'));
    const second = queue.run(() => Promise.resolve(), () => waited.push('second'));
    expect(waited).toEqual(['second']);
    release();
    await Promise.all([first, second]);
    await queue.run(() => Promise.resolve(), () => waited.push('third'));
    expect(waited).toEqual(['second']);
  });
});
