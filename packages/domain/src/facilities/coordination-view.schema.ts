import { z } from 'zod';
import { dateKeyView, describes, idView, instantView } from '../common/view.js';
import { COORDINATION_STATES, type CoordinationView, FACILITY_PROCEDURES, FACILITY_STEPS } from './coordination.js';

/** GET/PUT /api/bookings/:id/coordination (the type is CoordinationView). */
export const coordinationViewSchema = describes<CoordinationView>()(
  z.object({
    bookingId: idView,
    receptionNumber: z.int(),
    expectedApplicants: z.int(),
    procedure: z.enum(FACILITY_PROCEDURES).nullable(),
    items: z.array(z.object({ key: z.string(), label: z.string(), source: z.string(), state: z.enum(COORDINATION_STATES), date: dateKeyView.nullable(), note: z.string().nullable() })),
    progress: z.object({ settled: z.int(), total: z.int() }),
    timeline: z.array(z.object({ step: z.enum(FACILITY_STEPS), due: dateKeyView, doneOn: dateKeyView.nullable(), state: z.enum(['done', 'overdue', 'due_soon', 'upcoming']) })).nullable(),
    updatedAt: instantView.nullable(),
  }),
);
