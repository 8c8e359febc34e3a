// Phone numbers as reps type them, normalised to E.164 digits (no plus) for indexed search.

const DEFAULT_COUNTRY_CODE = "1";

/** Digits of an E.164 number ("15550102233"), or null when the text is not a phone number. */
export function normalizePhone(text: string): string | null {
  const trimmed = text.trim();
  if (!/^[+\d\s().\-/]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("+")) return digits.length >= 8 && digits.length <= 15 ? digits : null;
  if (digits.length === 10) return DEFAULT_COUNTRY_CODE + digits;
  if (digits.length === 11 && digits.startsWith(DEFAULT_COUNTRY_CODE)) return digits;
  return null;
}

/**
 * Digits a partly typed number must start with, for type-ahead: "(555) 01" -> "155501".
 * Null when the text is not phone-like or too short to narrow anything.
 */
export function phonePrefix(text: string): string | null {
  const trimmed = text.trim();
  if (!/^[+\d\s().\-/]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length < 3) return null;
  if (trimmed.startsWith("+")) return digits;
  if (digits.length <= 10 && !digits.startsWith(DEFAULT_COUNTRY_CODE)) {
    return DEFAULT_COUNTRY_CODE + digits;
  }
  return digits;
}

/** "+1 (555) 010-2233" for North American numbers, "+<digits>" otherwise. */
export function formatPhone(e164Digits: string): string {
  if (e164Digits.length === 11 && e164Digits.startsWith("1")) {
    const d = e164Digits;
    return `+1 (${d.slice(1, 4)}) ${d.slice(4, 7)}-${d.slice(7)}`;
  }
  return `+${e164Digits}`;
}
