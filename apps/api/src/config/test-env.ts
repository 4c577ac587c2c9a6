/** The database the test tools may empty: TEST_DATABASE_URL only, never the app's DATABASE_URL. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}
