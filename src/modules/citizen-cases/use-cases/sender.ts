// The sender's identity: opened from its sealed value only here. An official reads it only where
// the policy allows (a denouncer: only the handler assigned, Luật Tố cáo 2018, Điều 47), and every
// read is written to the audit trail — naming the case, never what was read.
import type { SecretBox } from "../../auth/adapters/secret-box.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { SenderOut } from "../contract.ts";
import { authorised } from "./load.ts";

export function openSender(box: SecretBox, sealed: string): SenderOut {
  const v = JSON.parse(box.open(sealed)) as Partial<SenderOut>;
  return {
    name: v.name ?? null,
    phone: v.phone ?? null,
    email: v.email ?? null,
    idNumber: v.idNumber ?? null,
    address: v.address ?? null,
  };
}

export async function revealSender(ctx: UseCaseContext, box: SecretBox, id: string): Promise<SenderOut> {
  const { row } = await authorised(ctx, id, ["sender"]);
  const sender = openSender(box, row.senderSealed);
  await writeTransaction(ctx, (_tx, audit) =>
    audit({
      action: "citizen_case.read_sender",
      entity: "citizen_case",
      entityId: row.id,
      summary: { code: row.code, kind: row.kind },
    }),
  );
  return sender;
}
