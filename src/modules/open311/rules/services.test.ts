import { describe, expect, it } from "vitest";
import {
  catalogue,
  openStatus,
  parsePosition,
  parseServiceCode,
  positionText,
  publicPosition,
  statusesOf,
  wardNamedIn,
} from "./services.ts";

const wards = [
  { id: "p1", name: "Ủy ban nhân dân Phường 1", shortName: "Phường 1" },
  { id: "p10", name: "Ủy ban nhân dân Phường 10", shortName: "Phường 10" },
  { id: "p3", name: "Ủy ban nhân dân Phường 3", shortName: "Phường 3" },
  { id: "an", name: "Ủy ban nhân dân Phường An Nhơn", shortName: "Phường An Nhơn" },
  { id: "ant", name: "Ủy ban nhân dân Phường An Nhơn Tây", shortName: "Phường An Nhơn Tây" },
];

describe("the Open311 catalogue", () => {
  it("offers feedback and proposals in every field, and reads each code back", () => {
    const list = catalogue("https://x.example/cong-dan");
    expect(list).toHaveLength(22);
    for (const s of list) expect(parseServiceCode(s.service_code).ok).toBe(true);
    expect(parseServiceCode("proposal-public_order")).toEqual({
      ok: true,
      kind: "proposal",
      field: "public_order",
    });
  });

  it("sends complaints and denunciations elsewhere (Luật Khiếu nại 2011 Điều 8, Luật Tố cáo 2018 Điều 23), and knows no other code", () => {
    for (const code of ["complaint-first-land", "complaint-second-land", "denunciation-officials", "to-cao"])
      expect(parseServiceCode(code)).toEqual({ ok: false, reason: "elsewhere" });
    for (const code of ["pothole", "feedback", "feedback-", "feedback-moon", "-land", ""])
      expect(parseServiceCode(code)).toEqual({ ok: false, reason: "unknown" });
  });

  it("maps the five statuses on open and closed, both ways", () => {
    expect(openStatus("received")).toBe("open");
    expect(openStatus("accepted")).toBe("open");
    for (const s of ["refused", "answered", "withdrawn"] as const) expect(openStatus(s)).toBe("closed");
    expect(statusesOf("open").map(openStatus)).toEqual(["open", "open"]);
    expect(statusesOf("closed").map(openStatus)).toEqual(["closed", "closed", "closed"]);
  });
});

describe("positions", () => {
  it("takes both or neither, decimal and in range", () => {
    expect(parsePosition(undefined, "")).toEqual({ ok: true, position: null });
    expect(parsePosition("10.8", "106.6")).toEqual({ ok: true, position: { lat: 10.8, long: 106.6 } });
    expect(parsePosition("-33.9", "+151.2")).toEqual({ ok: true, position: { lat: -33.9, long: 151.2 } });
    for (const [a, b] of [
      ["10.8", ""],
      ["abc", "1"],
      ["1e3", "1"],
      ["91", "0"],
      ["0", "180.5"],
      ["NaN", "0"],
      ["10,8", "106"],
    ])
      expect(parsePosition(a, b).ok, `${a} ${b}`).toBe(false);
  });

  it("keeps the position in the location text and shows it rounded to about 100 m", () => {
    const text = `Chợ Phường 1 ${positionText({ lat: 10.838512, long: 106.665123 })}`;
    expect(publicPosition(text)).toEqual({ lat: 10.839, long: 106.665 });
    expect(publicPosition("Số 12 đường Quang Trung")).toBeNull();
    expect(publicPosition(null)).toBeNull();
  });
});

describe("the ward a text names", () => {
  it("matches whole words, folded, by name or short name", () => {
    expect(wardNamedIn("Chợ phuong 1, Gò Vấp", wards)).toEqual({ ward: wards[0] });
    expect(wardNamedIn("Hẻm 5 Phường 10", wards)).toEqual({ ward: wards[1] });
    expect(wardNamedIn("UBND PHƯỜNG 3", wards)).toEqual({ ward: wards[2] });
    expect(wardNamedIn("Phường 11", wards)).toBeNull();
    expect(wardNamedIn("Chợ Hạnh Thông", wards)).toBeNull();
  });

  it("prefers the longer name that holds a shorter one, and calls two wards ambiguous", () => {
    expect(wardNamedIn("Phường An Nhơn Tây", wards)).toEqual({ ward: wards[4] });
    const both = wardNamedIn("giữa Phường 1 và Phường 3", wards);
    expect(both && "ambiguous" in both && both.ambiguous.map((w) => w.id).sort()).toEqual(["p1", "p3"]);
  });
});
