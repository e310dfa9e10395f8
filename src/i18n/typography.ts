// French typography for the product's own French texts: a narrow no-break space (U+202F) before
// `; : ! ?` and inside « guillemets », so that a line never breaks before the sign and every text
// is spaced the same way. Code spans (`plan validate`), placeholders ({file}) and what is not
// prose (09:30, https://, a?b) are left as they are.

const NNBSP = '\u202f';

/** Apply French spacing to one catalog text. `lists`: the text is a `a; b; c` list the caller splits on `; `. */
export function frenchTypography(text: string, lists = false): string {
  // Split out code spans and placeholders, fix the prose between them.
  return text.replace(/(`[^`]*`|\{\w+\})|([^`{]+|[`{])/g, (whole, kept: string | undefined, prose: string | undefined, offset: number) => {
    if (kept !== undefined || prose === undefined) return whole;
    // `? ! ;` right after a code span or a placeholder: "Vouliez-vous dire `x` ?".
    let out = offset > 0 && /^[!?;](?=\s|$|[»”)\]*_])/.test(prose) && (!lists || prose[0] !== ';') ? NNBSP + prose : prose;
    out = out
      // An existing space (plain or no-break) before the sign becomes the narrow one.
      .replace(/[ \u00a0\u202f]+([:;!?])(?=\s|$|[»”)\]*_])/g, `${NNBSP}$1`)
      .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`);
    // No space at all before `; ! ?` at the end of a word (`plus tard; la`, `stratégie?`).
    out = out.replace(/([\p{L}\p{N}’)»%])([!?])(?=\s|$|[»”)\]*_])/gu, `$1${NNBSP}$2`);
    if (!lists) out = out.replace(/([\p{L}\p{N}’)»%])(;)(?=\s|$)/gu, `$1${NNBSP}$2`);
    return out;
  });
}

/**
 * True when French elides the word before `text`: "d’Équipe Lavoie", "d’Harbour", but "de Café
 * Boréal". A vowel or an h (the few h aspiré names keep "de", a rarer mistake than "de Équipe").
 */
export function elidesBefore(text: string): boolean {
  return /^[aeiouyhœæ]/i.test(text.trim().normalize('NFD'));
}

