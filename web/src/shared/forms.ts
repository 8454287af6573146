// Form helpers: run a submission, keep the API error, and put a VALIDATION error's per-field
// messages next to the fields they concern.
import type { FormInstance } from "antd";
import { useCallback, useState } from "react";
import type { TFunction } from "../i18n/index.tsx";
import { ApiError, isApiError } from "./api.ts";

/**
 * The rule of a field that must be filled, with the message naming it ("Hãy nhập tên đăng nhập.").
 * `blank: false` also refuses a text of spaces only.
 */
export function requiredRule(t: TFunction, label: string, { blank = true }: { blank?: boolean } = {}) {
  return {
    required: true,
    ...(blank ? {} : { whitespace: true }),
    message: t("common.required", { field: label.toLowerCase() }),
  };
}

/** "memberships.0.orgId" → ["memberships", 0, "orgId"], antd's name path. */
export const fieldPath = (field: string): (string | number)[] =>
  field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));

export function showFieldErrors(form: FormInstance, error: unknown): void {
  if (!isApiError(error) || error.code !== "VALIDATION") return;
  const fields = error.fieldIssues
    .filter((i) => i.field && i.field !== "body")
    .map((i) => ({ name: fieldPath(i.field), errors: [i.message] }));
  if (fields.length) form.setFields(fields);
}

export interface Submitter {
  submitting: boolean;
  error: ApiError | null;
  setError(error: ApiError | null): void;
  /** Runs `action`; on failure keeps the error (and marks fields on `form`) and resolves undefined. */
  run<T>(action: () => Promise<T>, form?: FormInstance): Promise<T | undefined>;
}

export function useSubmit(): Submitter {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T>(action: () => Promise<T>, form?: FormInstance) => {
    setSubmitting(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      const err = isApiError(e) ? e : new ApiError(0, "INTERNAL", "");
      setError(err);
      if (form) showFieldErrors(form, err);
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }, []);
  return { submitting, error, setError, run };
}
