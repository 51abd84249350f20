import pg from 'pg';
import type { PlannedTables, Progress, TableColumns } from './seed-scale-command.ts';

/** The tables millions of rows go into: their secondary indexes and foreign keys are rebuilt around the load. */
const BULK_TABLES = ['users', 'identities', 'memberships', 'membership_roles', 'resource_grants'];

/**
 * `roster seed-scale` on PostgreSQL, in one transaction on a connection of its own (no statement
 * timeout: rebuilding an index over millions of rows takes longer than any request may):
 *
 * 1. the bulk tables' foreign keys, unique constraints and secondary indexes are dropped (their
 *    definitions read from the catalog first; primary keys stay);
 * 2. each batch is one statement of `INSERT … SELECT … FROM unnest($1::text[], …)` per table,
 *    one array per column, sent while the next batch is being built;
 * 3. the indexes, then the constraints, are created again from their definitions — one sort per
 *    index and one join per foreign key, instead of an index update and a key check per row;
 * 4. commit, then ANALYZE.
 *
 * A failure anywhere rolls everything back, schema included. Returns the rows written.
 */
export async function bulkLoadPostgres(url: string, planned: PlannedTables, progress: Progress): Promise<number> {
  const client = new pg.Client({ connectionString: url, application_name: 'roster-seed-scale' });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('set local statement_timeout = 0');
    await client.query(`set local maintenance_work_mem = '256MB'`);
    const rebuild = await dropForLoad(client);
    let rows = await insertTables(client, planned.reference);
    let users = 0;
    let pending: { written: Promise<number>; users: number } | null = null;
    // The generator builds the next batch while the database writes the one sent before it.
    for (const batch of planned.batches) {
      if (pending) {
        rows += await pending.written;
        users += pending.users;
        progress(users, rows);
      }
      const written = insertTables(client, batch.tables);
      written.catch(() => {});
      pending = { written, users: batch.users };
    }
    if (pending) {
      rows += await pending.written;
      users += pending.users;
      progress(users, rows);
    }
    const started = performance.now();
    process.stderr.write(`  rebuilding ${rebuild.length} indexes and constraints…\n`);
    for (const statement of rebuild) await client.query(statement);
    process.stderr.write(`  rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    await client.query('commit');
    // Without fresh statistics PostgreSQL plans the /me queries on the bulk-loaded tables as if they
    // were empty: a sequential scan of membership_roles per request (186 ms at 100k users, measured).
    await client.query('analyze');
    return rows;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Drops the bulk tables' foreign keys, unique constraints and secondary indexes; returns what recreates them. */
async function dropForLoad(client: pg.Client): Promise<string[]> {
  const tables = `{${BULK_TABLES.join(',')}}`;
  const constraints = await client.query<{ tbl: string; name: string; definition: string; kind: string }>(
    `select conrelid::regclass::text as tbl, quote_ident(conname) as name,
            pg_get_constraintdef(oid) as definition, contype as kind
       from pg_constraint where conrelid = any($1::regclass[]) and contype in ('f', 'u')
      order by contype desc, conname`,
    [tables],
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
      where i.indrelid = any($1::regclass[]) and not i.indisprimary
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid)
      order by 1`,
    [tables],
  );
  // Foreign keys first ('u' sorts after 'f' in descending order): nothing else depends on them.
  for (const { tbl, name } of constraints.rows) await client.query(`alter table ${tbl} drop constraint ${name}`);
  for (const { name } of indexes.rows) await client.query(`drop index ${name}`);
  const added = (kind: string) =>
    constraints.rows
      .filter((row) => row.kind === kind)
      .map(({ tbl, name, definition }) => `alter table ${tbl} add constraint ${name} ${definition}`);
  return [...indexes.rows.map((row) => row.definition), ...added('u'), ...added('f')];
}

/** One statement for all the tables: a data-modifying CTE of `INSERT … SELECT FROM unnest(…)` each. */
async function insertTables(client: pg.Client, tables: readonly TableColumns[]): Promise<number> {
  const parameters: unknown[] = [];
  const parameter = (value: unknown, type: string) => {
    parameters.push(value);
    return `$${parameters.length}::${type}`;
  };
  const inserts = tables
    .filter((table) => table.count > 0)
    .map((table) => {
      const names = Object.keys(table.columns);
      const arrays: string[] = [];
      const selected = names.map((name) => {
        const column = table.columns[name]!;
        const type = typeOf(column);
        if (!Array.isArray(column)) return parameter((column as { all: unknown }).all, type);
        arrays.push(parameter(arrayLiteral(column), `${type}[]`));
        return `u.c${arrays.length}`;
      });
      const aliases = arrays.map((_, index) => `c${index + 1}`).join(', ');
      return (
        `insert into ${snakeCase(table.table)} (${names.map(snakeCase).join(', ')}) ` +
        `select ${selected.join(', ')} from unnest(${arrays.join(', ')}) as u(${aliases})`
      );
    });
  if (inserts.length === 0) return 0;
  await client.query(
    `with ${inserts.map((insert, index) => `t${index} as (${insert})`).join(', ')} select 1`,
    parameters,
  );
  return tables.reduce((sum, table) => sum + table.count, 0);
}

function typeOf(column: readonly unknown[] | { readonly all: unknown }): 'boolean' | 'text' {
  const values = Array.isArray(column) ? column : [(column as { all: unknown }).all];
  return values.some((value) => typeof value === 'boolean') ? 'boolean' : 'text';
}

/** A PostgreSQL array literal: every text element quoted (escaped when it must be), NULL bare. */
function arrayLiteral(values: readonly unknown[]): string {
  let literal = '{';
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (index > 0) literal += ',';
    if (value === null || value === undefined) literal += 'NULL';
    else if (typeof value === 'boolean') literal += value ? 't' : 'f';
    else {
      const text = String(value);
      literal += `"${text.includes('"') || text.includes('\\') ? text.replace(/[\\"]/g, '\\$&') : text}"`;
    }
  }
  return `${literal}}`;
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
