// Numbers as Vietnamese documents write them: a comma before the decimals ("47,9"), a dot between
// thousands ("1.601"), like the dates (dd/mm/yyyy) whatever the screen's language. One place for
// every screen and chart.
const decimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** 47.94 → "47,9"; 1601 → "1.601". */
export const formatNumber = (n: number | null | undefined): string => (n == null ? "" : decimal.format(n));

/** 47.94 → "47,9%"; null → "0%". */
export const formatPercent = (n: number | null | undefined): string => `${formatNumber(n ?? 0)}%`;
