import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { FileClock } from './common/clock';
import { loadEnv } from './config/env';

async function bootstrap(): Promise<void> {
  let env;
  try {
    env = loadEnv();
  } catch (e) {
    // One readable line naming the bad variable, then stop.
    console.error((e as Error).message);
    process.exit(1);
  }
  const app = await createApp(env, { clock: env.CLOCK_FILE ? new FileClock(env.CLOCK_FILE, env.CLOCK_RUNS) : undefined });
  if (env.CLOCK_FILE) new Logger('Bootstrap').warn(`The clock is read from ${env.CLOCK_FILE} (tests only)`);
  await app.listen(env.PORT, env.HOST);
  const url = `http://localhost:${env.PORT}/`;
  new Logger('Bootstrap').log(`Outreach Desk is running: ${url}  (API ${url}api, OpenAPI ${url}api/docs)`);
}

void bootstrap();
