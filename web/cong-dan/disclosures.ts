// The portal's disclosure pages (loaded only when opened, so the portal's first download stays
// small): the communes to choose from, and what one commune's board carries today under Luật Thực
// hiện dân chủ ở cơ sở (Điều 11–13), newest first, with each item's channels and its file.
import { CHANNEL_LABELS } from "../../src/core/grassroots-democracy/disclosure-law.ts";
import type { PublicDisclosures } from "../../src/modules/disclosures/contract.ts";
import { get } from "./api.ts";
import { h } from "./dom.ts";
import { vnDate } from "./texts.ts";

type Show = (title: string, ...content: (Node | null)[]) => void;
type Link = (href: string, text: string, cls?: string) => HTMLAnchorElement;

export async function disclosuresPage(orgId: string | null, show: Show, link: Link): Promise<void> {
  if (!orgId) {
    const wards = await get<Array<{ id: string; name: string }>>("/api/public/wards");
    show(
      "Thông tin công khai của phường, xã",
      h(
        "p",
        { class: "lead" },
        "Chọn phường, xã để xem những nội dung chính quyền đang công khai cho người dân.",
      ),
      h(
        "ul",
        { class: "wards" },
        ...wards.map((w) => h("li", {}, link(`/cong-dan/cong-khai/${w.id}`, w.name))),
      ),
    );
    return;
  }
  const page = await get<PublicDisclosures>(`/api/public/disclosures?orgId=${encodeURIComponent(orgId)}`);
  show(
    `Công khai thông tin — ${page.orgName}`,
    h(
      "p",
      { class: "lead" },
      "Những nội dung phường, xã đang công khai theo Luật Thực hiện dân chủ ở cơ sở (Điều 11–13). Thông tin đã hết thời hạn niêm yết không còn hiện ở đây.",
    ),
    page.items.length
      ? h(
          "ul",
          { class: "disclosures" },
          ...page.items.map((i) =>
            h(
              "li",
              { class: "card" },
              h("h2", {}, i.title),
              h("p", { class: "meta" }, `Khoản ${i.clause} Điều 11${i.group ? ` — ${i.group}` : ""}`),
              h(
                "p",
                { class: "meta" },
                `Niêm yết từ ${vnDate(i.postedOn)}${i.plannedEnd ? ` đến ${vnDate(i.plannedEnd)}` : ""}`,
              ),
              i.content ? h("p", { class: "pre" }, i.content) : null,
              h(
                "p",
                { class: "meta" },
                `Hình thức: ${i.channels.map((c) => CHANNEL_LABELS[c].vi).join("; ")}`,
              ),
              i.fileName
                ? h(
                    "p",
                    {},
                    h("a", { href: `/api/public/disclosures/${i.id}/file` }, `Tải tệp: ${i.fileName}`),
                  )
                : null,
            ),
          ),
        )
      : h("p", { class: "card" }, "Phường, xã chưa có nội dung nào đang công khai trên cổng."),
    h("p", {}, link("/cong-dan/cong-khai", "← Chọn phường, xã khác")),
  );
}
