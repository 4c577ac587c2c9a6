import type { ArgumentsHost } from '@nestjs/common';
import { conflict, invalid } from '@outreach/domain/common';
import { DomainExceptionFilter } from './domain-exception.filter';

function hostFor(req: object) {
  const res = { statusCode: 0, body: undefined as unknown, status(code: number) { this.statusCode = code; return this; }, json(body: unknown) { this.body = body; return this; } };
  const host = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }) } as unknown as ArgumentsHost;
  return { host, res };
}

describe(DomainExceptionFilter.name, () => {
  const filter = new DomainExceptionFilter();
  beforeAll(() => jest.spyOn((filter as unknown as { logger: { error: () => void } }).logger, 'error').mockImplementation(() => undefined));

  it('maps domain errors to their status with the field errors react-admin shows', () => {
    const { host, res } = hostFor({ id: 'r1' });
    filter.catch(invalid('入力内容を確認してください', { goal: '1以上にしてください' }), host);
    expect(res.statusCode).toBe(422);
    expect(res.body).toEqual({ message: '入力内容を確認してください', errors: { goal: '1以上にしてください' } });

    const c = hostFor({});
    filter.catch(conflict('この枠は直前に予約されました', {}, { alternatives: [] }), c.host);
    expect(c.res.statusCode).toBe(409);
    expect(c.res.body).toEqual({ message: 'この枠は直前に予約されました', errors: {}, alternatives: [] });
  });

  it('turns an unknown error into a 500 with the request id and nothing internal', () => {
    const { host, res } = hostFor({ id: 'req-123', method: 'GET' });
    filter.catch(new Error('SELECT * FROM secret_table failed at /srv/app/x.ts:12'), host);
    expect(res.statusCode).toBe(500);
    const body = res.body as { message: string; requestId: string; errors: object };
    expect(body.requestId).toBe('req-123');
    expect(body.message).toContain('req-123');
    expect(JSON.stringify(body)).not.toMatch(/secret_table|\/srv\/app|SELECT/);
  });
});
