// The steps of a report and the states they move between (issue 14 item 2):
//   open → draft (saved, autosaved) → awaiting_signoff (submitted by an official) → submitted (the
//   unit's leader signed it off: it has left the unit) → accepted, or returned with comments →
//   resubmitted → awaiting_signoff → submitted … A leader who submits signs it off in one step.
import type { ObligationState } from "../contract.ts";

export type Step = "save" | "submit" | "sign" | "return" | "accept";

const FROM: Record<Step, readonly ObligationState[]> = {
  save: ["open", "draft", "returned"],
  submit: ["open", "draft", "returned"],
  sign: ["awaiting_signoff"],
  return: ["submitted", "awaiting_signoff"],
  accept: ["submitted"],
};

const REFUSAL: Record<Step, string> = {
  save: "Báo cáo đã gửi đi; chỉ sửa được khi cơ quan tổng hợp trả lại.",
  submit: "Báo cáo này không ở trạng thái có thể trình.",
  sign: "Báo cáo chưa được trình lãnh đạo ký duyệt.",
  return: "Chỉ trả lại được báo cáo đã gửi, chưa được tiếp nhận.",
  accept: "Chỉ tiếp nhận được báo cáo đã gửi.",
};

/** Null when the step is allowed from `state`, else why not (in Vietnamese). */
export const refusalOfStep = (step: Step, state: ObligationState): string | null =>
  FROM[step].includes(state) ? null : REFUSAL[step];

/** The state after a step (submit by someone who may sign goes straight to submitted). */
export function nextState(step: Step, state: ObligationState, signsToo = false): ObligationState {
  switch (step) {
    case "save":
      return state === "open" ? "draft" : state;
    case "submit":
      return signsToo ? "submitted" : "awaiting_signoff";
    case "sign":
      return "submitted";
    case "return":
      return "returned";
    case "accept":
      return "accepted";
  }
}
