// Luật Khiếu nại 02/2011/QH13 (amended by Luật Tiếp công dân 42/2013/QH13 and, from 01/7/2026,
// by Luật 136/2025/QH15). The law says "ngày": calendar days, the last day moving to the next
// working day (docs/decisions/legal-time-limits.md, doubt 1). Luật 136/2025 keeps the numbers
// as far as any source says (doubt 2) but adds tạm đình chỉ, whose days do not count: so each
// resolution rule has a version before and one from 01/7/2026, chosen by the date of thụ lý.
import type { LimitRule } from "../rule.ts";
import { AMENDMENT_2025_IN_FORCE, BEFORE_AMENDMENT_2025, LKN_IN_FORCE } from "./dates.ts";

const KN = "Luật Khiếu nại 02/2011/QH13";
const TVPL_27 =
  "https://thuvienphapluat.vn/phap-luat/thoi-gian-thu-ly-don-khieu-nai-va-thoi-gian-giai-quyet-don-khieu-nai-toi-da-la-bao-lau-theo-quy-din-130377-4816.html";
const TVPL_28_37 =
  "https://thuvienphapluat.vn/hoi-dap-phap-luat/83A1FC5-hd-thoi-han-thu-ly-giai-quyet-khieu-nai-la-bao-nhieu-ngay-khieu-nai-cac-quyet-dinh-nao-thi-khong-duoc-.html";
const SUSPENSION_2026 =
  "Từ 01/7/2026 (Luật 136/2025/QH15): thời gian tạm đình chỉ giải quyết khiếu nại không tính vào thời hạn giải quyết.";

const resolveFirst = {
  kinds: ["complaint-first"],
  step: "resolve",
  dayKind: "calendar",
  from: "acceptance",
  days: { normal: 30, complex: 45, remote: 45, remoteComplex: 60 },
  article: `Điều 28, ${KN}`,
  source: {
    law: "LKN-2011",
    article: 28,
    checked: "text",
    url: TVPL_28_37,
    quote: "không quá 30 ngày, kể từ ngày thụ lý; đối với vụ việc phức tạp ... không quá 45 ngày",
  },
  description:
    "Giải quyết khiếu nại lần đầu không quá 30 ngày kể từ ngày thụ lý (phức tạp: 45; vùng sâu, vùng xa: 45, phức tạp: 60).",
} as const;

const resolveSecond = {
  kinds: ["complaint-second"],
  step: "resolve",
  dayKind: "calendar",
  from: "acceptance",
  days: { normal: 45, complex: 60, remote: 60, remoteComplex: 70 },
  article: `Điều 37, ${KN}`,
  source: {
    law: "LKN-2011",
    article: 37,
    checked: "text",
    url: TVPL_28_37,
    quote: "không quá 45 ngày, kể từ ngày thụ lý; ... phức tạp ... không quá 60 ngày",
  },
  description:
    "Giải quyết khiếu nại lần hai không quá 45 ngày kể từ ngày thụ lý (phức tạp: 60; vùng sâu, vùng xa: 60, phức tạp: 70).",
} as const;

