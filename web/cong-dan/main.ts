// The citizens' portal at /cong-dan: choose what to send, fill that kind's form, keep the tracking
// code and the follow-up secret; look a case up by code; with the secret, see one's own case, add
// information, withdraw it or rate the answer. Vanilla TypeScript, routed on the client by path.
import type { OwnCase, PublicCase, PublicStatistics } from "../../src/modules/citizen-cases/contract.ts";
import type { PublicCalendarOut } from "../../src/modules/reception/contract.ts";
import { get, PortalError, post } from "./api.ts";
import { barChart } from "./charts.ts";
import { field, h, showFieldErrors } from "./dom.ts";
import "./portal.css";
import {
  CHOICES,
  type Choice,
  EVENT_LABELS,
  FIELD_LABELS,
  KIND_LABELS,
  STATUS_LABELS,
  vnDate,
} from "./texts.ts";

const app = document.getElementById("app") as HTMLElement;

function show(title: string, ...content: (Node | null)[]) {
  document.title = `${title} — Cổng tiếp nhận ý kiến người dân`;
  app.replaceChildren(h("h1", {}, title), ...content.filter((n): n is Node => n !== null));
  app.focus();
}

function go(path: string) {
  history.pushState(null, "", path);
  route();
}

/** A click on a portal link routes on the client; the link still works without the script. */
const navigate = (href: string) => (e: Event) => {
  e.preventDefault();
  go(href);
};
const link = (href: string, text: string, cls?: string) =>
  h("a", { href, class: cls, onclick: navigate(href) }, text);

const alertBox = () => h("div", { class: "alert", role: "alert" });

// ---------- home ----------
function home() {
  const code = h("input", {
    type: "text",
    autocomplete: "off",
    inputmode: "text",
    placeholder: "VD: 7K3Q-9MXA-2B4C",
  });
  show(
    "Bạn muốn gửi gì?",
    h(
      "ul",
      { class: "kinds" },
      ...CHOICES.map((c) =>
        h(
          "li",
          {},
          h(
            "a",
            {
              href: `/cong-dan/gui/${c.id}`,
              onclick: navigate(`/cong-dan/gui/${c.id}`),
            },
            h("strong", {}, c.label),
            h("span", {}, c.hint),
          ),
        ),
      ),
    ),
    h(
      "form",
      {
        class: "card",
        novalidate: true,
        onsubmit: (e: Event) => {
          e.preventDefault();
          const v = code.value.trim().toUpperCase();
          if (v) go(`/cong-dan/tra-cuu/${encodeURIComponent(v)}`);
        },
      },
      h("h2", {}, "Tra cứu đơn đã gửi"),
      field("code", "Mã tra cứu", code),
      h("button", { type: "submit" }, "Tra cứu"),
    ),
    h("p", { class: "card" }, link("/cong-dan/cong-khai", "Xem thông tin phường, xã đang công khai")),
    h("p", {}, link("/cong-dan/lich-tiep", "Lịch tiếp công dân của lãnh đạo phường, xã →")),
    h("p", {}, link("/cong-dan/thong-ke", "Thống kê công khai: số đơn, tỷ lệ đúng hạn, mức hài lòng")),
  );
}

// ---------- public statistics ----------
const shortWard = (name: string) => name.replace(/^Ủy ban nhân dân\s+/u, "");
const number = (x: number | null, unit = "") =>
  x === null ? "chưa có" : `${x.toLocaleString("vi-VN")}${unit}`;

