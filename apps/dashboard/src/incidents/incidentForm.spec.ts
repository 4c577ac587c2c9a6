import { incidentInputOf, validateIncident } from './incidentForm';

const values = {
  id: 'i1',
  programId: 'p1',
  kind: 'loss',
  occurredAt: '2026-11-19T15:00:00+09:00',
  discoveredAt: '2026-11-20T09:00:00+09:00',
  residentsAffected: 2,
  summary: '受付票2枚（受付番号12・13）が見当たらない',
  actionsTaken: '',
  cityInstructions: null,
  status: 'investigating',
  reportedByName: '架空 管理者',
};

describe(incidentInputOf.name, () => {
  it('sends only what the API takes, empty texts left out', () => {
    expect(incidentInputOf(values)).toEqual({
      kind: 'loss',
      occurredAt: '2026-11-19T15:00:00+09:00',
      discoveredAt: '2026-11-20T09:00:00+09:00',
      residentsAffected: 2,
      summary: '受付票2枚（受付番号12・13）が見当たらない',
      status: 'investigating',
    });
  });
});

describe(validateIncident.name, () => {
  it('names the field and says why, as the API would', () => {
    expect(validateIncident(values)).toEqual({});
    expect(validateIncident({ ...values, status: 'resolved' })).toEqual({ actionsTaken: '対応完了にするには、行った対応を入力してください' });
    expect(validateIncident({ ...values, summary: '電話 0134-32-4111 の方の受付票' }).summary).toMatch(/電話番号/);
  });
});
