import type {
  DateKey,
  GroupProgress,
  ProgramBody,
  ServiceKind,
  TargetMetric,
  TargetProgress,
  TargetStatus,
  VisitCalendarProposal,
  VisitDay,
  VisitDayKind,
} from '@outreach/domain';

/** A row of GET /api/programs and the body of GET /api/programs/:id (the API's ProgramView). */
export interface Program extends ProgramBody {
  id: string;
  municipalityId: string;
  municipalityName: string | null;
  vendorNames: string[];
}

/** One target as GET /api/programs/:id/target-groups gives it. */
export interface TargetView {
  id: string;
  metric: TargetMetric;
  goal: number;
  serviceKind?: ServiceKind | null;
  label?: string;
}

export interface TargetGroupView {
  id: string;
  name: string;
  logic: 'any' | 'all';
  targets: TargetView[];
}

/** One target of GET /api/programs/:id/progress: the domain's progress plus whether anything measures it. */
export interface TargetProgressView extends TargetProgress {
  id: string;
  label: string | null;
  measured: boolean;
}

export interface GroupProgressView {
  id: string;
  name: string;
  logic: 'any' | 'all';
  met: boolean;
  status: GroupProgress['status'];
  targets: TargetProgressView[];
}

/** GET /api/programs/:id/progress */
export interface ProgressView {
  programId: string;
  asOf: DateKey;
  periodStart: DateKey;
  periodEnd: DateKey;
  paceBasis: 'visit_days' | 'working_days';
  groups: GroupProgressView[];
}

/** A row of GET /api/programs/:id/visit-days. */
export interface VisitDayView {
  id: string;
  date: DateKey;
  kind: VisitDayKind;
  bookings: number;
}

export type { TargetStatus, VisitCalendarProposal, VisitDay, VisitDayKind };
