// The portal's words, Vietnamese first: kinds with their one-sentence explanations, fields,
// statuses and timeline steps. The keys are the API's (src/modules/citizen-cases/contract.ts).
import type { Field, Kind, Status } from "../../src/modules/citizen-cases/contract.ts";

/** The four choices the citizen sees; a complaint then says whether it is the first or the second. */
export const CHOICES = [
  {
    id: "feedback",
    label: "Phản ánh",
    hint: "Báo cho chính quyền một việc đang xảy ra: rác, ngập, lấn chiếm, mất trật tự…",
  },
  {
    id: "proposal",
    label: "Kiến nghị",
    hint: "Đề xuất một cách làm tốt hơn hay một việc chính quyền nên làm.",
  },
  {
    id: "complaint",
    label: "Khiếu nại",
    hint: "Đề nghị xem xét lại một quyết định, hành vi hành chính làm ảnh hưởng quyền lợi của bạn.",
  },
  {
    id: "denunciation",
    label: "Tố cáo",
    hint: "Báo hành vi vi phạm pháp luật của cán bộ, tổ chức, cá nhân; danh tính của bạn được giữ bí mật.",
  },
] as const;
export type Choice = (typeof CHOICES)[number]["id"];

export const KIND_LABELS: Record<Kind, string> = {
  feedback: "Phản ánh",
  proposal: "Kiến nghị",
  "complaint-first": "Khiếu nại lần đầu",
  "complaint-second": "Khiếu nại lần hai",
  denunciation: "Tố cáo",
};

export const FIELD_LABELS: Record<Field, string> = {
  land: "Đất đai",
  construction: "Xây dựng, trật tự đô thị",
  environment: "Môi trường, vệ sinh",
  traffic: "Giao thông",
  public_order: "An ninh, trật tự",
  health: "Y tế",
  education: "Giáo dục",
  civil_status: "Hộ tịch, tư pháp",
  social_policy: "Chính sách xã hội",
  officials: "Cán bộ, công chức",
  other: "Khác",
};

export const STATUS_LABELS: Record<Status, string> = {
  received: "Đã tiếp nhận",
  accepted: "Đã thụ lý, đang giải quyết",
  refused: "Không thụ lý",
  answered: "Đã trả lời",
  withdrawn: "Người gửi đã rút",
};

export const EVENT_LABELS: Record<string, string> = {
  received: "Tiếp nhận",
  accepted: "Thụ lý",
  forwarded: "Chuyển đơn",
  refused: "Không thụ lý",
  answered: "Trả lời",
  published: "Công khai",
  withdrawn: "Rút đơn",
  rated: "Đánh giá",
  citizen_info: "Bổ sung thông tin",
};

export const vnDate = (iso: string) => iso.slice(0, 10).split("-").reverse().join("/");
