// Backup and restore: a consistent copy of every table (read in one REPEATABLE READ transaction)
// and of the stored files, in one .tar.gz that restores to the same state on PGlite or PostgreSQL.
// Rows travel as JSON produced and consumed by PostgreSQL itself (row_to_json /
// json_populate_recordset), so every type round-trips exactly without per-column code.
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import * as tar from "tar";
import { keyFingerprint, openKey, type SealedKey, sealKey } from "./backup-key.ts";
import { type Db, MIGRATIONS_DIR, rowsOf } from "./client.ts";

export const BACKUP_FORMAT = "thucthi-backup";
const CHUNK = 500;

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  appVersion: string;
  migrations: string[];
  tables: Array<{ name: string; rows: number }>;
  files: number;
  /**
   * The instance key that sealed the secrets in these rows (TOTP seeds): its fingerprint, and the key
   * itself sealed with the administrator's passphrase when one was given. Absent in older backups.
   */
  key?: { fingerprint: string; sealed: SealedKey | null };
}

/** The instance key of the running installation, and the passphrase that seals or opens a backup's. */
export interface KeyOptions {
  key: Buffer;
  passphrase?: string | undefined;
}

interface TableInfo {
  name: string;
  /** Columns that reference the same table (inserted empty first, filled in a second pass). */
  selfRefs: string[];
}

/**
 * The application's tables, read from the database's own catalogue (so backup needs no list of
 * modules), in an order where every table comes after the tables it references.
 */
