import fs from 'node:fs';
import path from 'node:path';
import { ENV } from '../src/config/config.module';
import type { Env } from '../src/config/env';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { BusinessPlanEntity } from '../src/modules/approvals/business-plan.entity';
import { binary, readWorkbook } from './support/binary';
import { type Cookies, DEMO, FixedClock, handlingTargets, openShimonoseki, SHIMONOSEKI_DESK, type TestApp } from './support/test-app';

/** A small but real PDF (what a vendor exports from Word). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

/**
 * Issue 16 item 4 (004 §8(1)): the vendor's manager submits the business plan as a document, the city admin consents
 * to it or returns it with a reason; the versions, their files and every step are kept; what waits is on the
 * attention list of the one who acts on it.
 */
describe('business plans', () => {
  const clock = new FixedClock(new Date('2026-11-20T01:00:00Z')); // Fri 10:00 JST
  let t: TestApp;
  let programId: string;
  let cookies: Cookies<typeof SHIMONOSEKI_DESK>;

  const base = () => `/api/programs/${programId}/business-plans`;
  const attention = async (cookie: string) => (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookie)).body.attention as Array<{ kind: string; id: string; label: string }>;
  const upload = (cookie: string, file: Buffer, filename: string, fields: Record<string, string> = {}, key?: string) => {
    const req = t.http.post(base()).set('Cookie', cookie);
    if (key) req.set('Idempotency-Key', key);
    for (const [k, v] of Object.entries(fields)) req.field(k, v);
    return req.attach('file', file, { filename, contentType: 'application/octet-stream' });
  };

  beforeAll(async () => {
    ({ t, programId, cookies } = await openShimonoseki({ clock }));
  });
  afterAll(() => t.close());

  it('has the demo’s plan consented to and an amendment waiting, on the city admin’s attention list; the files open', async () => {
    const list = await t.http.get(base()).set('Cookie', cookies.vendor);
    expect(list.status).toBe(200);
    expect(list.body.map((p: { version: number; status: string }) => [p.version, p.status])).toEqual([
      [2, 'submitted'],
      [1, 'approved'],
    ]);
    expect(list.body[1]).toMatchObject({ kind: 'xlsx', submittedByName: expect.any(String), decidedByName: expect.any(String) });
    const waiting = list.body[0];
    expect((await attention(cookies.city)).filter((i) => i.kind.startsWith('business_plan'))).toEqual([
      expect.objectContaining({ kind: 'business_plan_pending', id: waiting.id, label: '11/19 提出の業務計画書（第2版）が承諾を待っています' }),
    ]);
    expect((await attention(cookies.vendor)).some((i) => i.kind.startsWith('business_plan'))).toBe(false);

    const file = await t.http.get(`${base()}/${waiting.id}/file`).set('Cookie', cookies.city).buffer(true).parse(binary);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/spreadsheetml/);
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('業務計画書_第2版.xlsx')}`);
    const wb = await readWorkbook(file.body);
    expect(wb.getWorksheet('業務計画書')?.getCell('A1').value).toBe('業務計画書（第2版）');
  });

  it('refuses a new version while one waits, returns one only with a reason, and takes the next after a return', async () => {
    const [waiting] = (await t.http.get(base()).set('Cookie', cookies.vendor)).body;
    const blocked = await upload(cookies.vendor, PDF, '業務計画書_第3版.pdf');
    expect(blocked.status).toBe(409);
    expect(blocked.body.errors.file).toMatch(/承諾待ちの業務計画書があります/);
    // The refused upload's file was written first and removed with the failed transaction: one file per version.
    const planFiles = () => fs.readdirSync(path.join(t.app.get<Env>(ENV).PHOTO_DIR, 'plans', programId));
    expect(planFiles().sort()).toEqual((await t.dataSource.getRepository(BusinessPlanEntity).findBy({ programId })).map((p) => p.id).sort());

    const noReason = await t.http.post(`${base()}/${waiting.id}/return`).set('Cookie', cookies.city).send({ reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual({ reason: '差し戻しの理由を入力してください' });
    const returned = await t.http.post(`${base()}/${waiting.id}/return`).set('Cookie', cookies.city).send({ reason: '追加する商業施設の広報方法を記載してください' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'returned', returnReason: '追加する商業施設の広報方法を記載してください', decidedBy: t.ids.users[DEMO.shimonosekiAdmin], decidedAt: clock.now().toISOString() });
    expect((await t.http.post(`${base()}/${waiting.id}/approve`).set('Cookie', cookies.city)).status).toBe(409);
    expect((await attention(cookies.vendor)).filter((i) => i.kind.startsWith('business_plan'))).toEqual([
      expect.objectContaining({ kind: 'business_plan_returned', id: waiting.id, label: '業務計画書（第2版）が差し戻されています' }),
    ]);
    expect((await attention(cookies.city)).some((i) => i.kind.startsWith('business_plan'))).toBe(false);

    // A retried upload (same Idempotency-Key, same file) files once.
    const third = await upload(cookies.vendor, PDF, '業務計画書_第3版.pdf', { title: '業務計画書（第3版）', note: '広報方法を追記' }, 'plan-retry-0001');
    expect(third.status).toBe(201);
    expect(third.body).toMatchObject({ version: 3, title: '業務計画書（第3版）', fileName: '業務計画書_第3版.pdf', kind: 'pdf', bytes: PDF.length, note: '広報方法を追記', status: 'submitted', submittedBy: t.ids.users[DEMO.vendorBManager] });
    const retried = await upload(cookies.vendor, PDF, '業務計画書_第3版.pdf', { title: '業務計画書（第3版）', note: '広報方法を追記' }, 'plan-retry-0001');
    expect(retried.status).toBe(201);
    expect(retried.body.id).toBe(third.body.id);
    expect(await t.dataSource.getRepository(BusinessPlanEntity).countBy({ programId })).toBe(3);

    const approved = await t.http.post(`${base()}/${third.body.id}/approve`).set('Cookie', cookies.city);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect((await attention(cookies.vendor)).some((i) => i.kind.startsWith('business_plan'))).toBe(false);
    const pdf = await t.http.get(`${base()}/${third.body.id}/file`).set('Cookie', cookies.vendor).buffer(true);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    const actions = await t.dataSource.getRepository(HandlingRecordEntity).find({ where: { resourceType: 'business_plan', resourceId: third.body.id }, order: { id: 'ASC' } });
    expect(actions.map((a) => a.action)).toEqual(['business_plan.submit', 'business_plan.approve']);
    expect(await handlingTargets(t, cookies.city, 'business_plan', third.body.id)).toEqual([`業務計画書 第${third.body.version}版「${third.body.title}」`]);
  });

  it('checks the file by its bytes and keeps nothing of a refused upload', async () => {
    const before = await t.dataSource.getRepository(BusinessPlanEntity).countBy({ programId });
    const picture = await upload(cookies.vendor, PNG, '計画.pdf');
    expect(picture.status).toBe(422);
    expect(picture.body.errors).toEqual({ file: 'PDF・Word・Excel・PowerPoint のファイルを選択してください' });
    const empty = await upload(cookies.vendor, Buffer.alloc(0), '計画.pdf');
    expect(empty.status).toBe(422);
    expect(empty.body.errors).toEqual({ file: '業務計画書のファイルを選択してください' });
    const tooBig = await upload(cookies.vendor, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), '計画.pdf');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.errors).toEqual({ file: 'ファイルが大きすぎます（上限を超えています）' });
    const noFile = await t.http.post(base()).set('Cookie', cookies.vendor).field('title', '計画');
    expect(noFile.status).toBe(422);
    // A title holding a phone number is refused like every free text that outlives residents' data.
    const phone = await upload(cookies.vendor, PDF, '計画.pdf', { title: '連絡先 090-1234-5678' });
    expect(phone.status).toBe(400);
    expect(Object.keys(phone.body.errors)).toEqual(['title']);
    expect(await t.dataSource.getRepository(BusinessPlanEntity).countBy({ programId })).toBe(before);
  });

  it('lets the vendor withdraw a waiting version, and nobody else', async () => {
    const submitted = await upload(cookies.vendor, PDF, '業務計画書_第4版.pdf');
    expect(submitted.status).toBe(201);
    expect(submitted.body.title).toBe('業務計画書_第4版');
    expect((await t.http.post(`${base()}/${submitted.body.id}/withdraw`).set('Cookie', cookies.city)).status).toBe(403);
    const withdrawn = await t.http.post(`${base()}/${submitted.body.id}/withdraw`).set('Cookie', cookies.vendor);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await t.http.post(`${base()}/${submitted.body.id}/approve`).set('Cookie', cookies.city)).status).toBe(409);
  });

  it('lets only the vendor manager submit and only the city admin decide; another city’s plans are not found', async () => {
    const [latest] = (await t.http.get(base()).set('Cookie', cookies.city)).body;
    expect((await upload(cookies.city, PDF, '計画.pdf')).status).toBe(403);
    expect((await t.http.post(`${base()}/${latest.id}/approve`).set('Cookie', cookies.vendor)).status).toBe(403);
    expect((await t.http.get(base()).set('Cookie', cookies.otaruCity)).status).toBe(404);
    expect((await t.http.get(`${base()}/${latest.id}/file`).set('Cookie', cookies.otaruVendor)).status).toBe(404);
    expect((await upload(cookies.otaruVendor, PDF, '計画.pdf')).status).toBe(404);
    // Shimonoseki's plan through Otaru's program: not found either.
    expect((await t.http.get(`/api/programs/${t.ids.programs.otaru}/business-plans/${latest.id}/file`).set('Cookie', cookies.otaruCity)).status).toBe(404);
    expect((await t.http.post(`/api/programs/${t.ids.programs.otaru}/business-plans/${latest.id}/approve`).set('Cookie', cookies.otaruCity)).status).toBe(404);
  });

  it('asks the vendor for a plan where the program requires one and none is consented or waiting', async () => {
    // Otaru does not require one (003 has no such clause): nothing on its lists.
    const otaruAttention = (await t.http.get(`/api/programs/${t.ids.programs.otaru}/dashboard`).set('Cookie', cookies.otaruVendor)).body.attention as Array<{ kind: string }>;
    expect(otaruAttention.some((i) => i.kind.startsWith('business_plan'))).toBe(false);
    await t.dataSource.getRepository(BusinessPlanEntity).delete({ programId });
    expect((await attention(cookies.vendor)).filter((i) => i.kind.startsWith('business_plan'))).toEqual([
      expect.objectContaining({ kind: 'business_plan_missing', label: '業務計画書を提出し、市の承諾を得てください', date: '2026-07-01' }),
    ]);
  });
});
