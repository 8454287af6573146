// Luật Khiếu nại 02/2011/QH13 (amended by Luật Tiếp công dân 42/2013/QH13 and, from 01/7/2026,
// by Luật 136/2025/QH15). "ngày" = calendar days (docs/decisions/legal-time-limits.md, doubt 1).
import type { LimitRule } from "../rule.ts";
import { LKN_IN_FORCE } from "./dates.ts";

const KN = "Luật Khiếu nại 02/2011/QH13";

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
    source: { law: "LKN-2011", article: 9, checked: "paraphrase" },
    suspensionStopsClock: false,
    description:
      "Thời hiệu khiếu nại: 90 ngày kể từ ngày nhận được hoặc biết được quyết định, hành vi hành chính.",
  },
  {
    id: "LKN-27",
    kinds: ["complaint-first", "complaint-second"],
    step: "accept",
    validFrom: LKN_IN_FORCE,
    dayKind: "calendar",
    from: "receipt",
    days: { normal: 10 },
    article: `Điều 27, ${KN}`,
    source: { law: "LKN-2011", article: 27, checked: "paraphrase" },
    suspensionStopsClock: false,
    description: "Thụ lý giải quyết khiếu nại trong 10 ngày kể từ ngày nhận được khiếu nại thuộc thẩm quyền.",
    doubt: "ngày-or-working",
  },
  {
    id: "LKN-28",
    kinds: ["complaint-first"],
    step: "resolve",
    validFrom: LKN_IN_FORCE,
    dayKind: "calendar",
    from: "acceptance",
    days: { normal: 30, complex: 45, remote: 45, remoteComplex: 60 },
    article: `Điều 28, ${KN}`,
    source: { law: "LKN-2011", article: 28, checked: "paraphrase" },
    suspensionStopsClock: false,
    description:
      "Giải quyết khiếu nại lần đầu không quá 30 ngày kể từ ngày thụ lý (phức tạp 45; vùng sâu, vùng xa 45, phức tạp 60).",
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
    source: { law: "LKN-2011", article: 33, clause: 1, checked: "paraphrase" },
    suspensionStopsClock: false,
    description:
      "Khiếu nại lần hai trong 30 ngày (vùng sâu, vùng xa 45 ngày) kể từ ngày nhận quyết định lần đầu hoặc hết thời hạn giải quyết.",
  },
  {
    id: "LKN-37",
    kinds: ["complaint-second"],
    step: "resolve",
    validFrom: LKN_IN_FORCE,
    dayKind: "calendar",
    from: "acceptance",
    days: { normal: 45, complex: 60, remote: 60, remoteComplex: 70 },
    article: `Điều 37, ${KN}`,
    source: { law: "LKN-2011", article: 37, checked: "paraphrase" },
    suspensionStopsClock: false,
    description:
      "Giải quyết khiếu nại lần hai không quá 45 ngày kể từ ngày thụ lý (phức tạp 60; vùng sâu, vùng xa 60, phức tạp 70).",
  },
];
