// The conclusion notice (thông báo kết luận) that ends a leader's reception session, as the official
// document the shared writers take (shared/document/model.ts; laid out in the format of Nghị định
// 30/2020/NĐ-CP by docx.ts): "THÔNG BÁO", the summary line naming the leader and the session, what
// the session received — each matter by its tracking code, kind and the way it is handled, never the
// visitor's name, address or words (the notice is filed and copied: no personal data in it) — the
// leader's conclusion, the signer and "Nơi nhận". Pure: facts in, the document out.
import { KIND_WORDS } from "../../citizen-cases/rules/reminders.ts";
import type { BodyBlock, IssuingBody, OfficialDocument } from "../../shared/document/model.ts";
import type { DIRECTIONS, SESSION_KINDS, SESSION_MODES } from "../contract.ts";

export interface SessionVisit {
  outcome: "case" | "refused";
  visitorCount: number;
  caseCode: string | null;
  caseKind: keyof typeof KIND_WORDS | null;
  direction: (typeof DIRECTIONS)[number] | null;
}

export interface ConclusionFacts {
  issuer: IssuingBody;
  /** The issuer is an Ủy ban nhân dân: the leader signs "TM. Ủy ban nhân dân". */
  onBehalfOf: string | null;
  place: string;
  session: {
    date: string;
    startTime: string | null;
    kind: (typeof SESSION_KINDS)[number];
    mode: (typeof SESSION_MODES)[number];
    place: string | null;
    leaderName: string;
  };
  signerTitle: string;
  concludedOn: string;
  conclusion: string;
  visits: readonly SessionVisit[];
}

const DIRECTION_WORDS: Record<(typeof DIRECTIONS)[number], string> = {
  accept: "tiếp nhận, thụ lý giải quyết theo thẩm quyền",
  guide: "hướng dẫn công dân gửi đến cơ quan có thẩm quyền",
  forward: "chuyển đơn đến cơ quan có thẩm quyền",
};

const vn = (iso: string) => iso.split("-").reverse().join("/");

/** Conclusion text as paragraphs, its "- " lines as a list. */
function textBlocks(text: string): BodyBlock[] {
  const out: BodyBlock[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push({ type: "list", items: list });
    list = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    if (/^[-–•]\s+/.test(line)) list.push(line.replace(/^[-–•]\s+/, ""));
    else {
      flush();
      out.push({ type: "paragraph", text: line });
    }
  }
  flush();
  return out;
}

export function conclusionNotice(f: ConclusionFacts): OfficialDocument {
  const s = f.session;
  const kind = s.kind === "regular" ? "định kỳ" : "đột xuất";
  const where =
    s.mode === "online" ? "theo hình thức trực tuyến" : s.place ? `tại ${s.place}` : "tại trụ sở cơ quan";
  const people = f.visits.reduce((n, v) => n + v.visitorCount, 0);
  const cases = f.visits.filter((v) => v.outcome === "case");
  const refused = f.visits.length - cases.length;
  const opening =
    `Ngày ${vn(s.date)}${s.startTime ? `, từ ${s.startTime}` : ""}, ${where}, ${f.signerTitle} ${s.leaderName} ` +
    `đã chủ trì buổi tiếp công dân ${kind}. ` +
    (f.visits.length
      ? `Buổi tiếp có ${f.visits.length} lượt công dân (${people} người) đến trình bày; ${cases.length} lượt được tiếp nhận thành đơn` +
        (refused ? `, ${refused} lượt từ chối tiếp theo Điều 9 Luật Tiếp công dân` : "") +
        "."
      : "Không có công dân đến trình bày.");
  const body: BodyBlock[] = [{ type: "paragraph", text: opening }];
  if (cases.length) {
    body.push({ type: "heading", level: 1, text: "I. CÁC VỤ VIỆC ĐÃ TIẾP NHẬN" });
    body.push({
      type: "list",
      items: cases.map(
        (v) =>
          `${v.caseKind ? KIND_WORDS[v.caseKind] : "Đơn"} mã ${v.caseCode ?? "—"}: ${v.direction ? DIRECTION_WORDS[v.direction] : "tiếp nhận"}.`,
      ),
    });
  }
  body.push({
    type: "heading",
    level: 1,
    text: `${cases.length ? "II" : "I"}. KẾT LUẬN CỦA ${f.signerTitle.toUpperCase()}`,
  });
  body.push(...textBlocks(f.conclusion));
  body.push({
    type: "paragraph",
    text: `${f.issuer.name} thông báo để công dân và các cơ quan, đơn vị có liên quan biết, thực hiện.`,
  });
  return {
    system: "state",
    issuer: f.issuer,
    kind: { name: "THÔNG BÁO", code: "TB" },
    reference: { number: null },
    place: f.place,
    date: { iso: f.concludedOn },
    summary: `Kết luận của ${f.signerTitle} ${s.leaderName} tại buổi tiếp công dân ${kind} ngày ${vn(s.date)}`,
    body,
    signers: [
      {
        ...(f.onBehalfOf ? { authority: { kind: "on-behalf" as const, of: f.onBehalfOf } } : {}),
        position: f.signerTitle,
        name: s.leaderName,
      },
    ],
    recipients: {
      items: ["Công dân đến trình bày", "Các cơ quan, đơn vị có liên quan"],
      archive: ["VT"],
    },
  };
}
