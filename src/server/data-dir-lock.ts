// Embedded PGlite is one process: only one program may open DATA_DIR at a time. The server holds
// a lock file there while it runs; CLI commands that need the database refuse with a clear message.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface LockInfo {
  pid: number;
  port: number | null;
  startedAt: string;
  purpose: string;
}

const lockFile = (dataDir: string) => join(dataDir, "thucthi.lock");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Who holds DATA_DIR now, if a live process does (a stale lock of a dead process is ignored). */
export function lockHolder(dataDir: string): LockInfo | null {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const info = JSON.parse(readFileSync(file, "utf8")) as LockInfo;
    return info.pid !== process.pid && alive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được ${holder.purpose === "serve" ? "máy chủ Thực Thi" : `lệnh "${holder.purpose}"`} dùng ` +
        `(PID ${holder.pid}${holder.port ? `, cổng ${holder.port}` : ""}). Cơ sở dữ liệu nhúng chỉ mở được trong một tiến trình: ` +
        `hãy dừng tiến trình đó rồi chạy lại, hoặc dùng DATABASE_URL trỏ tới một máy chủ PostgreSQL.`,
    );
  }
}

/** Takes the lock for this process; throws DataDirBusyError if a live process holds it. Returns the release function. */
export function acquireDataDirLock(dataDir: string, purpose: string, port: number | null = null): () => void {
  const holder = lockHolder(dataDir);
  if (holder) throw new DataDirBusyError(dataDir, holder);
  mkdirSync(dataDir, { recursive: true });
  const info: LockInfo = { pid: process.pid, port, startedAt: new Date().toISOString(), purpose };
  writeFileSync(lockFile(dataDir), JSON.stringify(info));
  let released = false;
  return () => {
    if (released) return;
    released = true;
    try {
      const current = JSON.parse(readFileSync(lockFile(dataDir), "utf8")) as LockInfo;
      if (current.pid === process.pid) rmSync(lockFile(dataDir), { force: true });
    } catch {
      // Already gone: nothing to release.
    }
  };
}
