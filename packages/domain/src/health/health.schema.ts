import { z } from 'zod';

export const databaseKindSchema = z.enum(['sqlite', 'mysql', 'mariadb']);
export type DatabaseKind = z.infer<typeof databaseKindSchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: databaseKindSchema,
});
export type Health = z.infer<typeof healthSchema>;