export const COMPLAINT_RULES: readonly LimitRule[] = [
  {
    id: "LKN-9",
    kinds: ["complaint-first"],
    step: "lodge",
    validFrom: LKN_IN_FORCE,
    dayKind: "calendar",
    from: "decision-known",
    days: { normal: 90 },
    article: `Điều 9, ${KN}`,
    source: {
      law: "LKN-2011",
      article: 9,
      checked: "text",
      url: "https://khdlaw.vn/thoi-hieu-khieu-nai-theo-quy-dinh-phap-luat/",
      quote: "Thời hiệu khiếu nại là 90 ngày, kể từ ngày nhận được quyết định hành chính hoặc biết được",
    },
    suspensionStopsClock: false,
    description:
      "Thời hiệu khiếu nại: 90 ngày kể từ ngày nhận được hoặc biết được quyết định, hành vi hành chính (thời gian ốm đau, thiên tai... không tính).",
  },
  {
    id: "LKN-27",
    kinds: ["complaint-first"],
    step: "accept",
    validFrom: LKN_IN_FORCE,
    dayKind: "calendar",
    from: "receipt",
    days: { normal: 10 },
    article: `Điều 27, ${KN}`,
    source: {
      law: "LKN-2011",
      article: 27,
      checked: "text",
      url: TVPL_27,
      quote:
        "Trong thời hạn 10 ngày, kể từ ngày nhận được khiếu nại thuộc thẩm quyền ... phải thụ lý giải quyết",
    },
    suspensionStopsClock: false,
    description:
      "Thụ lý (hoặc từ chối, nêu rõ lý do) trong 10 ngày kể từ ngày nhận được khiếu nại thuộc thẩm quyền; thông báo bằng văn bản.",
    doubt: 'Luật ghi "ngày", không ghi "ngày làm việc": tính ngày lịch (cách đọc chặt hơn).',
  },
  {
    id: "LKN-28",
    ...resolveFirst,
    validFrom: LKN_IN_FORCE,
    validUntil: BEFORE_AMENDMENT_2025,
    suspensionStopsClock: false,
  },
  {
    id: "LKN-28@2026",
    ...resolveFirst,
    validFrom: AMENDMENT_2025_IN_FORCE,
    suspensionStopsClock: true,
    description: `${resolveFirst.description} ${SUSPENSION_2026}`,
    doubt: "Số ngày giữ nguyên: không nguồn nào cho thấy Luật 136/2025/QH15 sửa Điều 28.",
  },
  {
    id: "LKN-33",
    kinds: ["complaint-second"],
    step: "lodge",
    validFrom: LKN_IN_FORCE,
    dayKind: "calendar",
    from: "first-decision-or-expiry",
    days: { normal: 30, remote: 45 },
    article: `Điều 33 khoản 1, ${KN}`,
    source: {
      law: "LKN-2011",
      article: 33,
      clause: 1,
      checked: "paraphrase",
      url: "https://luatsu247.net/trinh-tu-thu-tuc-giai-quyet-khieu-nai-lan-hai-tien-hanh-nhu-the-nao/",
      quote:
        "Trong thời hạn 30 ngày, kể từ ngày hết thời hạn giải quyết ... vùng sâu, vùng xa ... không quá 45 ngày",
    },
    suspensionStopsClock: false,
    description:
      "Khiếu nại lần hai trong 30 ngày (vùng sâu, vùng xa: 45 ngày) kể từ ngày nhận quyết định giải quyết lần đầu hoặc hết thời hạn giải quyết mà không được giải quyết.",
  },
  {
    id: "LKN-36",
    kinds: ["complaint-second"],
    step: "accept",
    validFrom: LKN_IN_FORCE,
    dayKind: "calendar",
    from: "receipt",
    days: { normal: 10 },
    article: `Điều 36, ${KN}`,
    source: { law: "LKN-2011", article: 36, checked: "conservative" },
    suspensionStopsClock: false,
    description:
      "Thụ lý giải quyết khiếu nại lần hai (hoặc từ chối, nêu rõ lý do) trong 10 ngày kể từ ngày nhận được khiếu nại thuộc thẩm quyền.",
    doubt:
      "Chưa đọc được nguyên văn Điều 36; dùng cùng thời hạn 10 ngày lịch như Điều 27 (khiếu nại lần đầu), cách đọc chặt hơn.",
  },
  {
    id: "LKN-37",
    ...resolveSecond,
    validFrom: LKN_IN_FORCE,
    validUntil: BEFORE_AMENDMENT_2025,
    suspensionStopsClock: false,
  },
  {
    id: "LKN-37@2026",
    ...resolveSecond,
    validFrom: AMENDMENT_2025_IN_FORCE,
    suspensionStopsClock: true,
    description: `${resolveSecond.description} ${SUSPENSION_2026}`,
    doubt: "Số ngày giữ nguyên: không nguồn nào cho thấy Luật 136/2025/QH15 sửa Điều 37.",
  },
];
