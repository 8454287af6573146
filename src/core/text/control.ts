// Control characters in text people type or import. PostgreSQL refuses U+0000 in text, and the
// others (bell, escape, form feed…) are never meant in a name or a sentence, so each kind of field
// either refuses them or drops them (src/modules/shared/contract.ts says which).

/** Every C0/C1 control character, and DEL. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The same, except the line feed and the tab that long texts keep. */
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Whether a one-line value (a name, a code, a search) holds a control character. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** A long text without control characters: Windows line ends become \n; \n and \t are kept. */
export function stripControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL_BUT_LINES, "");
}
