// Which step a case may take in each state, in one table: a step out of order is refused with a
// Vietnamese reason, never silently applied. Pure.
import { conflict } from "../../../core/errors.ts";
import type { Kind, Status } from "../contract.ts";

export type Step =
  | "classify"
  | "accept"
  | "forward"
  | "refuse"
  | "assign"
  | "conclude"
  | "answer"
  | "publish"
  | "citizen_info"
  | "withdraw"
  | "rate";

const ALLOWED: Record<Step, readonly Status[]> = {
  classify: ["received", "accepted"],
  accept: ["received"],
  forward: ["received"],
  refuse: ["received"],
  assign: ["received", "accepted"],
  conclude: ["accepted"],
  answer: ["accepted"],
  publish: ["answered"],
  citizen_info: ["received", "accepted"],
  withdraw: ["received", "accepted"],
  rate: ["answered"],
};

const STATE_WORDS: Record<Status, string> = {
  received: "mới tiếp nhận",
  accepted: "đã thụ lý",
  refused: "không thụ lý",
  answered: "đã trả lời",
  withdrawn: "đã rút",
};

export interface CaseState {
  status: Status;
  kind: Kind;
  classified: boolean;
  competent: boolean | null;
  publishedAt: Date | null;
  ratingScore: number | null;
}

/** Why the step may not be taken now, or null. */
export function stepRefusal(c: CaseState, step: Step): string | null {
  if (!ALLOWED[step].includes(c.status))
    return `Đơn đang ở trạng thái “${STATE_WORDS[c.status]}”: không thực hiện được bước này.`;
  if (step === "accept" && !c.classified) return "Hãy phân loại đơn trước khi thụ lý.";
  if (step === "accept" && c.competent === false)
    return "Đơn đã được phân loại là không thuộc thẩm quyền: hãy chuyển đơn đến cơ quan có thẩm quyền.";
  if (step === "forward" && !c.classified) return "Hãy phân loại đơn trước khi chuyển đơn.";
  if (step === "publish" && c.kind === "denunciation")
    return "Nội dung tố cáo và thông tin người tố cáo không được công khai (Điều 47, Điều 48 Luật Tố cáo 2018).";
  if (step === "publish" && c.publishedAt) return "Câu trả lời đã được công khai.";
  if (step === "rate" && c.ratingScore !== null) return "Bạn đã đánh giá câu trả lời này.";
  return null;
}

export function requireStep(c: CaseState, step: Step): void {
  const why = stepRefusal(c, step);
  if (why) throw conflict(why);
}
