// What a person does in the app, in the app's own words (Vietnamese labels), so the tests read
// like the steps an official follows.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { adminTotpCode, DEMO } from "./server.ts";

/** Signs in through the sign-in page; the administrator also passes the TOTP step. */
export async function signIn(page: Page, username: string, password = DEMO.password): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  if (username === "admin") {
    await page.getByLabel("Mã xác thực (6 chữ số)").fill(adminTotpCode());
    await page.getByRole("button", { name: "Xác nhận" }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.getByTestId("user-menu").waitFor();
}

/**
 * Opens a page from the module menu (the side column, or the drawer on a phone): `labels` are the
 * sub-menus to go through, then the page. A sub-menu already open is left open (clicking it again
 * would close it), so the helper works whatever state the previous step left the menu in.
 */
export async function openFromMenu(page: Page, ...labels: string[]): Promise<void> {
  const nav = page.getByRole("navigation", { name: /Danh mục chức năng|Modules/ });
  for (const [i, label] of labels.entries()) {
    const item = nav.getByRole("menuitem", { name: label, exact: true });
    const isPage = i === labels.length - 1;
    if (!isPage && (await item.getAttribute("aria-expanded")) === "true") continue;
    await item.click();
    // A click on an item of a sub-menu that is still unfolding can be lost (seen under load): wait
    // until the sub-menu is open and its animation (antd's motion-collapse classes) has ended.
    if (!isPage) {
      await nav.locator(`[role="menuitem"][aria-expanded="true"]`, { hasText: label }).waitFor();
      await page.waitForFunction("!document.querySelector('nav [class*=\"motion-collapse\"]')");
    }
  }
}

/** Waits for the page (pages load lazily) whose <h1> in <main> is exactly `text`. */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await page.getByRole("main").getByRole("heading", { level: 1, name: text, exact: true }).waitFor();
}

/** Waits until `fn` holds (polling), for state that settles after network answers. */
export async function eventually(fn: () => Promise<void>, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** `<html lang>` of the page. */
export const htmlLang = (page: Page): Promise<string> =>
  page.evaluate("document.documentElement.lang") as Promise<string>;

/** Width of the page's content: more than the viewport means the page scrolls sideways. */
export const pageScrollWidth = (page: Page): Promise<number> =>
  page.evaluate("document.documentElement.scrollWidth") as Promise<number>;

/** A GET of the API from inside the page (with its session cookie), as JSON. */
export const apiGet = <T>(page: Page, path: string): Promise<T> =>
  page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

/**
 * The little of the DOM that evaluateAll() callbacks use here. The tests are type-checked with the
 * server's settings (no DOM library), and these callbacks run in the page.
 */
export interface DomElement {
  textContent: string | null;
  innerText: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export { expect };

/** Finds a body in the organisation tree by a search and opens its detail panel. */
export async function chooseInTree(page: Page, query: string, name: string): Promise<void> {
  await page.getByLabel("Tìm cơ quan, đơn vị").fill(query);
  await page.getByRole("tree").getByText(name, { exact: true }).click();
  await expect.poll(() => page.locator(".tt-org-detail h2").textContent()).toBe(name);
}
