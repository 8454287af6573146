// Entry of a parse worker (node:worker_threads). Plain JavaScript so that Node starts it as it is in
// every context (the server and CLI under tsx, vitest under vite); it then loads the TypeScript
// through tsx, like bin/thucthi.js. One document per worker: its heap goes when the worker ends.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { answer } = await import("./read.ts");
parentPort.postMessage(await answer(workerData.bytes, workerData.fileName));
