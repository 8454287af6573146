// Support for browser tests. Typical file:
//
//   let server: E2EServer; let browser: Browser;
//   beforeAll(async () => { server = await startServer(); browser = await launchBrowser(); });
//   afterAll(async () => { await browser?.close(); await server?.close(); });
//   it("a ward specialist …", async () => {
//     const { page } = await openPage(browser, server.baseUrl);
//     await signIn(page, "chuyenvien.p1");
//     …
//     await expectAccessible(page);
//   });
export * from "./actions.ts";
export * from "./axe.ts";
export * from "./browser.ts";
export * from "./server.ts";
