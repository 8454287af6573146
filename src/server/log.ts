// What the server's log may hold. A request is logged by its method and path only: query strings
// carry what officials search for (people's names) and one-time tokens, and the log is read by
// more people, and kept longer, than the data it would copy. Errors go through core/log-safe.ts.
import type { FastifyServerOptions } from "fastify";

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
  id?: string;
}

/** The path of a URL, its query replaced by a marker that says one was there. */
export function pathOnly(url: string): string {
  const q = url.indexOf("?");
  return q < 0 ? url : `${url.slice(0, q)}?…`;
}

export const requestSerializers = {
  req: (req: LoggedRequest) => ({ id: req.id, method: req.method, url: pathOnly(req.url), ip: req.ip }),
};

/** Logger options for the server; `stream` sends the lines elsewhere than stdout (tests). */
export function loggerOptions(
  level: string,
  stream?: { write(line: string): unknown },
): NonNullable<FastifyServerOptions["logger"]> {
  return {
    level,
    serializers: requestSerializers,
    // Never a header that authenticates, should a log line ever carry headers.
    redact: ["req.headers.cookie", "req.headers.authorization", "req.headers['x-csrf-token']"],
    ...(stream ? { stream } : {}),
  };
}
