import { CreateIdentity1764000000000 } from './1764000000000-CreateIdentity';
import { CreatePrograms1764000100000 } from './1764000100000-CreatePrograms';
import { CreateCalls1764000200000 } from './1764000200000-CreateCalls';
import { CreateSessionsAndReports1764000300000 } from './1764000300000-CreateSessionsAndReports';
import { CreateBookings1764000400000 } from './1764000400000-CreateBookings';
import { AddDashboardIndexes1764000500000 } from './1764000500000-AddDashboardIndexes';

/** Every migration in order. Listed by hand so the app, the CLI and jest load the same set from src or dist. */
export const MIGRATIONS = [CreateIdentity1764000000000, CreatePrograms1764000100000, CreateCalls1764000200000, CreateSessionsAndReports1764000300000, CreateBookings1764000400000, AddDashboardIndexes1764000500000];
