/** Hiragana (ぁ–ゖ, ゝゞ) to katakana: the same sound, one spelling (フリガナ as offices write it). */
export function hiraganaToKatakana(s: string): string {
  return s.replace(/[\u3041-\u3096\u309d\u309e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}
