// Thông tư 05/2021/TT-TTCP (quy trình xử lý đơn) and Luật Tiếp công dân 42/2013/QH13 Điều 28
// (the answer after a reception visit).
import type { LimitRule } from "../rule.ts";
import { LTCD_IN_FORCE, TT05_IN_FORCE } from "./dates.ts";

export const PETITION_RULES: readonly LimitRule[] = [
  {
    id: "TT05-classify",
    kinds: ["feedback", "proposal", "complaint-first", "complaint-second"],
    step: "classify",
    validFrom: TT05_IN_FORCE,
    dayKind: "working",
    from: "receipt",
    days: { normal: 10 },
    article: "Thông tư 05/2021/TT-TTCP",
    source: { law: "TT-05-2021", article: 0, checked: "conservative" },
    suspensionStopsClock: false,
    description: "Xử lý đơn trong 10 ngày làm việc kể từ ngày nhận được đơn.",
    doubt: "tt05-article",
  },
  {
    id: "LTCD-28",
    kinds: ["feedback", "proposal", "complaint-first", "complaint-second", "denunciation"],
    step: "reception-reply",
    validFrom: LTCD_IN_FORCE,
    dayKind: "working",
    from: "reception",
    days: { normal: 10 },
    article: "Điều 28, Luật Tiếp công dân 42/2013/QH13",
    source: { law: "LTCD-2013", article: 28, checked: "paraphrase" },
    suspensionStopsClock: false,
    description:
      "Trả lời trực tiếp hoặc thông báo bằng văn bản cho người đến trong 10 ngày làm việc kể từ ngày tiếp nhận.",
  },
];
