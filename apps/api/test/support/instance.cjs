// One API instance as its own process, from the built code (apps/api/dist), for the multi-instance test:
// main.ts with a fixed clock (FIXED_NOW) and, on the first instance, the demo seed (SEED_IDS_FILE receives
// the seeded ids). Everything else comes from the environment, parsed by the app's own config.
const fs = require('node:fs');
const { createApp } = require('../../dist/app.factory');
const { loadEnv } = require('../../dist/config/env');
const { Clock } = require('../../dist/common/clock');
const { demoServicesOf, seedDemo } = require('../../dist/database/seed/demo-seed');
const { DataSource } = require('typeorm');

class FixedClock extends Clock {
  constructor(at) {
    super();
    this.at = at;
  }
  now() {
    return new Date(this.at);
  }
}

async function main() {
  const env = loadEnv();
  const clock = new FixedClock(new Date(process.env.FIXED_NOW));
  const app = await createApp(env, { clock });
  if (process.env.SEED_IDS_FILE) {
    const seeded = await seedDemo(app.get(DataSource), clock.now(), demoServicesOf(app));
    fs.writeFileSync(process.env.SEED_IDS_FILE, JSON.stringify(seeded.ids));
  }
  app.enableShutdownHooks();
  await app.listen(env.PORT, env.HOST);
  console.log(`instance ready on ${env.PORT}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
