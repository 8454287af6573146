#!/usr/bin/env node
// Entry point of the `thucthi` command. TypeScript sources run through tsx, so the command works
// right after `npm ci` with no build step (docs/decisions/0001-stack.md).
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
