import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The boundaries of apps/api, read from the source (docs/architecture.md, "One owner per table"):
 * - every table is written only by the module that declares its entity; another module calls the owner's service;
 * - a module holds no repository of another module's entity at all (no TypeOrmModule.forFeature, @InjectRepository
 *   or getRepository of it), so it cannot write it by any path — repository, query builder or manager;
 * - `common/` imports no feature.
 */

const SRC = __dirname;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [full] : [];
  });
}

export interface SourceFile {
  /** The module folder (modules/<name>) or another top folder of src (common, database …). */
  owner: string;
  file: string;
  text: string;
}

const WRITE_METHODS = new Set(['save', 'insert', 'update', 'upsert', 'delete', 'remove', 'softDelete', 'softRemove', 'restore', 'increment', 'decrement', 'clear', 'query']);

/** Entity class name → owning module, and table name → owning module, from the @Entity declarations. */
export function entityOwners(files: SourceFile[]): { classes: Map<string, string>; tables: Map<string, string> } {
  const classes = new Map<string, string>();
  const tables = new Map<string, string>();
  for (const f of files) {
    for (const m of f.text.matchAll(/@Entity\('([a-z_]+)'\)[\s\S]*?export class (\w+)/g)) {
      classes.set(m[2], f.owner);
      tables.set(m[1], f.owner);
    }
  }
  return { classes, tables };
}

/** Every place a module reaches into another module's table: `file:line owner → entity (how)`. */
export function ownershipViolations(files: SourceFile[]): string[] {
  const { classes, tables } = entityOwners(files);
  const out: string[] = [];
  for (const f of files.filter((x) => x.owner.startsWith('modules/'))) {
    const source = ts.createSourceFile(f.file, f.text, ts.ScriptTarget.Latest, true);
    const report = (node: ts.Node, entity: string, how: string) => {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push(`${path.relative(SRC, f.file)}:${line} ${f.owner} → ${entity} of ${classes.get(entity) ?? tables.get(entity)} (${how})`);
    };
    const foreignClass = (n: ts.Node | undefined): string | undefined => {
      if (n && ts.isIdentifier(n) && classes.has(n.text) && classes.get(n.text) !== f.owner) return n.text;
      return undefined;
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
        // forFeature([…]), InjectRepository(X), getRepository(X), manager.insert(X, …), createQueryBuilder(X), .into(X), .from(X) …
        for (const arg of node.arguments) {
          const elements = ts.isArrayLiteralExpression(arg) ? [...arg.elements] : [arg];
          for (const el of elements) {
            const entity = foreignClass(el);
            if (entity) report(node, entity, `${name}(${entity})`);
          }
        }
        // Raw SQL that writes a foreign table: query('UPDATE session …'), .update('session') on a query builder.
        if (WRITE_METHODS.has(name) || name === 'into' || name === 'from') {
          for (const arg of node.arguments) {
            if (!ts.isStringLiteralLike(arg)) continue;
            const sql = /^\s*(?:insert\s+into|update|delete\s+from|replace\s+into)\s+[`"]?(\w+)/i.exec(arg.text)?.[1] ?? (name === 'query' ? undefined : arg.text);
            if (sql && tables.has(sql) && tables.get(sql) !== f.owner) report(node, sql, `${name}('${arg.text.slice(0, 30)}')`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** Imports from common/ into modules/: the core never reaches up into a feature. */
export function commonImportViolations(files: SourceFile[]): string[] {
  return files
    .filter((f) => f.owner === 'common')
    .flatMap((f) => [...f.text.matchAll(/from '([^']+)'/g)].filter((m) => m[1].includes('/modules/')).map((m) => `${path.relative(SRC, f.file)} imports ${m[1]}`));
}

function readSources(): SourceFile[] {
  return filesUnder(SRC).map((file) => {
    const rel = path.relative(SRC, file).split(path.sep);
    const owner = rel[0] === 'modules' ? `modules/${rel[1]}` : rel.length > 1 ? rel[0] : '.';
    return { owner, file, text: fs.readFileSync(file, 'utf8') };
  });
}

describe('architecture of apps/api', () => {
  const sources = readSources();

  it('knows the owner of every table', () => {
    const { tables } = entityOwners(sources);
    expect(tables.size).toBeGreaterThan(20);
    expect(tables.get('booking')).toBe('modules/bookings');
  });

  it('lets each table be written only by its own module (others call the owner’s service or query service)', () => {
    // No allow-list: a module that registers, injects or writes another module's entity fails here, naming the place.
    expect(ownershipViolations(sources)).toEqual([]);
  });

  it('keeps common/ free of feature imports', () => {
    expect(commonImportViolations(sources)).toEqual([]);
  });

  it('catches every way of writing another module’s table', () => {
    const fixture = (owner: string, text: string): SourceFile => ({ owner, file: path.join(SRC, owner, 'x.ts'), text });
    const files = [
      fixture('modules/sessions', "@Entity('session')\nexport class SessionEntity {}"),
      fixture(
        'modules/bookings',
        [
          "@Entity('booking')\nexport class BookingEntity {}",
          '@Module({ imports: [TypeOrmModule.forFeature([BookingEntity, SessionEntity])] }) class M {}',
          'class S { constructor(@InjectRepository(SessionEntity) r: unknown) {} }',
          'm.getRepository(SessionEntity).update({ id }, { date });',
          'm.insert(SessionEntity, { id });',
          "m.createQueryBuilder().update('session').set({}).execute();",
          "m.createQueryBuilder().insert().into(SessionEntity).values({}).execute();",
          "m.query('UPDATE session SET date = ?', [d]);",
          'm.getRepository(BookingEntity).update({ id }, { status });',
        ].join('\n'),
      ),
      fixture('common', "import { X } from '../modules/auth/auth.service';"),
    ];
    expect(ownershipViolations(files).map((v) => v.replace(/^.*?:(\d+) /, '$1 '))).toEqual([
      '3 modules/bookings → SessionEntity of modules/sessions (forFeature(SessionEntity))',
      '4 modules/bookings → SessionEntity of modules/sessions (InjectRepository(SessionEntity))',
      '5 modules/bookings → SessionEntity of modules/sessions (getRepository(SessionEntity))',
      '6 modules/bookings → SessionEntity of modules/sessions (insert(SessionEntity))',
      "7 modules/bookings → session of modules/sessions (update('session'))",
      '8 modules/bookings → SessionEntity of modules/sessions (into(SessionEntity))',
      "9 modules/bookings → session of modules/sessions (query('UPDATE session SET date = ?'))",
    ]);
    expect(commonImportViolations(files)).toEqual(['common/x.ts imports ../modules/auth/auth.service']);
  });
});