async function statistics() {
  const alert = alertBox();
  let s: PublicStatistics;
  try {
    s = await get<PublicStatistics>("/api/public/statistics");
  } catch (err) {
    alert.textContent = (err as Error).message;
    return show("Thống kê công khai", alert, h("p", {}, link("/cong-dan", "← Về trang đầu")));
  }
  const fact = (label: string, value: string, id: string) =>
    h("div", { class: "stat" }, h("dt", {}, label), h("dd", { "data-testid": id }, value));
  const chart = (title: string, svg: SVGElement) => h("section", { class: "card" }, h("h2", {}, title), svg);
  show(
    "Thống kê công khai",
    h(
      "p",
      {},
      s.since
        ? `Tất cả đơn nhận từ ngày ${vnDate(s.since)}. Chỉ có số liệu, không có nội dung đơn hay thông tin người gửi.`
        : "Chưa có đơn nào.",
    ),
    h(
      "dl",
      { class: "card stats" },
      fact("Tổng số đơn", number(s.total), "stat-total"),
      fact("Đang giải quyết", number(s.open), "stat-open"),
      fact("Đã trả lời", number(s.answered), "stat-answered"),
      fact(
        "Trả lời đúng hạn",
        s.onTime.share === null
          ? "chưa có"
          : `${number(s.onTime.share, "%")} (${s.onTime.onTime}/${s.onTime.timed})`,
        "stat-on-time",
      ),
      fact("Số ngày xử lý trung bình", number(s.averageDays, " ngày"), "stat-days"),
      fact(
        "Mức hài lòng",
        s.satisfaction.average === null
          ? "chưa có"
          : `${number(s.satisfaction.average)}/5 (${s.satisfaction.count} đánh giá)`,
        "stat-satisfaction",
      ),
    ),
    chart(
      "Theo loại đơn",
      barChart(
        "Số đơn theo loại",
        s.byKind.map((k) => ({ label: KIND_LABELS[k.key], value: k.count })),
      ),
    ),
    chart(
      "Theo lĩnh vực",
      barChart(
        "Số đơn theo lĩnh vực",
        s.byField.map((f) => ({ label: FIELD_LABELS[f.key], value: f.count })),
      ),
    ),
    chart(
      "Theo phường, xã",
      barChart(
        "Số đơn theo phường, xã",
        s.byWard.map((w) => ({ label: shortWard(w.name), value: w.count })),
      ),
    ),
    s.satisfaction.count
      ? chart(
          "Đánh giá của người gửi",
          barChart(
            "Số đánh giá theo mức",
            s.satisfaction.byScore.map((b) => ({ label: `${b.score}/5`, value: b.count })),
          ),
        )
      : null,
    h("p", {}, link("/cong-dan", "← Về trang đầu")),
  );
}

// ---------- the reception calendar ----------
const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;

async function calendar() {
  const ward = h("select", {}, h("option", { value: "" }, "— Chọn phường, xã —"));
  const alert = alertBox();
  const list = h("section", { class: "sessions", "aria-live": "polite" });
  const load = async () => {
    list.replaceChildren();
    alert.textContent = "";
    if (!ward.value) return;
    try {
      const cal = await get<PublicCalendarOut>(
        `/api/public/reception/calendar?orgId=${encodeURIComponent(ward.value)}`,
      );
      list.append(h("h2", {}, `${cal.orgName}: từ ${vnDate(cal.from)} đến ${vnDate(cal.to)}`));
      if (!cal.sessions.length)
        list.append(h("p", { class: "card" }, "Chưa có lịch tiếp trong thời gian này."));
      for (const s of cal.sessions)
        list.append(
          h(
            "div",
            { class: "card session" },
            h("h3", {}, `${weekday(s.date)}, ${vnDate(s.date)}${s.startTime ? `, từ ${s.startTime}` : ""}`),
            h("p", {}, `${s.leaderTitle} tiếp công dân ${s.kind === "regular" ? "định kỳ" : "đột xuất"}`),
            h(
              "p",
              {},
              s.mode === "online"
                ? "Trực tuyến: liên hệ bộ phận tiếp công dân để được hướng dẫn tham gia."
                : `Địa điểm: ${s.place ?? "trụ sở cơ quan"}`,
            ),
          ),
        );
    } catch (err) {
      alert.textContent = (err as Error).message;
    }
  };
  ward.addEventListener("change", () => void load());
  show(
    "Lịch tiếp công dân",
    h(
      "p",
      { class: "lead" },
      "Ngày, giờ và nơi lãnh đạo phường, xã trực tiếp tiếp công dân trong 60 ngày tới. Bạn có thể đến trình bày phản ánh, kiến nghị, khiếu nại, tố cáo.",
    ),
    h("div", { class: "card" }, field("ward", "Phường, xã", ward)),
    alert,
    list,
    h("p", {}, link("/cong-dan", "← Trang đầu")),
  );
  try {
    for (const w of await get<Array<{ id: string; name: string }>>("/api/public/wards"))
      ward.append(h("option", { value: w.id }, w.name));
  } catch (err) {
    alert.textContent = (err as Error).message;
  }
}

// ---------- the form of a kind ----------
const input = (attrs: Record<string, string> = {}) => h("input", { type: "text", ...attrs });
const area = (rows = 5) => h("textarea", { rows: String(rows) });