export async function tablesInDependencyOrder(db: Db): Promise<TableInfo[]> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    ),
  );
  const fks = rowsOf<{ source: string; target: string; column: string }>(
    await db.execute(
      sql`select c.conrelid::regclass::text as source, c.confrelid::regclass::text as target, a.attname as column
          from pg_constraint c
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
          where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
    ),
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, "");
  const info = new Map<string, { deps: Set<string>; selfRefs: string[] }>(
    tables.map((t) => [t.name, { deps: new Set<string>(), selfRefs: [] }]),
  );
  for (const fk of fks) {
    const source = info.get(unquote(fk.source));
    if (!source) continue;
    if (unquote(fk.source) === unquote(fk.target)) source.selfRefs.push(fk.column);
    else source.deps.add(unquote(fk.target));
  }
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visit = (name: string) => {
    if (done.has(name) || !info.has(name)) return;
    done.add(name);
    for (const d of info.get(name)!.deps) visit(d);
    ordered.push({ name, selfRefs: info.get(name)!.selfRefs });
  };
  for (const name of info.keys()) visit(name);
  return ordered;
}

export function migrationTags(): string[] {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, "meta/_journal.json"), "utf8")) as {
    entries: Array<{ tag: string }>;
  };
  return journal.entries.map((e) => e.tag);
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

export type Progress = (done: number, total: number, label: string) => void;

export async function createBackup(
  db: Db,
  opts: {
    out: string;
    filesDir: string;
    appVersion: string;
    now: Date;
    progress?: Progress;
  } & KeyOptions,
): Promise<Manifest> {
  const stage = mkdtempSync(join(tmpdir(), "thucthi-backup-"));
  try {
    mkdirSync(join(stage, "tables"));
    const tables = await tablesInDependencyOrder(db);
    const counts: Manifest["tables"] = [];
    await db.transaction(
      async (tx) => {
        for (const [i, t] of tables.entries()) {
          opts.progress?.(i, tables.length, t.name);
          const rows = rowsOf<{ j: string }>(
            await tx.execute(sql`select row_to_json(t)::text as j from ${ident(t.name)} t order by 1`),
          );
          writeFileSync(join(stage, "tables", `${t.name}.jsonl`), rows.map((r) => `${r.j}\n`).join(""));
          counts.push({ name: t.name, rows: rows.length });
        }
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    let files = 0;
    if (existsSync(opts.filesDir)) {
      cpSync(opts.filesDir, join(stage, "files"), { recursive: true });
      files = countFiles(join(stage, "files"));
    }
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: opts.now.toISOString(),
      appVersion: opts.appVersion,
      migrations: migrationTags(),
      tables: counts,
      files,
      key: {
        fingerprint: keyFingerprint(opts.key),
        sealed: opts.passphrase ? sealKey(opts.key, opts.passphrase) : null,
      },
    };
    writeFileSync(join(stage, "manifest.json"), JSON.stringify(manifest, null, 2));
    await tar.c({ gzip: true, file: opts.out, cwd: stage, portable: true }, ["."]);
    opts.progress?.(tables.length, tables.length, "xong");
    return manifest;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function countFiles(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    n += entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1;
  return n;
}

export class RestoreError extends Error {}

export interface Restored {
  manifest: Manifest;
  /** The backup's instance key when it differs from the running one: the caller installs it. */
  keyToInstall: Buffer | null;
}

export async function restoreBackup(
  db: Db,
  opts: { file: string; filesDir: string; force?: boolean; progress?: Progress } & KeyOptions,
): Promise<Restored> {
  const stage = mkdtempSync(join(tmpdir(), "thucthi-restore-"));
  try {
    try {
      await tar.x({ file: opts.file, cwd: stage });
    } catch (e) {
      throw new RestoreError(`Không đọc được tệp sao lưu: ${(e as Error).message}`);
    }
    const manifestPath = join(stage, "manifest.json");
    if (!existsSync(manifestPath))
      throw new RestoreError("Tệp này không phải bản sao lưu của Thực Thi (thiếu manifest.json).");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
    if (manifest.format !== BACKUP_FORMAT)
      throw new RestoreError("Tệp này không phải bản sao lưu của Thực Thi.");
    const current = migrationTags();
    if (JSON.stringify(manifest.migrations) !== JSON.stringify(current))
      throw new RestoreError(
        `Bản sao lưu được tạo với cấu trúc dữ liệu khác (phiên bản ${manifest.appVersion}); hãy khôi phục bằng đúng phiên bản đó.`,
      );
    // Decided before a row is touched: a restore whose secrets could not be read is refused whole.
    const keyToInstall = backupKey(manifest, opts);
    const tables = await tablesInDependencyOrder(db);
    await db.transaction(async (tx) => {
      const nonEmpty: string[] = [];
      for (const t of tables) {
        const [row] = rowsOf<{ n: number }>(
          await tx.execute(sql`select count(*)::int as n from ${ident(t.name)}`),
        );
        if ((row?.n ?? 0) > 0) nonEmpty.push(t.name);
      }
      if (nonEmpty.length && !opts.force)
        throw new RestoreError(
          `Cơ sở dữ liệu đích đã có dữ liệu (${nonEmpty.join(", ")}). Dùng --force để xóa hết rồi khôi phục.`,
        );
      if (nonEmpty.length)
        await tx.execute(sql.raw(`truncate ${tables.map((t) => `"${t.name}"`).join(", ")} cascade`));
      for (const [i, t] of tables.entries()) {
        opts.progress?.(i, tables.length, t.name);
        await loadTable(tx as Db, t, join(stage, "tables", `${t.name}.jsonl`));
      }
    });
    if (existsSync(join(stage, "files"))) {
      mkdirSync(opts.filesDir, { recursive: true });
      cpSync(join(stage, "files"), opts.filesDir, { recursive: true });
    }
    opts.progress?.(tables.length, tables.length, "xong");
    return { manifest, keyToInstall };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * The key the restored rows need, when it is not the running one; refuses when it cannot be had.
 * Backups older than the key's record carry no fingerprint and are restored as before.
 */
function backupKey(manifest: Manifest, opts: KeyOptions): Buffer | null {
  if (!manifest.key || manifest.key.fingerprint === keyFingerprint(opts.key)) return null;
  const { sealed, fingerprint } = manifest.key;
  if (!sealed)
    throw new RestoreError(
      `Bản sao lưu được tạo với khóa bí mật khác (dấu vân tay ${fingerprint}) và không kèm khóa đó. ` +
        "Hãy chép tệp secret.key của máy cũ vào thư mục dữ liệu (hoặc đặt THUCTHI_SECRET_KEY) rồi khôi phục lại; " +
        "nếu không, mã xác thực hai bước của mọi tài khoản sẽ không đọc được.",
    );
  if (!opts.passphrase)
    throw new RestoreError(
      "Bản sao lưu kèm khóa bí mật được khóa bằng mật khẩu sao lưu: hãy cho mật khẩu đó " +
        "(--passphrase-file TỆP hoặc biến THUCTHI_BACKUP_PASSPHRASE).",
    );
  const key = openKey(sealed, opts.passphrase);
  if (!key)
    throw new RestoreError("Mật khẩu sao lưu không đúng: không mở được khóa bí mật trong bản sao lưu.");
  return key;
}

async function loadTable(tx: Db, t: TableInfo, file: string) {
  if (!existsSync(file)) return;
  const lines = createInterface({
    input: createReadStream(file, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let chunk: string[] = [];
  const all: string[] = [];
  const flush = async () => {
    if (!chunk.length) return;
    const json = `[${chunk.join(",")}]`;
    // Self-references are filled in a second pass, so chunk order never breaks a foreign key; generated
    // columns are left out (the database computes them again).
    const names = (await columnsOf(tx, t.name)).map((c) => `"${c}"`).join(", ");
    const cols = sql.raw(
      `(${names}) select ${await selectListWithout(tx, t)} from json_populate_recordset(null::"${t.name}", `,
    );
    await tx.execute(sql`insert into ${ident(t.name)} ${cols}${json}::json)`);
    chunk = [];
  };
  for await (const line of lines) {
    if (!line.trim()) continue;
    chunk.push(line);
    if (t.selfRefs.length) all.push(line);
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  for (let i = 0; i < all.length; i += CHUNK) {
    const json = `[${all.slice(i, i + CHUNK).join(",")}]`;
    const sets = t.selfRefs.map((c) => `"${c}" = s."${c}"`).join(", ");
    await tx.execute(
      sql`update ${ident(t.name)} as d set ${sql.raw(sets)} from json_populate_recordset(null::${ident(t.name)}, ${json}::json) s where ${sql.raw(await primaryKeyMatch(tx, t.name))}`,
    );
  }
}

const columnCache = new Map<string, string[]>();
async function columnsOf(tx: Db, table: string): Promise<string[]> {
  if (!columnCache.has(table)) {
    const rows = rowsOf<{ c: string }>(
      await tx.execute(
        sql`select column_name as c from information_schema.columns where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER' order by ordinal_position`,
      ),
    );
    columnCache.set(
      table,
      rows.map((r) => r.c),
    );
  }
  return columnCache.get(table)!;
}

async function selectListWithout(tx: Db, t: TableInfo): Promise<string> {
  const cols = await columnsOf(tx, t.name);
  return cols.map((c) => (t.selfRefs.includes(c) ? `null as "${c}"` : `"${c}"`)).join(", ");
}

async function primaryKeyMatch(tx: Db, table: string): Promise<string> {
  const rows = rowsOf<{ c: string }>(
    await tx.execute(
      sql`select a.attname as c from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
          where i.indrelid = ${`public.${table}`}::regclass and i.indisprimary`,
    ),
  );
  return rows.map((r) => `d."${r.c}" = s."${r.c}"`).join(" and ");
}
