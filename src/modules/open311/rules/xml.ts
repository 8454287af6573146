// A small XML writer for the Open311 answers (GeoReport v2's XML form, which FixMyStreet and most
// council integrations read). Plain values become elements: a string, number or boolean its text;
// null or undefined an empty element; an object one child per key, in order; an array one child
// per item, named by ITEM_NAMES (services → service, errors → error…). Text is escaped, and what
// XML 1.0 cannot hold at all (control characters but tab and line ends, lone surrogates, U+FFFE/F)
// is dropped, so a citizen's text can never break the document or inject markup. Pure.

/** A value to write: text, a list, or a record of named values (an interface's fields included). */
export type XmlValue = string | number | boolean | null | undefined | readonly XmlValue[] | object;

/** The element of each item in a list, by the list's element name (GeoReport v2). */
export const ITEM_NAMES: Readonly<Record<string, string>> = {
  services: "service",
  service_requests: "request",
  errors: "error",
  attributes: "attribute",
  values: "value",
  endpoints: "endpoint",
  formats: "format",
  keywords: "keyword",
};

// Characters XML 1.0 allows (§2.2): #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** The text as XML character data: escaped, with what XML cannot carry removed. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function element(name: string, value: XmlValue): string {
  if (!NAME.test(name)) throw new Error(`not an XML element name: ${name}`);
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM_NAMES[name];
    if (!item) throw new Error(`no item element for the list ${name}`);
    return value.length ? `<${name}>${value.map((v) => element(item, v)).join("")}</${name}>` : `<${name}/>`;
  }
  if (typeof value === "object") {
    const inner = Object.entries(value as Record<string, XmlValue>)
      .map(([k, v]) => element(k, v))
      .join("");
    return inner ? `<${name}>${inner}</${name}>` : `<${name}/>`;
  }
  const text = escapeXml(String(value));
  return text ? `<${name}>${text}</${name}>` : `<${name}/>`;
}

/** A whole document: the XML declaration (UTF-8, as the spec requires) and one root element. */
export function toXml(root: string, value: XmlValue): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, value)}\n`;
}
