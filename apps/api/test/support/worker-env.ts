import { workerDatabaseUrl } from './worker-database';

// Before each integration test file (jest setupFiles): this worker's own database (worker-database.ts).
if (process.env.TEST_DATABASE_URL) process.env.TEST_DATABASE_URL = workerDatabaseUrl(process.env.TEST_DATABASE_URL, process.env.JEST_WORKER_ID);
