// antd's Select for forms: searching ignores diacritics ("chuyen mon" finds "Chuyên môn"), and
// inside a Form.Item with a `required` rule it drops the aria-required that Form.Item hands it —
// Select would put it on its outer <div>, which has no role, and axe rejects that as critical. The
// requirement is still shown by the label's mark and announced by the error text.
import { Select, type SelectProps } from "antd";
import { foldVietnamese, matchesWords, queryWords } from "./fold.ts";

export const foldedFilter: SelectProps["filterOption"] = (input, option) =>
  matchesWords(foldVietnamese(String(option?.label ?? "")), queryWords(input));

export function FormSelect(props: SelectProps & { "aria-required"?: boolean | "true" | "false" }) {
  const { "aria-required": _dropped, ...rest } = props;
  return <Select filterOption={rest.showSearch ? foldedFilter : undefined} {...rest} />;
}
