// One line per command file: each exports `register(program)`.
import type { Command } from "commander";
import { register as calendar } from "./calendar.ts";

type Register = (program: Command) => void;
const commands: Register[] = [calendar];

export function registerCommands(program: Command): void {
  for (const register of commands) register(program);
}
