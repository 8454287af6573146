// The duty that charges a body with following its plan, as plain values (the same rule is the
// column's SQL: tasks/queries/visibility.test.ts checks that both agree on written rows).
import { describe, expect, it } from "vitest";
import { followUpOrgOf } from "./follow-up.ts";

const duty = (text: string, leadOrgIds = ["pnv"]) => ({ kind: "responsibility", leadOrgIds, text });

describe("followUpOrgOf", () => {
  it("finds the body charged with theo dõi tiến độ or đôn đốc", () => {
    expect(
      followUpOrgOf(duty("Giao Phòng Nội vụ theo dõi tiến độ triển khai thực hiện của các cơ quan.")),
    ).toBe("pnv");
    expect(
      followUpOrgOf(duty("Văn phòng theo dõi, đôn đốc các cơ quan, đơn vị trong việc tổ chức triển khai.")),
    ).toBe("pnv");
    expect(followUpOrgOf(duty("THEO DÕI VIỆC THỰC HIỆN kế hoạch này."))).toBe("pnv");
  });

  it("leaves out theo dõi in another sense, tasks, and duties of several bodies", () => {
    expect(
      followUpOrgOf(duty("Theo dõi, chịu trách nhiệm quản lý việc thực hiện công tác tiếp công dân.")),
    ).toBeNull();
    expect(followUpOrgOf({ ...duty("Đôn đốc các phường."), kind: "task" })).toBeNull();
    expect(followUpOrgOf(duty("Đôn đốc các phường.", ["pnv", "vp"]))).toBeNull();
  });
});
