// A small typed dictionary instead of i18next (whose current majors need Node 22): t(key, vars)
// with keys checked by TypeScript, the language kept in localStorage, <html lang> kept in step.
import dayjs from "dayjs";
import "dayjs/locale/vi";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { en, type MessageKey, type Messages, vi } from "./messages.ts";

export type { MessageKey, Messages };
export type Lang = "vi" | "en";
export type Vars = Record<string, string | number>;

const DICTIONARIES: Record<Lang, Messages> = { vi, en };
const STORAGE_KEY = "thucthi.lang";

export interface TFunction {
  (key: MessageKey, vars?: Vars): string;
  /** For keys built at run time ("audit.action." + action): the text, or undefined when there is none. */
  maybe(key: string, vars?: Vars): string | undefined;
}

export function fill(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function makeT(lang: Lang): TFunction {
  const dict = DICTIONARIES[lang];
  const t = ((key: MessageKey, vars?: Vars) => fill(dict[key], vars)) as TFunction;
  t.maybe = (key, vars) => (key in dict ? fill(dict[key as MessageKey], vars) : undefined);
  return t;
}

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

interface I18nValue {
  lang: Lang;
  setLang(lang: Lang): void;
  t: TFunction;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    dayjs.locale(lang);
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, t: makeT(lang) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useT() needs <I18nProvider> above it");
  return value;
}

export const useT = (): TFunction => useI18n().t;
export function useLang(): { lang: Lang; setLang(lang: Lang): void } {
  const { lang, setLang } = useI18n();
  return { lang, setLang };
}
