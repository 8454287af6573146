import { describe, expect, it } from "vitest";
import { inRounds } from "./rounds.ts";

/** A read whose answers the test releases by hand, counting how many were sent. */
function controlledRead() {
  const pending: Array<(v: number) => void> = [];
  let sent = 0;
  let value = 0;
  const read = () =>
    new Promise<number>((resolve) => {
      sent++;
      const answer = value;
      pending.push(() => resolve(answer));
    });
  return {
    read,
    sent: () => sent,
    write: (v: number) => {
      value = v;
    },
    release: () => pending.shift()?.(0),
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe("inRounds", () => {
  it("lets callers that arrive during a read share the next read, never the one in flight", async () => {
    const c = controlledRead();
    const shared = inRounds(c.read);
    const first = shared();
    c.write(1); // committed after the first read was sent
    const second = shared();
    const third = shared();
    expect(c.sent()).toBe(1);
    c.release();
    expect(await first).toBe(0);
    await tick();
    expect(c.sent()).toBe(2);
    c.release();
    expect(await second).toBe(1);
    expect(await third).toBe(1);
    const fourth = shared();
    expect(c.sent()).toBe(3);
    c.release();
    expect(await fourth).toBe(1);
  });

  it("fails only the round that failed, and starts afresh after it", async () => {
    let n = 0;
    const shared = inRounds(async () => {
      n++;
      if (n === 1) throw new Error("mất kết nối");
      return n;
    });
    const a = shared();
    const b = shared();
    await expect(a).rejects.toThrow("mất kết nối");
    expect(await b).toBe(2);
    expect(await shared()).toBe(3);
  });
});
