// Names of the kinds, fields, statuses, steps and refusal grounds on screen (Vietnamese: the law's
// words; the refusal grounds come from the contract with their articles).

import type { EVENT_KINDS, Field, Kind, Status } from "../../../src/modules/citizen-cases/contract.ts";
import type { Tone } from "../shared/StatusTag.tsx";

export const KIND: Record<Kind, string> = {
  feedback: "Phản ánh",
  proposal: "Kiến nghị",
  "complaint-first": "Khiếu nại lần đầu",
  "complaint-second": "Khiếu nại lần hai",
  denunciation: "Tố cáo",
};
export const FIELD: Record<Field, string> = {
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
export const STATUS: Record<Status, { label: string; tone: Tone }> = {
  received: { label: "Mới tiếp nhận", tone: "info" },
  accepted: { label: "Đã thụ lý", tone: "warn" },
  refused: { label: "Không thụ lý", tone: "neutral" },
  answered: { label: "Đã trả lời", tone: "good" },
  withdrawn: { label: "Đã rút", tone: "neutral" },
};
export const EVENT: Record<(typeof EVENT_KINDS)[number], string> = {
  received: "Tiếp nhận",
  classified: "Phân loại",
  accepted: "Thụ lý",
  forwarded: "Chuyển đơn",
  refused: "Không thụ lý",
  assigned: "Giao xử lý",
  note: "Ghi chú",
  concluded: "Kết luận",
  answered: "Trả lời",
  published: "Công khai",
  citizen_info: "Người gửi bổ sung",
  withdrawn: "Rút đơn",
  rated: "Đánh giá",
};
/** The grounds of refusal as the contract words them (src/modules/citizen-cases/contract.ts). */
export const GROUNDS: Record<string, string> = {
  not_administrative: "Không phải quyết định, hành vi hành chính (Điều 11 khoản 1 Luật Khiếu nại 2011)",
  not_affected:
    "Không liên quan trực tiếp đến quyền, lợi ích của người khiếu nại (Điều 11 khoản 2 Luật Khiếu nại 2011)",
  past_time_limit: "Hết thời hiệu khiếu nại (Điều 11 khoản 4 Luật Khiếu nại 2011)",
  already_resolved: "Đã có quyết định giải quyết có hiệu lực pháp luật (Điều 11 khoản 6 Luật Khiếu nại 2011)",
  in_court: "Tòa án đã thụ lý hoặc giải quyết (Điều 11 khoản 9 Luật Khiếu nại 2011)",
  denunciation_unfounded: "Tố cáo không có cơ sở xác định người, hành vi vi phạm (Điều 29 Luật Tố cáo 2018)",
  denunciation_repeated: "Tố cáo việc đã giải quyết, không có tình tiết mới (Điều 29 Luật Tố cáo 2018)",
};
export const vnDate = (iso: string | null) => (iso ? iso.slice(0, 10).split("-").reverse().join("/") : "—");
