// Luật Tố cáo 25/2018/QH14 (from 01/01/2019; amended from 01/7/2026 by Luật 136/2025/QH15, which
// no source shows changing these numbers), and the Luật Tố cáo 03/2011/QH13 it replaced, for
// denunciations received before 2019. Suspended time is not counted (Luật 2018, Điều 34).
import type { LimitRule } from "../rule.ts";
import { BEFORE_LTC, LTC_2011_IN_FORCE, LTC_IN_FORCE } from "./dates.ts";

const TC = "Luật Tố cáo 25/2018/QH14";
const TC2011 = "Luật Tố cáo 03/2011/QH13";
const LTC24 =
  "https://gialai.baohiemxahoi.gov.vn/tintuc/Pages/hoat-dong-nganh.aspx?CateID=242&ItemID=38093&OtItem=date";
const LTC20_2011 = "http://hethongphapluat.vn/luat-to-cao-2011/dieu-20";

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
    source: {
      law: "LTC-2018",
      article: 24,
      clause: 1,
      checked: "paraphrase",
      url: LTC24,
      quote:
        "07 ngày làm việc kể từ ngày nhận được tố cáo ... có thể kéo dài hơn nhưng không quá 10 ngày làm việc",
    },
    suspensionStopsClock: false,
    description:
      "Vào sổ, phân loại, xử lý ban đầu, kiểm tra người tố cáo và điều kiện thụ lý trong 07 ngày làm việc (xác minh nhiều nơi hoặc phải ủy quyền: không quá 10).",
  },
  {
    id: "LTC-24-1-accept",
    kinds: ["denunciation"],
    step: "accept",
    validFrom: LTC_IN_FORCE,
    dayKind: "working",
    from: "receipt",
    days: { normal: 7, complex: 10 },
    article: `Điều 24 khoản 1, Điều 29, ${TC}`,
    source: { law: "LTC-2018", article: 24, clause: 1, checked: "paraphrase", url: LTC24 },
    suspensionStopsClock: false,
    description:
      "Đủ điều kiện thì ra quyết định thụ lý (Điều 29) trong thời hạn xử lý ban đầu: 07 ngày làm việc, tối đa 10.",
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
    source: { law: "LTC-2018", article: 24, clause: 2, checked: "paraphrase", url: LTC24 },
    suspensionStopsClock: false,
    description:
      "Tố cáo không thuộc thẩm quyền: chuyển cơ quan có thẩm quyền trong 05 ngày làm việc và thông báo cho người tố cáo.",
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
    source: {
      law: "LTC-2018",
      article: 29,
      clause: 4,
      checked: "text",
      url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/3D826-hd-thu-tuc-thu-ly-to-cao-theo-luat-to-cao-2018-moi-nhat.html",
      quote:
        "Trong thời hạn 05 ngày làm việc kể từ ngày ra quyết định thụ lý tố cáo ... thông báo cho người tố cáo",
    },
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
    source: {
      law: "LTC-2018",
      article: 30,
      checked: "text",
      url: "https://luatsubaoho.com/phapluat/thoi-han-giai-quyet-to-cao-toi-da-la-bao-lau/amp",
      quote:
        "không quá 30 ngày kể từ ngày thụ lý tố cáo ... gia hạn ... một lần ... hai lần, mỗi lần không quá 30 ngày",
    },
    suspensionStopsClock: true,
    description:
      "Giải quyết tố cáo không quá 30 ngày kể từ ngày thụ lý; phức tạp: gia hạn 1 lần, đặc biệt phức tạp: 2 lần, mỗi lần không quá 30 ngày. Thời gian tạm đình chỉ không tính (Điều 34).",
  },
  {
    id: "LTC2011-20-1-a",
    kinds: ["denunciation"],
    step: "accept",
    validFrom: LTC_2011_IN_FORCE,
    validUntil: BEFORE_LTC,
    dayKind: "calendar",
    from: "receipt",
    days: { normal: 10, complex: 15 },
    article: `Điều 20 khoản 1 điểm a, ${TC2011}`,
    source: {
      law: "LTC-2011",
      article: 20,
      clause: 1,
      point: "a",
      checked: "text",
      url: LTC20_2011,
      quote: "trong thời hạn 10 ngày, kể từ ngày nhận được đơn tố cáo ... không quá 15 ngày",
    },
    suspensionStopsClock: false,
    description:
      "Kiểm tra người tố cáo và quyết định thụ lý hay không trong 10 ngày kể từ ngày nhận được đơn (xác minh nhiều nơi: không quá 15).",
  },
  {
    id: "LTC2011-20-1-b",
    kinds: ["denunciation"],
    step: "forward",
    validFrom: LTC_2011_IN_FORCE,
    validUntil: BEFORE_LTC,
    dayKind: "working",
    from: "receipt",
    days: { normal: 5 },
    article: `Điều 20 khoản 1 điểm b, ${TC2011}`,
    source: {
      law: "LTC-2011",
      article: 20,
      clause: 1,
      point: "b",
      checked: "text",
      url: LTC20_2011,
      quote:
        "trong thời hạn 05 ngày làm việc, kể từ ngày nhận được đơn tố cáo, người tiếp nhận phải chuyển đơn",
    },
    suspensionStopsClock: false,
    description: "Tố cáo không thuộc thẩm quyền: chuyển đơn trong 05 ngày làm việc kể từ ngày nhận được đơn.",
  },
  {
    id: "LTC2011-21",
    kinds: ["denunciation"],
    step: "resolve",
    validFrom: LTC_2011_IN_FORCE,
    validUntil: BEFORE_LTC,
    dayKind: "calendar",
    from: "acceptance",
    days: { normal: 60, complex: 90 },
    extension: {
      days: 30,
      daysComplex: 60,
      dayKind: "calendar",
      times: { normal: 1, complex: 1, especiallyComplex: 1 },
    },
    article: `Điều 21, ${TC2011}`,
    source: {
      law: "LTC-2011",
      article: 21,
      checked: "paraphrase",
      url: "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7636&open_popup=1",
      quote:
        "60 ngày, kể từ ngày thụ lý ... phức tạp ... 90 ngày ... gia hạn ... một lần nhưng không quá 30 ngày ... không quá 60 ngày",
    },
    suspensionStopsClock: false,
    description:
      "Giải quyết tố cáo 60 ngày kể từ ngày thụ lý (phức tạp: 90); khi cần thiết gia hạn một lần, không quá 30 ngày (phức tạp: 60).",
  },
];
