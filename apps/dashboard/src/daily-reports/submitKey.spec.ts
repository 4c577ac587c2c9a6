import { HttpError } from 'ra-core';
import { isRetryable, SubmitKeys, withRetries } from './submitKey';

function keys() {
  let n = 0;
  return new SubmitKeys(() => `key-${++n}`);
}

describe(SubmitKeys.name, () => {
  it('gives each submission its own key', () => {
    const k = keys();
    expect(k.key()).toBe('key-1');
    k.settle();
    expect(k.key()).toBe('key-2');
  });

  it('reuses the key when the outcome of an attempt is unknown (lost connection, 5xx, 409 in progress)', () => {
    const k = keys();
    expect(k.key()).toBe('key-1');
    k.settle(new TypeError('Failed to fetch'));
    expect(k.unsettled).toBe(true);
    expect(k.key()).toBe('key-1');
    k.settle(new HttpError('busy', 409));
    expect(k.key()).toBe('key-1');
    k.settle(new HttpError('bad gateway', 502));
    expect(k.key()).toBe('key-1');
  });

  it('retires the key after a definite answer: success, or a refusal to fix', () => {
    const k = keys();
    k.key();
    k.settle(new HttpError('入力内容を確認してください', 422, { errors: { photos: '…' } }));
    expect(k.unsettled).toBe(false);
    expect(k.key()).toBe('key-2');
  });
});

describe(isRetryable.name, () => {
  it('retries what may not have arrived, not what the API refused', () => {
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable(new HttpError('x', 503))).toBe(true);
    expect(isRetryable(new HttpError('x', 422))).toBe(false);
    expect(isRetryable(new HttpError('x', 403))).toBe(false);
    expect(isRetryable(new Error('x'))).toBe(false);
  });
});

describe(withRetries.name, () => {
  it('retries a lost request with the same key and returns the first success', async () => {
    const k = keys();
    const sent: string[] = [];
    let failures = 2;
    const result = await withRetries(
      async () => {
        sent.push(k.key());
        if (failures-- > 0) throw new TypeError('Failed to fetch');
        return 'submitted';
      },
      { retries: 2, waitMs: 10, sleep: async () => undefined },
    );
    expect(result).toBe('submitted');
    expect(sent).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it('gives up after the retries, and at once on a refusal', async () => {
    let calls = 0;
    const refuse = async () => {
      calls++;
      throw new HttpError('入力内容を確認してください', 422);
    };
    await expect(withRetries(refuse, { retries: 3, waitMs: 10, sleep: async () => undefined })).rejects.toThrow('入力内容');
    expect(calls).toBe(1);
    const waits: number[] = [];
    await expect(
      withRetries(
        async () => {
          throw new TypeError('offline');
        },
        { retries: 2, waitMs: 100, sleep: async (ms) => void waits.push(ms) },
      ),
    ).rejects.toThrow('offline');
    expect(waits).toEqual([100, 200]);
  });
});
