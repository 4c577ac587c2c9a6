import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  PERIOD_REPORT_KIND_LABELS_JA,
  type PeriodReportKind,
  periodReportKindSchema,
  REPORT_SHEET_LABELS,
  type ReportForm,
  type ReportFormBody,
  type ReportFormView,
  resolveReportForm,
} from '@outreach/domain/reports';
import { DataSource, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import type { ProgramEntity } from '../programs/program.entity';
import { ReportFormEntity } from './report-form.entity';

/**
 * 様式は協議 (issue 20 item 4): each program's agreed form of its monthly and completion reports, owned here (report_form).
 * The city's admin saves it (report_form.manage); every download and submission reads it through form().
 */
@Injectable()
export class ReportFormsService {
  constructor(
    @InjectRepository(ReportFormEntity) private readonly forms: Repository<ReportFormEntity>,
    private readonly dataSource: DataSource,
    private readonly handling: HandlingRecordService,
  ) {}

  /** The form of each kind, the usual one where none is stored. */
  async list(program: ProgramEntity): Promise<ReportFormView[]> {
    const rows = await this.forms.find({ where: { programId: program.id } });
    return periodReportKindSchema.options.map((kind) => this.toView(program, kind, rows.find((r) => r.kind === kind) ?? null));
  }

  /** The form a report of this kind is built with now. */
  async form(program: ProgramEntity, kind: PeriodReportKind): Promise<ReportForm> {
    const row = await this.forms.findOne({ where: { programId: program.id, kind } });
    return resolveReportForm(kind, row ? stored(row) : null, program.eraStyle ?? 'wareki');
  }

  /** Saves the form of one kind, with its handling record (what was chosen, in words) in the same transaction. */
  async save(actor: Actor, program: ProgramEntity, body: ReportFormBody): Promise<ReportFormView> {
    const sheets = body.sheets as ReportForm['sheets'];
    await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(ReportFormEntity);
      const values = { sheets, eraStyle: body.eraStyle, title: body.title, documentNumber: body.documentNumber, updatedBy: actor.userId };
      const existing = await repo.findOne({ where: { programId: program.id, kind: body.kind } });
      if (existing) await repo.update({ programId: program.id, kind: body.kind }, values);
      else await repo.insert({ programId: program.id, kind: body.kind, ...values });
      await this.handling.record(
        actor,
        { action: 'report_form.update', resourceType: 'report_form', resourceId: `${program.id}:${body.kind}`, programId: program.id, reason: describeForm(body.kind, { ...body, sheets }) },
        m,
      );
    });
    const row = await this.forms.findOneOrFail({ where: { programId: program.id, kind: body.kind } });
    return this.toView(program, body.kind, row);
  }

  private toView(program: ProgramEntity, kind: PeriodReportKind, row: ReportFormEntity | null): ReportFormView {
    const form = resolveReportForm(kind, row ? stored(row) : null, program.eraStyle ?? 'wareki');
    return { kind, ...form, isDefault: row === null, updatedAt: row?.updatedAt.toISOString() ?? null };
  }
}

function stored(row: ReportFormEntity): ReportForm {
  return { sheets: row.sheets, eraStyle: row.eraStyle, title: row.title, documentNumber: row.documentNumber };
}

/** 月次報告書の様式：概要・実施一覧／西暦／表題「…」／文書番号「…」 — what the handling record says was chosen. */
function describeForm(kind: PeriodReportKind, form: ReportForm): string {
  const labels = REPORT_SHEET_LABELS[kind];
  const parts = [form.sheets.map((s) => labels[s]).join('・'), form.eraStyle === 'seireki' ? '西暦' : '和暦'];
  if (form.title) parts.push(`表題「${form.title}」`);
  if (form.documentNumber) parts.push(`文書番号「${form.documentNumber}」`);
  return `${PERIOD_REPORT_KIND_LABELS_JA[kind]}の様式：${parts.join('／')}`;
}
