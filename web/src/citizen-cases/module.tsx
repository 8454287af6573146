// Phản ánh – kiến nghị: the inbox of the cases held by the official's bodies and one case with
// every step of its handling. Takes the shell's "feedback" slot (its menu entry and place).
import { CommentOutlined } from "@ant-design/icons";
import { defineModule, lazyPage } from "../app/module.ts";

export default defineModule({
  id: "feedback",
  nav: [{ path: "/feedback", label: "nav.feedback", icon: <CommentOutlined />, order: 40 }],
  routes: [
    lazyPage("feedback", () => import("./CasesPage.tsx"), "CasesPage"),
    lazyPage("feedback/:id", () => import("./CasePage.tsx"), "CasePage"),
  ],
});
