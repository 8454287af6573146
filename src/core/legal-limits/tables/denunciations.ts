// Luật Tố cáo 25/2018/QH14 (amended, from 01/7/2026, by Luật 136/2025/QH15).
import type { LimitRule } from "../rule.ts";
import { LTC_IN_FORCE } from "./dates.ts";

const TC = "Luật Tố cáo 25/2018/QH14";

export const DENUNCIATION_RULES: readonly LimitRule[] = [
  {
    id: "LTC-24-1",
    kinds: ["denunciation"],
    step: "classify",
    validFrom: LTC_IN_FORCE,
    dayKind: "working",
    from: "receipt",
    days: { normal: 7, complex: 10 },
    article: `Điều 24 khoản 1, ${TC}`,
    source: { law: "LTC-2018", article: 24, clause: 1, checked: "paraphrase" },
    suspensionStopsClock: false,
    description:
      "Vào sổ, phân loại, xử lý ban đầu, kiểm tra điều kiện thụ lý trong 07 ngày làm việc (nhiều địa điểm: không quá 10).",
  },
  {
    id: "LTC-24-1-accept",
    kinds: ["denunciation"],
    step: "accept",
    validFrom: LTC_IN_FORCE,
    dayKind: "working",
    from: "receipt",
    days: { normal: 7, complex: 10 },
    article: `Điều 24 khoản 1, ${TC}`,
    source: { law: "LTC-2018", article: 24, clause: 1, checked: "paraphrase" },
    suspensionStopsClock: false,
    description:
      "Đủ điều kiện thì ra quyết định thụ lý trong thời hạn xử lý ban đầu (07 ngày làm việc, tối đa 10).",
  },
  {
    id: "LTC-24-2",
    kinds: ["denunciation"],
    step: "forward",
    validFrom: LTC_IN_FORCE,
    dayKind: "working",
    from: "receipt",
    days: { normal: 5 },
    article: `Điều 24 khoản 2, ${TC}`,
    source: { law: "LTC-2018", article: 24, clause: 2, checked: "paraphrase" },
    suspensionStopsClock: false,
    description:
      "Tố cáo không thuộc thẩm quyền: chuyển cho cơ quan có thẩm quyền trong 05 ngày làm việc và thông báo cho người tố cáo.",
  },
  {
    id: "LTC-29-4",
    kinds: ["denunciation"],
    step: "notify-acceptance",
    validFrom: LTC_IN_FORCE,
    dayKind: "working",
    from: "acceptance",
    days: { normal: 5 },
    article: `Điều 29 khoản 4, ${TC}`,
    source: { law: "LTC-2018", article: 29, clause: 4, checked: "paraphrase" },
    suspensionStopsClock: false,
    description:
      "Thông báo việc thụ lý cho người tố cáo và nội dung tố cáo cho người bị tố cáo trong 05 ngày làm việc kể từ ngày ra quyết định thụ lý.",
  },
  {
    id: "LTC-30",
    kinds: ["denunciation"],
    step: "resolve",
    validFrom: LTC_IN_FORCE,
    dayKind: "calendar",
    from: "acceptance",
    days: { normal: 30 },
    extension: { days: 30, dayKind: "calendar", times: { normal: 0, complex: 1, especiallyComplex: 2 } },
    article: `Điều 30, ${TC}`,
    source: { law: "LTC-2018", article: 30, checked: "paraphrase" },
    suspensionStopsClock: false,
    description:
      "Giải quyết tố cáo không quá 30 ngày kể từ ngày thụ lý; phức tạp gia hạn 1 lần, đặc biệt phức tạp 2 lần, mỗi lần không quá 30 ngày.",
  },
];
