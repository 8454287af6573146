// Domain errors carry a stable code (for programs) and a Vietnamese message (for people).
// The server turns them into JSON `{ code, message, details? }` with the matching HTTP status.

export type ErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "MFA_REQUIRED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "LOCKED"
  | "RATE_LIMITED"
  | "CSRF"
  | "UNSUPPORTED"
  | "TOO_LARGE"
  | "UNPROCESSABLE"
  | "BUSY"
  | "INTERNAL";

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  MFA_REQUIRED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  RATE_LIMITED: 429,
  UNSUPPORTED: 415,
  // An upload whose content is too big or too complex to read, and a server with no room for it now.
  TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  BUSY: 503,
  INTERNAL: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `Không tìm thấy ${what}.`);
export const forbidden = (message = "Bạn không có quyền thực hiện thao tác này.") =>
  new AppError("FORBIDDEN", message);
export const invalid = (message: string, details?: unknown) => new AppError("VALIDATION", message, details);
export const conflict = (message: string, details?: unknown) => new AppError("CONFLICT", message, details);
export const tooLarge = (message: string, details?: unknown) => new AppError("TOO_LARGE", message, details);
export const unprocessable = (message: string, details?: unknown) =>
  new AppError("UNPROCESSABLE", message, details);
export const busy = (message: string) => new AppError("BUSY", message);
