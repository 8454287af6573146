// The reception calendar on the citizens' portal, on a real database (PGlite): a ward's sessions from
// today to 60 days ahead, with the title of who receives (the chairman in person, or the leader the
// body assigns), the place of a session at the office and never the online link; no visitor, no
// name; an unknown or dissolved body answers "not found".
import { describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { createSecretBox } from "../../auth/adapters/secret-box.ts";
import { memoryStorage } from "../../files/adapters/storage.ts";
import { scheduleSession } from "./calendar.ts";
import { publicCalendar } from "./public.ts";
import { recordVisit } from "./register.ts";

const database = setupTreeAndPeople();
const deps = { box: createSecretBox(Buffer.alloc(32, 4)), storage: memoryStorage() };

describe("the public reception calendar", () => {
  it("shows a ward's upcoming sessions with the leader's title, never a name, a link or a visitor", async () => {
    const p1 = database.orgId("gv.p1");
    const as = database.as("chuyenvien.p1"); // Monday 23/11/2026
    const base = { orgId: p1, leaderName: "Bùi Văn Tâm", kind: "regular" as const, startTime: "07:30" };
    const past = await scheduleSession(as, {
      ...base,
      date: "2026-11-19",
      headReceives: true,
      mode: "in_person",
      place: "Trụ sở UBND Phường 1",
    });
    await scheduleSession(as, {
      ...base,
      date: "2026-11-26",
      headReceives: true,
      mode: "in_person",
      place: "Trụ sở UBND Phường 1",
    });
    await scheduleSession(as, {
      ...base,
      date: "2026-12-03",
      headReceives: false,
      leaderName: "Trần Phó",
      mode: "online",
      onlineLink: "https://hop.example.vn/p1-bi-mat",
    });
    await scheduleSession(as, {
      ...base,
      date: "2027-02-25",
      headReceives: true,
      mode: "in_person",
      place: "Trụ sở UBND Phường 1",
    });
    await recordVisit(as, deps, {
      sessionId: past.id,
      visitorCount: 1,
      visitor: { name: "Lý Thị Công Dân" },
      content: "Đề nghị lắp đèn chiếu sáng hẻm 45 vì buổi tối rất tối, không an toàn cho người đi đường.",
      handling: {
        outcome: "case",
        kind: "proposal",
        field: "traffic",
        title: "Đèn chiếu sáng hẻm 45",
        direction: "accept",
      },
    });

    const cal = await publicCalendar(database.system(), p1);
    expect(cal).toMatchObject({ from: "2026-11-23", to: "2027-01-22" });
    expect(cal.sessions).toEqual([
      {
        date: "2026-11-26",
        startTime: "07:30",
        kind: "regular",
        mode: "in_person",
        place: "Trụ sở UBND Phường 1",
        leaderTitle: "Chủ tịch Ủy ban nhân dân",
      },
      {
        date: "2026-12-03",
        startTime: "07:30",
        kind: "regular",
        mode: "online",
        place: null,
        leaderTitle: "Lãnh đạo được phân công",
      },
    ]);
    const said = JSON.stringify(cal);
    for (const secret of ["Bùi Văn Tâm", "Trần Phó", "hop.example.vn", "Lý Thị Công Dân", "đèn chiếu sáng"])
      expect(said).not.toContain(secret);
  });

  it("answers not found for a body that does not exist", async () => {
    const error = await publicCalendar(database.system(), "00000000-0000-4000-8000-000000000000").catch(
      (e) => e,
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});
