// Minimum periodic reception per leader, Luật Tiếp công dân 42/2013/QH13 and Luật 136/2025/QH15.
import type { ReceptionRule } from "../reception.ts";
import {
  AMENDMENT_2025_IN_FORCE,
  BEFORE_AMENDMENT_2025,
  BEFORE_TWO_LEVEL_GOVERNMENT,
  LTCD_IN_FORCE,
} from "./dates.ts";

const TCD = "Luật Tiếp công dân 42/2013/QH13";

export const RECEPTION_RULES: readonly ReceptionRule[] = [
  {
    id: "LTCD-12-5",
    leader: "province-chair",
    validFrom: LTCD_IN_FORCE,
    days: 1,
    per: "month",
    article: `Điều 12 khoản 5, ${TCD}`,
    source: { law: "LTCD-2013", article: 12, clause: 5, checked: "paraphrase" },
    description: "Chủ tịch UBND cấp tỉnh tiếp công dân định kỳ ít nhất 01 ngày trong 01 tháng.",
  },
  {
    id: "LTCD-13-5",
    leader: "district-chair",
    validFrom: LTCD_IN_FORCE,
    validUntil: BEFORE_TWO_LEVEL_GOVERNMENT,
    days: 2,
    per: "month",
    article: `Điều 13 khoản 5, ${TCD}`,
    source: { law: "LTCD-2013", article: 13, clause: 5, checked: "paraphrase" },
    description: "Chủ tịch UBND cấp huyện tiếp công dân định kỳ ít nhất 02 ngày trong 01 tháng.",
  },
  {
    id: "LTCD-15-2-d",
    leader: "commune-chair",
    validFrom: LTCD_IN_FORCE,
    validUntil: BEFORE_AMENDMENT_2025,
    days: 1,
    per: "week",
    article: `Điều 15 khoản 2 điểm d, ${TCD}`,
    source: { law: "LTCD-2013", article: 15, clause: 2, point: "d", checked: "paraphrase" },
    description:
      "Chủ tịch UBND cấp xã trực tiếp tiếp công dân tại trụ sở UBND cấp xã ít nhất 01 ngày trong 01 tuần.",
  },
  {
    id: "L136-1-7",
    leader: "commune-chair",
    validFrom: AMENDMENT_2025_IN_FORCE,
    days: 2,
    per: "month",
    article: "Điều 15 (sửa đổi bởi khoản 7 Điều 1 Luật 136/2025/QH15), Luật Tiếp công dân",
    source: { law: "L-136-2025", article: 1, clause: 7, checked: "paraphrase" },
    description: "Chủ tịch UBND cấp xã trực tiếp tiếp công dân ít nhất 02 ngày trong 01 tháng.",
  },
  {
    id: "LTCD-18",
    leader: "agency-head",
    validFrom: LTCD_IN_FORCE,
    days: 1,
    per: "month",
    article: `Điều 18, ${TCD}; Điều 4 Nghị định 64/2014/NĐ-CP`,
    source: { law: "LTCD-2013", article: 18, checked: "paraphrase" },
    description:
      "Thủ trưởng cơ quan hành chính nhà nước trực tiếp tiếp công dân ít nhất 01 ngày trong 01 tháng.",
  },
];
