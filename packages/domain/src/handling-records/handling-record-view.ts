/** A row of GET /api/handling-records: one handling of data, with the names of who acted. */
export interface HandlingRecordView {
  id: number;
  occurredAt: string;
  userId: string | null;
  userName: string | null;
  organizationId: string | null;
  organizationName: string | null;
  role: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  programId: string | null;
  ip: string | null;
  reason: string | null;
  /** The target in words (受付番号 and visit date, a report's name, a person's or organization's name), or null. */
  target?: string | null;
}
