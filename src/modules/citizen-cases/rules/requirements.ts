// What each kind's law asks the sender to state, checked on top of the contract's shapes:
//   khiếu nại — họ tên, địa chỉ, the decision or act complained of (Luật Khiếu nại 2011, Điều 8);
//   tố cáo    — họ tên, địa chỉ, a way to reach the denouncer, the person who violated the law
//               (Luật Tố cáo 2018, Điều 23); without them it is only information (Điều 25);
//   phản ánh, kiến nghị — nothing more: a citizen may send them without a name.
// Pure: the field problems, each with a Vietnamese message, empty when nothing is missing.
import type { Kind, SenderInput } from "../contract.ts";

export interface FieldProblem {
  field: string;
  message: string;
}

export function missingFor(
  kind: Kind,
  input: SenderInput & { subject?: string | undefined },
): FieldProblem[] {
  const out: FieldProblem[] = [];
  const blank = (v: string | undefined) => !v?.trim();
  const need = (field: keyof typeof input, message: string) => {
    if (blank(input[field])) out.push({ field, message });
  };
  if (kind === "complaint-first" || kind === "complaint-second") {
    need("name", "Đơn khiếu nại phải ghi họ và tên người khiếu nại (Điều 8 Luật Khiếu nại 2011)");
    need("address", "Đơn khiếu nại phải ghi địa chỉ người khiếu nại (Điều 8 Luật Khiếu nại 2011)");
    need("subject", "Hãy ghi quyết định hoặc hành vi hành chính bị khiếu nại");
  }
  if (kind === "denunciation") {
    need("name", "Đơn tố cáo phải ghi họ và tên người tố cáo (Điều 23 Luật Tố cáo 2018)");
    need("address", "Đơn tố cáo phải ghi địa chỉ người tố cáo (Điều 23 Luật Tố cáo 2018)");
    if (blank(input.phone) && blank(input.email))
      out.push({
        field: "phone",
        message: "Hãy ghi số điện thoại hoặc thư điện tử để cơ quan liên hệ (Điều 23 Luật Tố cáo 2018)",
      });
    need("subject", "Hãy ghi người hoặc cơ quan có hành vi vi phạm bị tố cáo");
  }
  return out;
}
