// Light charts for the portal's statistics: plain SVG built with text nodes (no library, a few
// hundred bytes), a horizontal bar per row with its label above and its count beside — readable at
// 360 px. Each chart is one image to assistive technology, named by every label and count.
const SVG = "http://www.w3.org/2000/svg";

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface Bar {
  label: string;
  value: number;
}

const ROW = 38;
const WIDTH = 320;
const BAR_MAX = 250;

/** A horizontal bar chart; `unit` follows each count ("đơn", "%"). */
export function barChart(title: string, bars: readonly Bar[], unit = ""): SVGElement {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const svg = el("svg", {
    viewBox: `0 0 ${WIDTH} ${Math.max(ROW, bars.length * ROW)}`,
    width: "100%",
    role: "img",
    class: "chart",
    "aria-label": `${title}: ${bars.map((b) => `${b.label} ${b.value}${unit}`).join("; ")}`,
  });
  bars.forEach((b, i) => {
    const y = i * ROW;
    const w = Math.max(2, Math.round((b.value / max) * BAR_MAX));
    svg.append(
      el("text", { x: 0, y: y + 13, class: "chart-label" }, b.label),
      el("rect", { x: 0, y: y + 19, width: w, height: 13, rx: 2, class: "chart-bar" }),
      el("text", { x: w + 6, y: y + 30, class: "chart-value" }, `${b.value}${unit}`),
    );
  });
  return svg;
}
