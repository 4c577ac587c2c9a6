/** A row of GET /api/report-downloads: one report download as the 帳票 page lists it. */
export interface ReportDownloadView {
  /** The download's row in the handling record. */
  id: number;
  occurredAt: string;
  userId: string | null;
  userName: string | null;
  organizationName: string | null;
  kind: string | null;
  kindLabel: string;
  programId: string | null;
  filename: string | null;
  params: Record<string, unknown>;
}
