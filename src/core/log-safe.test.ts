import { describe, expect, it } from "vitest";
import { safeError, safeMessage } from "./log-safe.ts";

/** The shape of drizzle-orm's DrizzleQueryError: the parameters ride in the message. */
class QueryError extends Error {
  constructor(
    readonly query: string,
    readonly params: unknown[],
    cause: unknown,
  ) {
    super(`Failed query: ${query}\nparams: ${params}`);
    this.cause = cause;
  }
}

const hash = "$argon2id$v=19$m=65536,p=4,t=3$c2FsdHNhbHQ$aGFzaGhhc2g";

describe("errors written to logs", () => {
  it("keeps a failed query's SQL and drops its parameters, from the message, the stack and the cause", () => {
    const cause = Object.assign(new Error("duplicate key value violates unique constraint"), {
      code: "23505",
      constraint: "users_username_unique",
      detail: "Key (username)=(nguyen.van.a) already exists.",
    });
    const err = new QueryError(
      "insert into users (username, password_hash) values ($1, $2)",
      ["nguyen.van.a", hash],
      cause,
    );
    const logged = JSON.stringify(safeError(err));
    expect(logged).toContain("insert into users");
    expect(logged).toContain("23505");
    expect(logged).toContain("users_username_unique");
    expect(logged).not.toContain(hash);
    expect(logged).not.toContain("nguyen.van.a");
  });

  it("leaves other messages as they are", () => {
    expect(safeMessage(new Error("kết nối bị đóng"))).toBe("kết nối bị đóng");
    expect(safeError("lỗi lạ")).toEqual({ type: "string", message: "lỗi lạ" });
  });
});
