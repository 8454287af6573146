// The header buttons of the tasks' pages that the printout leaves out: Excel export and print.
import { FileExcelOutlined, PrinterOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useT } from "../i18n/index.tsx";

/** Downloads the assignments that the filters select as an Excel workbook (href from exportUrl). */
export function ExportButton({ href }: { href: string }) {
  const t = useT();
  return (
    <Button href={href} download icon={<FileExcelOutlined aria-hidden />} className="tt-no-print">
      {t("tasks.export")}
    </Button>
  );
}

export function PrintButton() {
  const t = useT();
  return (
    <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()} className="tt-no-print">
      {t("tasks.print")}
    </Button>
  );
}
