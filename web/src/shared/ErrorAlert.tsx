// Shows an API failure as the server worded it (Vietnamese), with an import's row problems listed.
import { Alert } from "antd";
import { useT } from "../i18n/index.tsx";
import { ApiError, isApiError } from "./api.ts";

export function errorText(error: unknown, t: ReturnType<typeof useT>): string {
  if (isApiError(error)) {
    if (error.code === "NETWORK") return t("error.network");
    if (error.message) return error.message;
  }
  return t("error.unknown");
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const t = useT();
  if (!error) return null;
  const problems = error instanceof ApiError ? error.problems : [];
  const text = errorText(error, t);
  return (
    <Alert
      type="error"
      showIcon
      className="tt-alert"
      message={title ?? text}
      description={
        problems.length || title ? (
          <>
            {title ? <p className="tt-alert-text">{text}</p> : null}
            {problems.length ? (
              <ul className="tt-problems">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : undefined
      }
    />
  );
}
