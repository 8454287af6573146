// What of an error may be written to a log. A failed query's error carries every parameter of the
// query (a new account's password hash, a report's text, a citizen's name and address) in its
// message and stack; the driver's `detail` repeats the values of the row that broke a constraint.
// Logs keep the SQL, the error's code and the constraint, never the values.

const PARAMS = /\nparams: [\s\S]*$/;

/** The message without the parameters a failed query appends ("…\nparams: a,b,c"). */
export function safeMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(PARAMS, "\nparams: [đã ẩn]");
}

export interface SafeError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  cause?: SafeError;
}

/** A plain object to log in place of `error`: the same shape as pino's, parameters removed. */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: safeMessage(error) };
  const e = error as Error & Record<string, unknown>;
  const message = safeMessage(error);
  const out: SafeError = { type: e.name, message };
  if (e.stack) out.stack = e.stack.replace(e.message, message);
  for (const key of ["code", "constraint", "table", "column"] as const) {
    if (typeof e[key] === "string") out[key] = e[key] as string;
  }
  if (e.cause !== undefined && depth < 3) out.cause = safeError(e.cause, depth + 1);
  return out;
}
