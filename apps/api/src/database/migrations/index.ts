import { CreateIdentity1764000000000 } from './1764000000000-CreateIdentity';

/** Every migration in order. Listed by hand so the app, the CLI and jest load the same set from src or dist. */
export const MIGRATIONS = [CreateIdentity1764000000000];
