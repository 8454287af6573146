#!/usr/bin/env node
// Entry point of the `thucthi` command. TypeScript sources run through tsx, so the command works
// right after `npm ci` with no build step (docs/decisions/stack.md). tsx runs in this process
// (no child to forward signals to): SIGTERM and SIGINT reach `serve`'s shutdown directly. `npm start`
// execs this file, so npm's shell does not stand between npm and the server.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
