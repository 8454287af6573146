// The periodic reports through the API on the demo data: the board of Phòng Nội vụ (timeliness of
// the 16 wards), a ward's report written, refused on a broken relation, submitted, signed off by its
// leader, returned and resubmitted; who may not do what; the consolidated report built, signed off
// by the district's leader, and its document. Answers pass through the contract's shapes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { boardOut, type ObligationOut, obligationOut, obligationSummary, scheduleOut } from "./contract.ts";
import { remindReports } from "./use-cases/remind.ts";

let t: TestApp;
let scheduleId: string;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function as(username: string) {
  const c = t.client();
  const r = await c.signIn(username);
  expect(r.status).toBe(200);
  return c;
}

describe("periodic reports", () => {
  it("Phòng Nội vụ's board shows the 16 wards of the last half-year, missing ones first", async () => {
    const c = await as("noivu.govap");
    const list = await c.get("/api/reports/schedules");
    expect(list.status).toBe(200);
    const s = scheduleOut
      .array()
      .parse(list.body)
      .find((x) => x.directiveSymbol?.startsWith("4998/KH-UBND"));
    expect(s?.coordinatorName).toBe("Phòng Nội vụ quận Gò Vấp");
    scheduleId = s!.id;
    const b = boardOut.parse((await c.get(`/api/reports/schedules/${scheduleId}/board`)).body);
    expect(b.period?.label).toMatch(/^6 tháng đầu năm \d{4}$/);
    expect(b.rows).toHaveLength(16);
    expect(b.totals.missing).toBe(2);
    expect(b.totals.late).toBeGreaterThanOrEqual(3);
    expect(b.totals.onTime + b.totals.late + b.totals.missing).toBe(16);
    expect(b.rows.slice(0, 2).map((r) => r.timeliness.kind)).toEqual(["missing", "missing"]);
    expect(b.rows.filter((r) => r.state === "returned")).toHaveLength(1);
    expect(b.consolidatedId).not.toBeNull();
  });

  it("a ward writes its report; a broken relation is refused in Vietnamese; its leader signs it off", async () => {
    const spec = await as("chuyenvien.p1");
    const mine = obligationSummary.array().parse((await spec.get("/api/reports/obligations")).body);
    const open = mine.find((o) => o.state === "open");
    expect(open?.orgName).toBe("Ủy ban nhân dân Phường 1");
    const form = obligationOut.parse((await spec.get(`/api/reports/obligations/${open!.id}`)).body);
    expect(form.permissions).toMatchObject({ edit: true, submit: true, sign: false });
    expect(form.assignments.length).toBeGreaterThan(0);
    expect(typeof form.values.tasks_total).toBe("number");
    const saved = await spec.request("PUT", `/api/reports/obligations/${open!.id}`, {
      version: form.version,
      narratives: { results: "Đã tổ chức 4 buổi tuyên truyền pháp luật tại khu phố." },
      values: {
        hoi_nghi: 4,
        luot_nguoi: 320,
        vb_ra_soat: 5,
        vb_sai_sot: 9,
        ty_le_hai_long: 92.5,
        co_ke_hoach: true,
      },
    });
    expect(saved.status).toBe(200);
    const draft = obligationOut.parse(saved.body);
    expect(draft.state).toBe("draft");
    const refused = await spec.post(`/api/reports/obligations/${open!.id}/submit`, {
      version: draft.version,
    });
    expect(refused.status).toBe(400);
    expect((refused.body as { message: string }).message).toContain(
      '"Số văn bản phát hiện sai sót" (9) phải không lớn hơn',
    );
    const fixed = obligationOut.parse(
      (
        await spec.request("PUT", `/api/reports/obligations/${open!.id}`, {
          version: draft.version,
          values: { vb_sai_sot: 1 },
        })
      ).body,
    );
    const sent = obligationOut.parse(
      (await spec.post(`/api/reports/obligations/${open!.id}/submit`, { version: fixed.version })).body,
    );
    expect(sent.state).toBe("awaiting_signoff");
    expect(
      (await spec.post(`/api/reports/obligations/${open!.id}/sign`, { version: sent.version })).status,
    ).toBe(403);

    const other = await as("chuyenvien.p3");
    expect((await other.get(`/api/reports/obligations/${open!.id}`)).status).toBe(403);

    const leader = await as("lanhdao.p1");
    const signed = obligationOut.parse(
      (await leader.post(`/api/reports/obligations/${open!.id}/sign`, { version: sent.version })).body,
    );
    expect(signed.state).toBe("submitted");
    expect(signed.signedByName).toBe("Bùi Văn Tâm");
    expect(signed.timeliness.kind).toBe("on_time");
    expect(signed.history.map((h) => h.kind)).toEqual(["created", "submitted", "signed"]);
  });

  it("the coordinator returns a report with comments; the ward cannot return its own", async () => {
    const c = await as("noivu.govap");
    const b = boardOut.parse((await c.get(`/api/reports/schedules/${scheduleId}/board`)).body);
    const target = b.rows.find((r) => r.state === "submitted")!;
    const form = obligationOut.parse((await c.get(`/api/reports/obligations/${target.id}`)).body);
    expect(form.permissions.review).toBe(true);
    const short = await c.post(`/api/reports/obligations/${target.id}/return`, {
      version: form.version,
      comment: "",
    });
    expect(short.status).toBe(400);
    const back = obligationOut.parse(
      (
        await c.post(`/api/reports/obligations/${target.id}/return`, {
          version: form.version,
          comment: "Bổ sung số liệu tuyên truyền.",
        })
      ).body,
    );
    expect(back).toMatchObject({ state: "returned", comment: "Bổ sung số liệu tuyên truyền." });
    const stale = await c.post(`/api/reports/obligations/${target.id}/accept`, { version: form.version });
    expect(stale.status).toBe(409);
    const ward = await as("chuyenvien.p1");
    const own = obligationSummary
      .array()
      .parse((await ward.get("/api/reports/obligations")).body)
      .find((o) => o.state === "submitted")!;
    const f = obligationOut.parse((await ward.get(`/api/reports/obligations/${own.id}`)).body);
    expect(
      (
        await ward.post(`/api/reports/obligations/${own.id}/return`, {
          version: f.version,
          comment: "Tự trả lại",
        })
      ).status,
    ).toBe(403);
  });

  it("consolidates: figures summed and averaged, narratives gathered, units that did not report; the district leader signs it off", async () => {
    const c = await as("noivu.govap");
    const b = boardOut.parse((await c.get(`/api/reports/schedules/${scheduleId}/board`)).body);
    const built = await c.post(`/api/reports/schedules/${scheduleId}/consolidate`, {
      periodKey: b.period!.key,
    });
    expect(built.status).toBe(200);
    const cons: ObligationOut = obligationOut.parse(built.body);
    expect(cons.kind).toBe("consolidated");
    const reported = b.rows.filter((r) => r.state === "submitted" || r.state === "accepted").length;
    expect(cons.consolidation?.reported).toBe(reported);
    expect(cons.consolidation?.notReported).toHaveLength(16 - reported);
    expect(cons.narratives.results).toContain("- Ủy ban nhân dân Phường");
    expect(typeof cons.values.hoi_nghi).toBe("number");
    expect(cons.values.ty_le_hai_long as number).toBeGreaterThan(80);
    const submitted = await c.post(`/api/reports/obligations/${cons.id}/submit`, { version: cons.version });
    expect(submitted.body).toMatchObject({ state: "awaiting_signoff" });
    const sent = obligationOut.parse(submitted.body);
    expect(sent.state).toBe("awaiting_signoff");
    const leader = await as("lanhdao.govap");
    const issued = obligationOut.parse(
      (await leader.post(`/api/reports/obligations/${cons.id}/sign`, { version: sent.version })).body,
    );
    expect(issued).toMatchObject({ state: "submitted", signedByName: "Trần Minh Quang" });
    const doc = await leader.get(`/api/reports/obligations/${cons.id}/document`);
    expect(doc.status).toBe(200);
    const d = doc.body as {
      issuer: { name: string; code: string; parent?: string };
      place: string;
      summary: string;
    };
    expect(d.issuer).toMatchObject({
      name: "Phòng Nội vụ quận Gò Vấp",
      code: "PNV",
      parent: "Ủy ban nhân dân quận Gò Vấp",
    });
    expect(d.place).toBe("Gò Vấp");
    expect(d.summary).toContain("4998/KH-UBND");
    const docx = await leader.get(`/api/reports/obligations/${cons.id}/document.docx`);
    expect(docx.status).toBe(200);
    expect(docx.raw.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const xlsx = await leader.get(`/api/reports/obligations/${cons.id}/document.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.raw.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("the daily job reminds the wards that still owe a report, once per stage, and tells Phòng Nội vụ of the long-missing ones", async () => {
    const ctx = { db: t.deps.database.db, actor: null, system: "test", now: t.clock.now };
    const first = await remindReports(ctx);
    expect(first.sent).toBeGreaterThanOrEqual(2);
    expect((await remindReports(ctx)).sent).toBe(0);
    const c = await as("noivu.govap");
    const inbox = await c.get("/api/notifications");
    expect(JSON.stringify(inbox.body)).toContain("Đơn vị chưa gửi báo cáo đã quá hạn");
  });

  it("schedules from a plan's reporting duties: each collecting body sets up its own, once; an unknown plan is not found", async () => {
    const noivu = await as("noivu.govap");
    const plan = scheduleOut
      .array()
      .parse((await noivu.get("/api/reports/schedules")).body)
      .find((x) => x.directiveSymbol?.startsWith("4998/KH-UBND"))!.directiveId!;
    // The plan's duty is collected by Phòng Tư pháp: Phòng Nội vụ is told who sets it up.
    const refused = await noivu.post("/api/reports/schedules/from-directive", { directiveId: plan });
    expect(refused.status).toBe(403);
    expect((refused.body as { message: string }).message).toContain("Phòng Tư pháp quận Gò Vấp");
    const leader = await as("lanhdao.govap");
    const made = scheduleOut
      .array()
      .parse((await leader.post("/api/reports/schedules/from-directive", { directiveId: plan })).body);
    expect(made.length).toBeGreaterThanOrEqual(1);
    for (const m of made) {
      expect(m.directiveSymbol).toMatch(/^4998\/KH-UBND/);
      expect(m.indicators.map((i) => i.computed)).toEqual([
        "tasks_total",
        "tasks_done",
        "tasks_done_on_time",
        "tasks_overdue",
      ]);
      expect(m.units).toBeGreaterThan(0);
    }
    const again = await leader.post("/api/reports/schedules/from-directive", { directiveId: plan });
    expect(again.body).toEqual([]);
    // A plan that does not exist, here an organisation's id, is "not found", not a server error.
    const unit = made[0]!.coordinatorOrgId;
    for (const path of ["/api/reports/schedules/from-directive", "/api/reports/schedules"]) {
      const r = await leader.post(path, {
        directiveId: unit,
        title: "Báo cáo thử",
        coordinatorOrgId: unit,
        unitOrgIds: [unit],
        frequency: "yearly",
        cutoff: "decree_09",
      });
      expect(r.status).toBe(404);
      expect((r.body as { message: string }).message).toMatch(/văn bản/);
    }
  });
});
