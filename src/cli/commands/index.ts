// One line per command file: each exports `register(program, io)`, and writes only to `io`.
import type { Command } from "commander";
import type { CliIo } from "../io.ts";
import { register as audit } from "./audit.ts";
import { register as backup } from "./backup.ts";
import { register as calendar } from "./calendar.ts";
import { register as db } from "./db.ts";
import { register as importDirective } from "./import.ts";
import { register as orgs } from "./orgs.ts";
import { register as parse } from "./parse.ts";
import { register as report } from "./report.ts";
import { register as seed } from "./seed.ts";
import { register as serve } from "./serve.ts";
import { register as users } from "./users.ts";

type Register = (program: Command, io: CliIo) => void;
const commands: Register[] = [
  serve,
  db,
  seed,
  orgs,
  users,
  audit,
  backup,
  calendar,
  parse,
  importDirective,
  report,
];

export function registerCommands(program: Command, io: CliIo): void {
  for (const register of commands) register(program, io);
}
