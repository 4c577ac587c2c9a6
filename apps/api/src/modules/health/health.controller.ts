import { Controller, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Health, healthSchema } from '@outreach/domain/health';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Route } from '../../common/http/route';
import { databaseKind } from '../../database/database-kind';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 { status: 'ok', database } when the database answers, 503 otherwise. */
  @Route.get({ allow: 'public', responds: healthSchema })
  async health(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const database = databaseKind(this.dataSource);
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database };
    } catch {
      res.status(503);
      return { status: 'unavailable', database };
    }
  }
}