async function form(choice: Choice) {
  const c = CHOICES.find((x) => x.id === choice);
  if (!c) return home();
  const ward = h("select", {}, h("option", { value: "" }, "— Chọn phường, xã —"));
  const fieldSel = h(
    "select",
    {},
    h("option", { value: "" }, "— Chọn lĩnh vực —"),
    ...Object.entries(FIELD_LABELS).map(([v, l]) => h("option", { value: v }, l)),
  );
  const complaint = choice === "complaint";
  const denunciation = choice === "denunciation";
  const strict = complaint || denunciation;
  const instance = h(
    "fieldset",
    { class: "field" },
    h("legend", {}, "Khiếu nại lần thứ mấy?"),
    h(
      "label",
      { class: "inline" },
      h("input", { type: "radio", name: "instance", value: "complaint-first", checked: true }),
      " Lần đầu",
    ),
    h(
      "label",
      { class: "inline" },
      h("input", { type: "radio", name: "instance", value: "complaint-second" }),
      " Lần hai (đã có quyết định giải quyết lần đầu)",
    ),
  );
  const alert = alertBox();
  const f: HTMLFormElement = h(
    "form",
    { class: "card", novalidate: true },
    h("p", { class: "lead" }, c.hint),
    denunciation
      ? h(
          "p",
          { class: "notice" },
          "Họ tên, địa chỉ, số điện thoại, số giấy tờ của bạn được mã hóa và chỉ cán bộ được giao xử lý đơn được xem (Điều 47 Luật Tố cáo 2018).",
        )
      : null,
    complaint ? instance : null,
    field("wardId", "Phường, xã nơi xảy ra sự việc", ward),
    field("field", "Lĩnh vực", fieldSel),
    field("title", "Tiêu đề", input({ maxlength: "200" }), "Một câu ngắn, ví dụ: Rác tồn đọng đầu hẻm 12"),
    complaint
      ? field(
          "subject",
          "Quyết định, hành vi hành chính bị khiếu nại",
          input({ maxlength: "500" }),
          "Số, ngày của quyết định hoặc việc làm của cơ quan, cán bộ",
        )
      : null,
    denunciation ? field("subject", "Người, cơ quan bị tố cáo", input({ maxlength: "500" })) : null,
    field(
      "content",
      "Nội dung",
      area(6),
      "Việc gì, ở đâu, từ khi nào; càng rõ càng giúp cơ quan xử lý nhanh",
    ),
    complaint ? field("request", "Yêu cầu của bạn", area(3)) : null,
    !strict ? field("location", "Địa điểm cụ thể (không bắt buộc)", input({ maxlength: "300" })) : null,
    field(
      "files",
      "Ảnh, tệp kèm theo (không bắt buộc, tối đa 5 tệp, mỗi tệp 20 MB)",
      h("input", { type: "file", multiple: true, accept: "image/*,.pdf,.doc,.docx" }),
    ),
    h("h2", {}, strict ? "Thông tin người gửi" : "Thông tin người gửi (không bắt buộc)"),
    field(
      "name",
      strict ? "Họ và tên" : "Họ và tên (không bắt buộc)",
      input({ autocomplete: "name", maxlength: "120" }),
    ),
    field(
      "phone",
      "Số điện thoại",
      input({ type: "tel", autocomplete: "tel", inputmode: "tel", maxlength: "20" }),
    ),
    field("email", "Thư điện tử", input({ type: "email", autocomplete: "email", maxlength: "200" })),
    strict ? field("address", "Địa chỉ", input({ autocomplete: "street-address", maxlength: "300" })) : null,
    strict
      ? field("idNumber", "Số CMND/CCCD (không bắt buộc)", input({ inputmode: "numeric", maxlength: "12" }))
      : null,
    alert,
    h("button", { type: "submit" }, "Gửi"),
  );
  f.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData();
    const kind = complaint
      ? (f.querySelector<HTMLInputElement>('input[name="instance"]:checked')?.value ?? "complaint-first")
      : choice;
    data.set("kind", kind);
    // Fields first, files last: the server judges the fields before it reads a file.
    for (const el of f.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      ".field input:not([type=file]):not([type=radio]), .field select, .field textarea",
    ))
      if (el.value.trim()) data.set(el.name, el.value);
    for (const file of f.querySelector<HTMLInputElement>("input[type=file]")?.files ?? [])
      data.append("files", file);
    const button = f.querySelector("button[type=submit]") as HTMLButtonElement;
    button.disabled = true;
    alert.textContent = "";
    try {
      const r = await post<{ code: string; secret: string; dueDate: string | null }>(
        "/api/public/cases",
        data,
      );
      sent(r);
    } catch (err) {
      const problems = err instanceof PortalError ? err.fields : [];
      const first = showFieldErrors(f, problems);
      alert.textContent = err instanceof Error ? err.message : "Có lỗi xảy ra.";
      (first ?? alert).focus?.();
    } finally {
      button.disabled = false;
    }
  });
  show(`Gửi ${c.label.toLowerCase()}`, f, h("p", {}, link("/cong-dan", "← Chọn loại khác")));
  try {
    for (const w of await get<Array<{ id: string; name: string }>>("/api/public/wards"))
      ward.append(h("option", { value: w.id }, w.name));
  } catch (err) {
    alert.textContent = (err as Error).message;
  }
}

