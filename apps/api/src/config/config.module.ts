import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../common/clock';
import type { Env } from './env';

export const ENV = Symbol('ENV');

/** The parsed environment and the clock, injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: Env, clock: Clock = new SystemClock()) {
    return {
      module: ConfigModule,
      providers: [
        { provide: ENV, useValue: env },
        { provide: Clock, useValue: clock },
      ],
      exports: [ENV, Clock],
    };
  }
}
