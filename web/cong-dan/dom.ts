// A few lines instead of a framework (the portal's first download stays small on a cheap phone):
// elements built with text nodes only, so nothing a citizen or an official typed is read as HTML.
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, ""), v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

/** A labelled field with its place for an error message (announced, tied to the input). */
export function field(
  name: string,
  label: string,
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  hint?: string,
): HTMLElement {
  const id = `f-${name}`;
  input.id = id;
  input.name = name;
  const described = [hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(" ");
  input.setAttribute("aria-describedby", described);
  return h(
    "div",
    { class: "field", "data-field": name },
    h("label", { for: id }, label),
    hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null,
    input,
    h("p", { class: "error", id: `${id}-error`, role: "alert" }),
  );
}

/** Shows the server's per-field messages beside their fields; returns the first field shown. */
export function showFieldErrors(
  form: HTMLElement,
  problems: Array<{ field: string; message: string }>,
): HTMLElement | null {
  let first: HTMLElement | null = null;
  for (const el of form.querySelectorAll<HTMLElement>(".field")) {
    const problem = problems.find((p) => p.field === el.dataset.field);
    const input = el.querySelector<HTMLElement>("input, select, textarea");
    const error = el.querySelector(".error");
    if (error) error.textContent = problem?.message ?? "";
    if (input) {
      if (problem) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
      if (problem && !first) first = input;
    }
  }
  return first;
}
