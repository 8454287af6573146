// Support for browser tests. Typical file:
//
//   const e2e = setupBrowserApp();   // one app and one Chromium for the file, closed after it
//   it("a ward specialist …", async () => {
//     const { page } = await openPage(e2e.browser, e2e.server.baseUrl);
//     await signIn(page, "chuyenvien.p1");
//     …
//     await expectAccessible(page);
//   });
export * from "./actions.ts";
export * from "./axe.ts";
export * from "./browser.ts";
export * from "./server.ts";
