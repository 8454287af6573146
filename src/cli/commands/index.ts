// One line per command file: each exports `register(program)`.
import type { Command } from "commander";
import { register as audit } from "./audit.ts";
import { register as backup } from "./backup.ts";
import { register as calendar } from "./calendar.ts";
import { register as db } from "./db.ts";
import { register as importDirective } from "./import.ts";
import { register as orgs } from "./orgs.ts";
import { register as parse } from "./parse.ts";
import { register as seed } from "./seed.ts";
import { register as serve } from "./serve.ts";
import { register as users } from "./users.ts";

type Register = (program: Command) => void;
const commands: Register[] = [serve, db, seed, orgs, users, audit, backup, calendar, parse, importDirective];

export function registerCommands(program: Command): void {
  for (const register of commands) register(program);
}
