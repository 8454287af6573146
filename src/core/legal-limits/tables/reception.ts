// Minimum periodic reception per leader, Luật Tiếp công dân 42/2013/QH13 and Luật 136/2025/QH15.
// Leaders receive in person on days; "ít nhất N ngày trong 01 tuần/tháng" counts distinct days.
import type { ReceptionRule } from "../reception.ts";
import {
  AMENDMENT_2025_IN_FORCE,
  BEFORE_AMENDMENT_2025,
  BEFORE_TWO_LEVEL_GOVERNMENT,
  LTCD_IN_FORCE,
} from "./dates.ts";

const TCD = "Luật Tiếp công dân 42/2013/QH13";
const THOIDAI =
  "https://thoidai.com.vn/chu-tich-pho-chu-tich-ubnd-thanh-pho-ha-noi-tiep-cong-dan-vao-ngay-nao-128200.html";

export const RECEPTION_RULES: readonly ReceptionRule[] = [
  {
    id: "LTCD-12-5",
    leader: "province-chair",
    validFrom: LTCD_IN_FORCE,
    days: 1,
    per: "month",
    article: `Điều 12 khoản 5, ${TCD}`,
    source: {
      law: "LTCD-2013",
      article: 12,
      clause: 5,
      checked: "paraphrase",
      url: THOIDAI,
      quote:
        "theo Khoản 5, Điều 12 ... Chủ tịch UBND cấp tỉnh phải tiếp công dân định kỳ ít nhất 01 ngày trong 01 tháng",
    },
    description: "Chủ tịch UBND cấp tỉnh tiếp công dân định kỳ ít nhất 01 ngày trong 01 tháng.",
    doubt:
      "Chưa đọc được Điều 12 sau sửa đổi 2025; giữ nghĩa vụ 01 ngày/tháng (không bỏ nghĩa vụ khi chưa thấy luật bỏ).",
  },
  {
    id: "LTCD-13-5",
    leader: "district-chair",
    validFrom: LTCD_IN_FORCE,
    validUntil: BEFORE_TWO_LEVEL_GOVERNMENT,
    days: 2,
    per: "month",
    article: `Điều 13 khoản 5, ${TCD}`,
    source: {
      law: "LTCD-2013",
      article: 13,
      clause: 5,
      checked: "paraphrase",
      url: THOIDAI,
      quote:
        "Khoản 5, Điều 13 quy định Chủ tịch UBND cấp huyện phải tiếp công dân định kỳ ít nhất 02 ngày trong 01 tháng",
    },
    description:
      "Chủ tịch UBND cấp huyện tiếp công dân định kỳ ít nhất 02 ngày trong 01 tháng (đến 30/6/2025; từ 01/7/2025 không còn cấp huyện).",
  },
  {
    id: "LTCD-15-2-d",
    leader: "commune-chair",
    validFrom: LTCD_IN_FORCE,
    validUntil: BEFORE_AMENDMENT_2025,
    days: 1,
    per: "week",
    article: `Điều 15 khoản 2 điểm d, ${TCD}`,
    source: {
      law: "LTCD-2013",
      article: 15,
      clause: 2,
      point: "d",
      checked: "text",
      url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/555F5-hd-chu-tich-uy-ban-nhan-dan-cap-xa-tiep-cong-dan-truc-tiep-may-lan-trong-mot-thang.html",
      quote: "Trực tiếp tiếp công dân tại trụ sở Ủy ban nhân dân cấp xã ít nhất 01 ngày trong 01 tuần",
    },
    description:
      "Chủ tịch UBND cấp xã trực tiếp tiếp công dân tại trụ sở UBND cấp xã ít nhất 01 ngày trong 01 tuần.",
  },
  {
    id: "L136-1-7",
    leader: "commune-chair",
    validFrom: AMENDMENT_2025_IN_FORCE,
    days: 2,
    per: "month",
    article: "Điều 15 Luật Tiếp công dân, sửa đổi bởi khoản 7 Điều 1 Luật 136/2025/QH15",
    source: {
      law: "L-136-2025",
      article: 1,
      clause: 7,
      checked: "paraphrase",
      url: "https://news.laodong.vn/thoi-su/chu-tich-ubnd-cap-xa-phai-tiep-cong-dan-it-nhat-2-ngaythang-1623290.ldo",
      quote: "Chủ tịch UBND cấp xã phải tiếp công dân ít nhất 2 ngày/tháng",
    },
    description:
      "Chủ tịch UBND cấp xã (xã, phường, đặc khu) trực tiếp tiếp công dân tại trụ sở hoặc địa điểm do Chủ tịch quyết định, ít nhất 02 ngày trong 01 tháng.",
    doubt: "Chỉ đọc được qua báo chí thuật lại luật đã thông qua, chưa đọc nguyên văn khoản 7 Điều 1.",
  },
  {
    id: "LTCD-18",
    leader: "agency-head",
    validFrom: LTCD_IN_FORCE,
    days: 1,
    per: "month",
    article: `Điều 18 khoản 2, khoản 4, ${TCD}; Điều 4 khoản 2 Nghị định 64/2014/NĐ-CP`,
    source: {
      law: "ND-64-2014",
      article: 4,
      clause: 2,
      checked: "paraphrase",
      url: THOIDAI,
      quote:
        "trực tiếp thực hiện việc tiếp công dân ít nhất 01 ngày trong 01 tháng tại địa điểm tiếp công dân của cơ quan mình",
    },
    description:
      "Thủ trưởng cơ quan hành chính nhà nước trực tiếp tiếp công dân ít nhất 01 ngày trong 01 tháng.",
  },
];
