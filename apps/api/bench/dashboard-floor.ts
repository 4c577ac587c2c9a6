import type { DataSource } from 'typeorm';

/**
 * The floor of the dashboard benchmark: the aggregates behind GET /api/programs/:id/dashboard, each as the
 * smallest hand-written SQL, run on the same DataSource (in parallel, as the service runs its own). No HTTP,
 * no auth, no ORM, no shaping: what the database alone costs for the same figures.
 */
export interface FloorParams {
  programId: string;
  from: string;
  to: string;
  /** The call weeks around [from, to] (the endpoint reads whole weeks). */
  weekFrom: string;
  weekTo: string;
  /** Progress is counted up to this date. */
  asOf: string;
}

const APPS = 'applications_new + applications_renewal + applications_reissue_lost + applications_reissue_damaged + applications_reissue_other';

/** name → [sql, params]. Only portable SQL: the same text runs on SQLite and MariaDB. */
export function floorQueries(p: FloorParams): Array<{ name: string; sql: string; params: unknown[] }> {
  const id = p.programId;
  return [
    {
      name: 'sessions per date × kind (held, with every count)',
      sql: `SELECT date, service_kind, COUNT(*) AS sessions,
              SUM(applications_new) AS a_new, SUM(applications_renewal) AS a_renewal, SUM(applications_reissue_lost) AS a_lost,
              SUM(applications_reissue_damaged) AS a_damaged, SUM(applications_reissue_other) AS a_other, SUM(face_auth_cards) AS face_auth,
              SUM(consultations) AS consultations, SUM(photos_taken_on_site) AS on_site, SUM(photos_brought) AS brought,
              SUM(photo_retakes) AS retakes, SUM(photo_exceptions_medical) AS ex_medical, SUM(photo_exceptions_disability) AS ex_disability,
              SUM(photo_exceptions_bedridden) AS ex_bedridden, SUM(photo_exceptions_other) AS ex_other
            FROM session WHERE program_id = ? AND status = 'held' AND date BETWEEN ? AND ?
            GROUP BY date, service_kind`,
      params: [id, p.from, p.to],
    },
    {
      name: 'calls per date × category (× outcome, flags)',
      sql: `SELECT date, category, outcome, late, outside_hours, SUM(count) AS n
            FROM call_log WHERE program_id = ? AND direction = 'in' AND date BETWEEN ? AND ?
            GROUP BY date, category, outcome, late, outside_hours`,
      params: [id, p.weekFrom, p.weekTo],
    },
    {
      name: 'call week reports',
      sql: `SELECT week_start, status, submitted_at, frozen_counts FROM call_week WHERE program_id = ? AND week_start BETWEEN ? AND ?`,
      params: [id, p.weekFrom, p.to],
    },
    {
      name: 'daily reports per status',
      sql: `SELECT status, COUNT(*) AS n FROM daily_report WHERE program_id = ? GROUP BY status`,
      params: [id],
    },
    {
      name: 'daily reports (date, status, submitted) for timeliness',
      sql: `SELECT id, date, status, submitted_at FROM daily_report WHERE program_id = ? AND date BETWEEN ? AND ?`,
      params: [id, p.from, p.to],
    },
    {
      name: 'bookings per status',
      sql: `SELECT status, COUNT(*) AS n FROM booking WHERE program_id = ? AND received_date BETWEEN ? AND ? GROUP BY status`,
      params: [id, p.from, p.to],
    },
    {
      name: 'photos pending',
      sql: `SELECT COUNT(*) AS n FROM activity_photo WHERE program_id = ? AND review_status = 'pending'`,
      params: [id],
    },
    {
      name: 'defects open',
      sql: `SELECT id, received_date FROM defect WHERE program_id = ? AND resolved_date IS NULL ORDER BY received_date LIMIT 20`,
      params: [id],
    },
    {
      name: 'complaints open',
      sql: `SELECT id, date FROM inquiry WHERE program_id = ? AND category = 'complaint' AND closed_date IS NULL ORDER BY date LIMIT 20`,
      params: [id],
    },
    {
      name: 'targets',
      sql: `SELECT g.id AS group_id, g.logic, t.metric, t.goal, t.service_kinds FROM target t JOIN target_group g ON g.id = t.group_id
            WHERE g.program_id = ? ORDER BY g.sort_order, t.sort_order`,
      params: [id],
    },
    {
      name: 'visit days',
      sql: `SELECT date, kind FROM visit_day WHERE program_id = ?`,
      params: [id],
    },
    {
      name: 'progress: sessions, applications, consultations per date × kind',
      sql: `SELECT date, service_kind, COUNT(*) AS sessions, SUM(${APPS}) AS applications, SUM(consultations) AS consultations
            FROM session WHERE program_id = ? AND status = 'held' AND date <= ? GROUP BY date, service_kind`,
      params: [id, p.asOf],
    },
    {
      name: 'progress: facilities by first visit',
      sql: `SELECT place, MIN(date) AS first FROM session
            WHERE program_id = ? AND status = 'held' AND service_kind = 'facility_visit' AND date <= ? GROUP BY place`,
      params: [id, p.asOf],
    },
    {
      name: 'progress: reservations per date × kind',
      sql: `SELECT received_date, kind, COUNT(*) AS n FROM booking WHERE program_id = ? AND status <> 'cancelled' AND received_date <= ?
            GROUP BY received_date, kind`,
      params: [id, p.asOf],
    },
  ];
}