function sent(r: { code: string; secret: string; dueDate: string | null }) {
  show(
    "Đã gửi thành công",
    h(
      "div",
      { class: "card receipt" },
      h("p", {}, "Mã tra cứu của bạn:"),
      h("p", { class: "code", "data-testid": "tracking-code" }, r.code),
      h("p", {}, "Mã bí mật để xem chi tiết, bổ sung, rút đơn hoặc đánh giá:"),
      h("p", { class: "code", "data-testid": "follow-secret" }, r.secret),
      h(
        "p",
        { class: "notice" },
        "Hãy chép hoặc chụp lại hai mã này ngay: mã bí mật chỉ hiện một lần, cơ quan cũng không xem được.",
      ),
      r.dueDate ? h("p", {}, `Hạn xử lý đơn: ${vnDate(r.dueDate)}.`) : null,
    ),
    h("p", {}, link(`/cong-dan/tra-cuu/${r.code}`, "Xem trạng thái đơn", "button-link")),
  );
}

// ---------- look-up and follow-up ----------
function timeline(c: PublicCase) {
  return h(
    "ol",
    { class: "timeline" },
    ...c.events.map((e) =>
      h(
        "li",
        {},
        h("strong", {}, `${vnDate(e.at)} · ${EVENT_LABELS[e.kind] ?? e.kind}`),
        e.text ? h("p", {}, e.text) : null,
      ),
    ),
  );
}

async function lookup(code: string) {
  const alert = alertBox();
  let c: PublicCase;
  try {
    c = await get<PublicCase>(`/api/public/cases/${encodeURIComponent(code)}`);
  } catch (err) {
    alert.textContent = (err as Error).message;
    return show("Tra cứu đơn", alert, h("p", {}, link("/cong-dan", "← Về trang đầu")));
  }
  const secret = h("input", { type: "password", autocomplete: "off" });
  const own = h("div");
  const followForm = h(
    "form",
    {
      class: "card",
      novalidate: true,
      onsubmit: async (e: Event) => {
        e.preventDefault();
        try {
          const mine = await post<OwnCase>(`/api/public/cases/${c.code}/own`, { secret: secret.value });
          own.replaceChildren(ownView(mine, secret.value));
          (own.querySelector("h2") as HTMLElement | null)?.focus();
        } catch (err) {
          showFieldErrors(followForm, [{ field: "secret", message: (err as Error).message }]);
        }
      },
    },
    h("h2", {}, "Dành cho người gửi"),
    field("secret", "Mã bí mật", secret),
    h("button", { type: "submit" }, "Xem chi tiết"),
  );
  show(
    `Đơn ${c.code}`,
    h(
      "dl",
      { class: "card facts" },
      h("dt", {}, "Loại"),
      h("dd", {}, KIND_LABELS[c.kind]),
      h("dt", {}, "Lĩnh vực"),
      h("dd", {}, FIELD_LABELS[c.field]),
      c.wardName ? h("dt", {}, "Nơi xảy ra") : null,
      c.wardName ? h("dd", {}, c.wardName) : null,
      h("dt", {}, "Cơ quan xử lý"),
      h("dd", {}, c.orgName),
      h("dt", {}, "Trạng thái"),
      h("dd", { "data-testid": "case-status" }, STATUS_LABELS[c.status]),
      h("dt", {}, "Ngày nhận"),
      h("dd", {}, vnDate(c.receivedOn)),
      c.dueDate ? h("dt", {}, "Hạn") : null,
      c.dueDate ? h("dd", {}, `${vnDate(c.dueDate)}${c.dueBasis ? ` (${c.dueBasis})` : ""}`) : null,
    ),
    c.published
      ? h(
          "section",
          { class: "card answer", "aria-labelledby": "answer-h" },
          h("h2", { id: "answer-h" }, "Câu trả lời của cơ quan"),
          h("p", { "data-testid": "published-answer" }, c.published.text),
          c.rating
            ? h(
                "p",
                {},
                `Người gửi đánh giá: ${c.rating.score}/5${c.rating.comment ? ` — ${c.rating.comment}` : ""}`,
              )
            : null,
        )
      : null,
    h("h2", {}, "Các bước đã làm"),
    timeline(c),
    followForm,
    own,
    h("p", {}, link("/cong-dan", "← Về trang đầu")),
  );
}

