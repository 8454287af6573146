import { describe, expect, it } from "vitest";
import { strandedMessage } from "./stranded.ts";

const contacts = [
  { fullName: "Quản trị hệ thống", orgName: "Văn phòng UBND quận" },
  { fullName: "Trần Minh Quang", orgName: "UBND quận Gò Vấp" },
];

describe("the message of a person left without a unit", () => {
  it("names the merger, its date and basis, and whom to ask", () => {
    expect(
      strandedMessage({
        change: {
          kind: "merge",
          effectiveDate: "2025-07-01",
          decisionRef: "Nghị quyết số 1685/NQ-UBTVQH15",
          orgName: "Ủy ban nhân dân Phường 1",
          successors: ["Ủy ban nhân dân phường An Hội Tây"],
        },
        contacts,
      }),
    ).toBe(
      "Ủy ban nhân dân Phường 1 đã được hợp nhất vào Ủy ban nhân dân phường An Hội Tây từ ngày 01/07/2025 " +
        "theo Nghị quyết số 1685/NQ-UBTVQH15; tài khoản của bạn chưa được gán vào đơn vị mới. " +
        "Hãy liên hệ quản trị viên để được gán vào đơn vị: Quản trị hệ thống (Văn phòng UBND quận) và " +
        "Trần Minh Quang (UBND quận Gò Vấp).",
    );
  });

  it("names the new bodies of a split and the heir of a dissolution", () => {
    const base = { effectiveDate: "2025-03-01", decisionRef: null, orgName: "Sở A" };
    expect(
      strandedMessage({
        change: { ...base, kind: "split", successors: ["Sở B", "Sở C", "Sở D"] },
        contacts: [],
      }),
    ).toBe(
      "Sở A đã được chia tách thành Sở B, Sở C và Sở D từ ngày 01/03/2025; tài khoản của bạn chưa được gán " +
        "vào đơn vị mới. Hãy liên hệ quản trị viên hệ thống để được gán vào đơn vị.",
    );
    expect(
      strandedMessage({ change: { ...base, kind: "dissolve", successors: ["Sở B"] }, contacts: [] }),
    ).toMatch(/^Sở A đã giải thể từ ngày 01\/03\/2025, công việc chuyển cho Sở B; /);
    expect(strandedMessage({ change: { ...base, kind: "dissolve", successors: [] }, contacts: [] })).toMatch(
      /^Sở A đã giải thể từ ngày 01\/03\/2025; /,
    );
  });

  it("says plainly that no unit is assigned when no change is known", () => {
    expect(strandedMessage({ change: null, contacts: contacts.slice(1) })).toBe(
      "Tài khoản của bạn chưa được gán vào đơn vị nào đang hoạt động. Hãy liên hệ quản trị viên để được gán " +
        "vào đơn vị: Trần Minh Quang (UBND quận Gò Vấp).",
    );
  });
});
