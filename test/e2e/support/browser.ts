// Debian's Chromium driven by playwright-core (never a downloaded browser): one browser per test
// file, one fresh context (cookies, storage) per test. openPage() must be called inside a test.
import { mkdir } from "node:fs/promises";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { onTestFailed } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface PageOptions {
  /** CSS pixels; default a modest office PC screen (1366 × 768). */
  width?: number;
  height?: number;
  /** A phone: touch, mobile viewport. */
  mobile?: boolean;
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far (a test may assert there are none). */
  errors: string[];
}

/** The two screens the product must fit: a modest office PC and a cheap phone. */
export const PC = { width: 1366, height: 768 };
export const PHONE = { width: 360, height: 740, mobile: true };

export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: PageOptions = {},
): Promise<OpenPage> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    // The app turns antd's animations off for people who ask for reduced motion (app/theme.ts).
    // Tests ask for it too: on two busy cores a click that lands while a menu or a drop-down is
    // still unfolding was lost now and then, and what the tests check is not the animation.
    reducedMotion: "reduce",
  });
  // An upper bound, not a wait: generous, since browser tests share two cores with the unit tests.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    // 4xx answers the test provokes on purpose show as console errors: keep only script errors.
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  // A failed test leaves a screenshot of its page in test-results/ (git-ignored).
  onTestFailed(async ({ task }) => {
    await mkdir("test-results", { recursive: true });
    const name = task.name.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 80);
    await page.screenshot({ path: `test-results/${name}.png`, fullPage: true }).catch(() => undefined);
  });
  return { page, context, errors };
}