export type FloorResult = unknown[][];

export function runFloor(ds: DataSource, p: FloorParams): Promise<FloorResult> {
  return Promise.all(floorQueries(p).map((q) => ds.query(q.sql, q.params) as Promise<unknown[]>));
}

/** A few figures the endpoint also returns, from the floor's rows: proof that both computed the same thing. */
export function floorFigures(rows: FloorResult): Record<string, number> {
  const num = (v: unknown) => Number(v ?? 0);
  const sessions = rows[0] as Array<Record<string, unknown>>;
  const applications = sessions.reduce((s, r) => s + num(r.a_new) + num(r.a_renewal) + num(r.a_lost) + num(r.a_damaged) + num(r.a_other), 0);
  const bookings = rows[5] as Array<{ status: string; n: unknown }>;
  const cancelled = num(bookings.find((b) => b.status === 'cancelled')?.n);
  const reports = rows[3] as Array<{ status: string; n: unknown }>;
  return {
    sessionsHeld: sessions.reduce((s, r) => s + num(r.sessions), 0),
    applicationsTotal: applications,
    consultations: sessions.reduce((s, r) => s + num(r.consultations), 0),
    reservations: bookings.reduce((s, b) => s + num(b.n), 0) - cancelled,
    cancellations: cancelled,
    photosAwaitingCityCheck: num((rows[6] as Array<{ n: unknown }>)[0]?.n),
    reportsAwaitingAcceptance: num(reports.find((r) => r.status === 'submitted')?.n),
    reportsReturned: num(reports.find((r) => r.status === 'returned')?.n),
  };
}

/** The same figures from the endpoint's JSON. */
export function endpointFigures(body: {
  kpis: { sessionsHeld: number; applicationsTotal: number; consultations: number };
  funnel: { reservations: number; cancellations: number };
  photos: { awaitingCityCheck: number };
  reporting: { awaitingAcceptance: number; returned: number };
}): Record<string, number> {
  return {
    sessionsHeld: body.kpis.sessionsHeld,
    applicationsTotal: body.kpis.applicationsTotal,
    consultations: body.kpis.consultations,
    reservations: body.funnel.reservations,
    cancellations: body.funnel.cancellations,
    photosAwaitingCityCheck: body.photos.awaitingCityCheck,
    reportsAwaitingAcceptance: body.reporting.awaitingAcceptance,
    reportsReturned: body.reporting.returned,
  };
}
