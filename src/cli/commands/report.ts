// `thucthi report render --demo OUT.docx [--xlsx OUT.xlsx]`: writes the demo consolidated report
// (demo/report-document.json) in the decree's format without a server or a
// database, so anyone can open it and check the layout; --xlsx writes its figures beside it.
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { CliError } from "../cli-error.ts";
import { type CliIo, writeAll } from "../io.ts";

interface RenderOptions {
  demo?: boolean;
  xlsx?: string;
}

async function write(path: string, bytes: Buffer): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (err) {
    const reason = err instanceof Error && "code" in err ? String(err.code) : String(err);
    throw new CliError(`Không ghi được tệp ${path} (${reason}).`, 1);
  }
}

export async function runRender(io: CliIo, out: string, options: RenderOptions): Promise<void> {
  if (!options.demo)
    throw new CliError(
      "Hiện chỉ xuất được báo cáo mẫu: thêm --demo (báo cáo thật tải về từ màn hình Báo cáo).",
      2,
    );
  if (!/\.docx$/i.test(out)) throw new CliError(`Tệp ra "${out}" phải có đuôi .docx.`, 2);
  if (options.xlsx !== undefined && !/\.xlsx$/i.test(options.xlsx))
    throw new CliError(`Tệp số liệu "${options.xlsx}" phải có đuôi .xlsx.`, 2);
  // Loaded here, not at the top: docx and exceljs would slow the start of every other command.
  const [{ demoConsolidatedReport }, { renderDocx }, { renderXlsx }] = await Promise.all([
    import("../../modules/shared/document/demo-report.ts"),
    import("../../modules/shared/document/docx.ts"),
    import("../../modules/shared/document/xlsx.ts"),
  ]);
  const doc = demoConsolidatedReport();
  await write(out, await renderDocx(doc));
  let message = `Đã ghi báo cáo mẫu vào ${out}`;
  if (options.xlsx) {
    await write(options.xlsx, await renderXlsx(doc));
    message += ` và số liệu vào ${options.xlsx}`;
  }
  await writeAll(io.stdout, `${message}.\n`);
}

export function register(program: Command, io: CliIo): void {
  const report = program.command("report").description("Báo cáo định kỳ");
  report
    .command("render")
    .description("Xuất báo cáo theo thể thức Nghị định 30/2020/NĐ-CP ra tệp .docx")
    .argument("<out>", "tệp .docx cần ghi")
    .option("--demo", "xuất báo cáo tổng hợp mẫu của Phòng Nội vụ quận Gò Vấp (không cần máy chủ)")
    .option("--xlsx <file>", "ghi kèm bảng số liệu ra tệp .xlsx")
    .action((out: string, options: RenderOptions) => runRender(io, out, options));
}