function ownView(c: OwnCase, secret: string): HTMLElement {
  const done = (message: string) => {
    alert.textContent = message;
    setTimeout(() => void lookup(c.code), 1200);
  };
  const alert = h("div", { class: "alert ok", role: "status" });
  const act = (url: string, form: HTMLFormElement, body: () => object, message: string) =>
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      try {
        await post(url, { secret, ...body() });
        done(message);
      } catch (err) {
        const problems = err instanceof PortalError && err.fields.length ? err.fields : [];
        showFieldErrors(form, problems);
        alert.textContent = (err as Error).message;
      }
    });
  const info = area(3);
  const infoForm = h(
    "form",
    { class: "card", novalidate: true },
    field("text", "Bổ sung thông tin", info),
    h("button", { type: "submit" }, "Gửi bổ sung"),
  );
  act(
    `/api/public/cases/${c.code}/information`,
    infoForm,
    () => ({ text: info.value }),
    "Đã nhận thông tin bổ sung.",
  );
  const score = h(
    "select",
    {},
    h("option", { value: "" }, "— Chọn —"),
    ...[5, 4, 3, 2, 1].map((n) =>
      h(
        "option",
        { value: String(n) },
        `${n} – ${["", "Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"][n]}`,
      ),
    ),
  );
  const comment = area(2);
  const rateForm = h(
    "form",
    { class: "card", novalidate: true },
    h("h3", {}, "Đánh giá câu trả lời"),
    field("score", "Mức hài lòng", score),
    field("comment", "Nhận xét (không bắt buộc)", comment),
    h("button", { type: "submit" }, "Gửi đánh giá"),
  );
  act(
    `/api/public/cases/${c.code}/rating`,
    rateForm,
    () => ({ score: score.value, ...(comment.value.trim() && { comment: comment.value }) }),
    "Cảm ơn bạn đã đánh giá.",
  );
  const withdrawForm = h(
    "form",
    { class: "card", novalidate: true },
    h("button", { type: "submit", class: "secondary" }, "Rút đơn"),
  );
  act(`/api/public/cases/${c.code}/withdraw`, withdrawForm, () => ({}), "Đơn đã được rút.");
  const s = c.sender;
  return h(
    "section",
    { class: "own" },
    h("h2", { tabindex: "-1" }, "Đơn của bạn"),
    h(
      "div",
      { class: "card" },
      h("h3", {}, c.title),
      h("p", { class: "pre" }, c.content),
      s.name ? h("p", {}, `Người gửi: ${s.name}`) : null,
    ),
    c.answer
      ? h("div", { class: "card answer" }, h("h3", {}, "Trả lời gửi bạn"), h("p", { class: "pre" }, c.answer))
      : null,
    alert,
    c.canWithdraw ? infoForm : null,
    c.canRate ? rateForm : null,
    c.canWithdraw ? withdrawForm : null,
  );
}

// ---------- disclosures (loaded when opened) ----------
async function disclosures(orgId: string | null) {
  try {
    const { disclosuresPage } = await import("./disclosures.ts");
    await disclosuresPage(orgId, show, link);
  } catch (err) {
    const alert = alertBox();
    alert.textContent = (err as Error).message;
    show("Thông tin công khai", alert, h("p", {}, link("/cong-dan", "← Về trang đầu")));
  }
}

// ---------- routing ----------
function route() {
  const path = decodeURIComponent(location.pathname.replace(/\/+$/, ""));
  const send = /^\/cong-dan\/gui\/([a-z]+)$/.exec(path);
  const find = /^\/cong-dan\/tra-cuu\/([A-Za-z0-9-]+)$/.exec(path);
  const disclosed = /^\/cong-dan\/cong-khai(?:\/([0-9a-f-]{36}))?$/.exec(path);
  if (path === "/cong-dan/lich-tiep") void calendar();
  else if (path === "/cong-dan/thong-ke") void statistics();
  else if (send) void form(send[1] as Choice);
  else if (find) void lookup(find[1]!.toUpperCase());
  else if (disclosed) void disclosures(disclosed[1] ?? null);
  else home();
}

window.addEventListener("popstate", route);
route();
