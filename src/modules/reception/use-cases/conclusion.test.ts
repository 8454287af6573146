// A leader's reception session ends with its conclusion notice (issue 16 item 1) on a real database
// (PGlite): the leader's conclusion recorded (audited, the version checked, not before the session's
// day), the notice as a .docx in the format of Nghị định 30/2020/NĐ-CP — the header's elements read
// back from its XML, the session's matters by code and kind, never the visitor — which LibreOffice
// (headless) opens and converts; another ward may neither conclude nor download it.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { auditEvents } from "../../audit/schema.ts";
import { createSecretBox } from "../../auth/adapters/secret-box.ts";
import { memoryStorage } from "../../files/adapters/storage.ts";
import { renderDocx } from "../../shared/document/docx.ts";
import { scheduleSession } from "./calendar.ts";
import { concludeSession, conclusionDocument } from "./conclusion.ts";
import { recordVisit } from "./register.ts";

const database = setupTreeAndPeople();
const deps = { box: createSecretBox(Buffer.alloc(32, 9)), storage: memoryStorage() };
const VISITOR = { name: "Đặng Văn Dân", address: "21 Phan Văn Trị, Phường 1", idNumber: "079177665544" };
const CONCLUSION =
  "Giao Công chức Địa chính – Xây dựng kiểm tra hiện trạng cống thoát nước.\n- Báo cáo kết quả trước ngày 04/12/2026.\n- Trả lời công dân bằng văn bản.";
const dir = mkdtempSync(join(tmpdir(), "thucthi-conclusion-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of every run of the document's XML, in order. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\u241E");

describe("the conclusion notice of a reception session", () => {
  it("is recorded by the ward after the session and downloads as a .docx with the decree's header", async () => {
    const p1 = database.orgId("gv.p1");
    const officer = database.as("chuyenvien.p1"); // Monday 23/11/2026
    const session = await scheduleSession(officer, {
      orgId: p1,
      date: "2026-11-23",
      startTime: "07:30",
      leaderName: "Bùi Văn Tâm",
      headReceives: true,
      kind: "regular",
      mode: "in_person",
      place: "Trụ sở UBND Phường 1",
    });
    const opened = await recordVisit(officer, deps, {
      sessionId: session.id,
      visitorCount: 4,
      visitor: VISITOR,
      content: "Cống thoát nước trước nhà số 21 bị vỡ, nước tràn vào nhà dân mỗi khi mưa lớn kéo dài.",
      handling: {
        outcome: "case",
        kind: "proposal",
        field: "environment",
        title: "Cống thoát nước bị vỡ",
        direction: "accept",
      },
    });
    await recordVisit(officer, deps, {
      sessionId: session.id,
      visitorCount: 1,
      visitor: { name: "Người Say Rượu" },
      content: "Công dân trong tình trạng say rượu, không trình bày được nội dung cụ thể.",
      handling: { outcome: "refused", ground: "incapacitated", reason: "Say rượu, không làm chủ hành vi." },
    });

    // Before any conclusion there is no notice to download.
    const early = await conclusionDocument(officer, session.id).catch((e) => e);
    expect(early.code).toBe("CONFLICT");

    const concluded = await concludeSession(database.as("lanhdao.p1"), session.id, {
      version: session.version,
      conclusion: CONCLUSION,
      signerTitle: "Chủ tịch",
    });
    expect(concluded).toMatchObject({ concludedOn: "2026-11-23", signerTitle: "Chủ tịch" });
    const stale = await concludeSession(database.as("lanhdao.p1"), session.id, {
      version: session.version,
      conclusion: CONCLUSION,
      signerTitle: "Chủ tịch",
    }).catch((e) => e);
    expect(stale.code).toBe("CONFLICT");

    const { doc, fileName } = await conclusionDocument(officer, session.id);
    expect(fileName).toBe("Thong-bao-ket-luan-tiep-cong-dan-2026-11-23");
    const bytes = await renderDocx(doc);
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    const text = textOf(xml);
    // The header of Nghị định 30/2020/NĐ-CP, Phụ lục I: body, national title and motto, number and
    // symbol (blank number: the clerk gives it), place and date, the kind and its summary.
    for (const part of [
      "ỦY BAN NHÂN DÂN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "/TB-UBND",
      "ngày 23 tháng 11 năm 2026",
      "THÔNG BÁO",
      "Kết luận của Chủ tịch Bùi Văn Tâm tại buổi tiếp công dân định kỳ ngày 23/11/2026",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Bùi Văn Tâm",
      "Nơi nhận:",
    ])
      expect(text).toContain(part);
    expect(text.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeLessThan(text.indexOf("THÔNG BÁO"));
    expect(text.indexOf("THÔNG BÁO")).toBeLessThan(text.indexOf("Nơi nhận:"));
    // The session's matters by code and kind; the leader's conclusion with its list.
    expect(text).toContain(`Kiến nghị mã ${opened.caseCode}: tiếp nhận, thụ lý giải quyết theo thẩm quyền.`);
    expect(text).toContain("2 lượt công dân (5 người)");
    expect(text).toContain("1 lượt từ chối tiếp theo Điều 9 Luật Tiếp công dân");
    expect(text).toContain("Báo cáo kết quả trước ngày 04/12/2026.");
    for (const secret of [VISITOR.name, VISITOR.idNumber, "Phan Văn Trị", "Người Say Rượu", "nước tràn"])
      expect(text).not.toContain(secret);

    // LibreOffice opens it: the headless conversion to text gives the notice back.
    const soffice = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) => existsSync(p));
    expect(soffice, "LibreOffice (soffice) must be installed to open the .docx").toBeTruthy();
    writeFileSync(join(dir, "notice.docx"), bytes);
    await promisify(execFile)(
      soffice!,
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "txt:Text",
        "--outdir",
        dir,
        join(dir, "notice.docx"),
      ],
      { cwd: dir, timeout: 120_000 },
    );
    const converted = readFileSync(join(dir, "notice.txt"), "utf8");
    expect(converted).toContain("THÔNG BÁO");
    expect(converted).toContain("Kết luận của Chủ tịch Bùi Văn Tâm");
    expect(converted).toContain(opened.caseCode!);

    const audited = (await database.db.select().from(auditEvents)).filter(
      (e) => e.action === "reception_session.conclude",
    );
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited)).not.toContain("cống thoát nước");
  }, 180_000);

  it("refuses a conclusion before the session's day, and Phường 3 for Phường 1's session", async () => {
    const p1 = database.orgId("gv.p1");
    const future = await scheduleSession(database.as("chuyenvien.p1"), {
      orgId: p1,
      date: "2026-11-26",
      leaderName: "Bùi Văn Tâm",
      headReceives: true,
      kind: "regular",
      mode: "in_person",
      place: "Trụ sở UBND Phường 1",
    });
    const early = await concludeSession(database.as("lanhdao.p1"), future.id, {
      version: future.version,
      conclusion: CONCLUSION,
      signerTitle: "Chủ tịch",
    }).catch((e) => e);
    expect(early.code).toBe("VALIDATION");
    expect(early.message).toContain("chưa diễn ra");
    const sideways = await concludeSession(database.as("chuyenvien.p3"), future.id, {
      version: future.version,
      conclusion: CONCLUSION,
      signerTitle: "Chủ tịch",
    }).catch((e) => e);
    expect(sideways.code).toBe("FORBIDDEN");
    const download = await conclusionDocument(database.as("chuyenvien.p3"), future.id).catch((e) => e);
    expect(download.code).toBe("FORBIDDEN");
  });
});
