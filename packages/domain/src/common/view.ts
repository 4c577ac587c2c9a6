import { z } from 'zod';

/**
 * Building blocks of the API's response schemas. A feature's views (what its routes answer) sit beside its input
 * schemas in `packages/domain/src/<feature>/`, as zod schemas: the API returns `z.output<typeof xViewSchema>`,
 * /api/docs documents the schema (`@Responds` in apps/api), the dashboard imports the type.
 */

/** A record's id (a UUID, or a composed key such as a call week's `<programId>_<weekStart>`). */
export const idView = z.string();
/** A moment, as JSON carries a Date: ISO 8601 in UTC. */
export const instantView = z.string().meta({ format: 'date-time' });
/** A calendar day in Japan: 'YYYY-MM-DD'. */
export const dateKeyView = z.string().meta({ format: 'date' });

/**
 * A view schema of a shape the pure rules already define as an interface: compiles only while the two say the same
 * (each assignable to the other), so the documented schema cannot drift from the type the API returns.
 */
export function describes<T>() {
  return <S extends z.ZodType<T>>(schema: S, ..._same: [T] extends [z.output<S>] ? [] : [never]): S => schema;
}

/** Who decided a version or a proposal the city decides, and when (null while undecided). */
export interface DecisionTrail {
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
}

/** DecisionTrail's fields as a view schema's, spread at the end of its `z.object`. */
export const decisionTrailView = { decidedBy: idView.nullable(), decidedByName: z.string().nullable(), decidedAt: instantView.nullable() };

/** Who submitted a version the city decides (業務計画書, 月次・完了報告) and when, and who decided it. */
export interface SubmissionTrail extends DecisionTrail {
  submittedBy: string | null;
  submittedByName: string | null;
  submittedAt: string;
}

/** SubmissionTrail's fields as a view schema's, spread at the end of its `z.object`. */
export const submissionTrailView = { submittedBy: idView.nullable(), submittedByName: z.string().nullable(), submittedAt: instantView, ...decisionTrailView };
