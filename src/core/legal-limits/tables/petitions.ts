// Handling a đơn (Thông tư 05/2021/TT-TTCP) and the answer after a reception visit (Luật Tiếp
// công dân 42/2013/QH13, Điều 28). Denunciations follow Luật Tố cáo instead (denunciations.ts).
// No law or circular found sets the time to resolve a phản ánh or kiến nghị: limitFor gives null.
import type { LimitRule } from "../rule.ts";
import { LTCD_IN_FORCE, TT05_IN_FORCE } from "./dates.ts";

export const PETITION_RULES: readonly LimitRule[] = [
  {
    id: "TT05-classify",
    kinds: ["feedback", "proposal", "complaint-first", "complaint-second"],
    step: "classify",
    validFrom: TT05_IN_FORCE,
    dayKind: "calendar",
    from: "receipt",
    days: { normal: 10 },
    article: "Thông tư 05/2021/TT-TTCP (thủ tục xử lý đơn, Quyết định 194/QĐ-TTCP)",
    source: {
      law: "TT-05-2021",
      article: 0,
      checked: "conservative",
      url: "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=315145",
      quote: "Trong thời hạn 10 ngày, kể từ ngày nhận được đơn khiếu nại, tố cáo, kiến nghị, phản ánh",
    },
    suspensionStopsClock: false,
    description:
      "Xử lý đơn (phân loại, thụ lý, chuyển hoặc hướng dẫn) trong 10 ngày kể từ ngày nhận được đơn.",
    doubt:
      'Chưa đọc được điều khoản của Thông tư; thủ tục hành chính công bố ghi "10 ngày": tính ngày lịch (cách đọc chặt hơn 10 ngày làm việc).',
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
    source: {
      law: "LTCD-2013",
      article: 28,
      checked: "text",
      url: "https://luatsutran.vn/thoi-han-giai-quyet-khieu-nai",
      quote:
        "Trong thời hạn 10 ngày làm việc, kể từ ngày tiếp nhận nội dung khiếu nại, tố cáo, kiến nghị, phản ánh, người tiếp công dân có trách nhiệm trả lời",
    },
    suspensionStopsClock: false,
    description:
      "Người tiếp công dân trả lời trực tiếp hoặc thông báo bằng văn bản (đã thụ lý; kéo dài để xác minh; từ chối; đã chuyển) trong 10 ngày làm việc kể từ ngày tiếp nhận.",
  },
];
