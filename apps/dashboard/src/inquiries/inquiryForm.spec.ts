import { inquiryInputOf, validateInquiry } from './inquiryForm';

describe(inquiryInputOf.name, () => {
  it('sends what the API takes, dropping nulls and empty texts', () => {
    expect(
      inquiryInputOf({ id: 'q', open: true, date: '2026-06-20', channel: 'phone', category: 'complaint', summary: '連絡が遅い', handling: '', escalatedToCity: null, closedDate: null }),
    ).toEqual({ date: '2026-06-20', channel: 'phone', category: 'complaint', summary: '連絡が遅い', escalatedToCity: false });
  });
});

describe(validateInquiry.name, () => {
  it("gives the shared schema's messages", () => {
    expect(validateInquiry({ date: '2026-06-20', channel: 'phone', category: 'inquiry', summary: '', closedDate: '2026-06-19' })).toEqual({
      summary: '内容を入力してください',
      closedDate: '完了日は受付日以降にしてください',
    });
    expect(validateInquiry({ date: '2026-06-20', channel: 'phone', category: 'inquiry', summary: '電話 0134-32-4111 の方' }).summary).toContain('電話番号');
  });
});
