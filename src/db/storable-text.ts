// Text PostgreSQL cannot store: U+0000 (text refuses it; jsonb refuses its `\u0000` escape) and an
// unpaired UTF-16 surrogate (jsonb refuses `\ud800`; text would silently turn it into U+FFFD). The API
// refuses such input (http/validation.ts); imports refuse the row; messages that echo input are cleaned.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/** For messages that quote what they refuse: each unstorable character becomes U+FFFD. */
export const storableText = (text: string): string => text.replace(UNSTORABLE_ALL, '\ufffd');

/** The dotted path of the first string (value or key) PostgreSQL cannot store, if any. */
export function findUnstorableText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  // Parsed JSON, query strings, path parameters and parsed rows are data; a stream (or a Buffer) is not.
  if (typeof (value as { pipe?: unknown }).pipe === 'function' || ArrayBuffer.isView(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (!isStorableText(key)) return here;
    const found = findUnstorableText(item, here);
    if (found !== undefined) return found;
  }
  return undefined;
}
