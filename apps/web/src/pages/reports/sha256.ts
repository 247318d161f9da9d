// The SHA-256 of a file, computed in the reader's browser (WebCrypto), as lowercase hex like the one
// printed on a report's page. WebCrypto exists only in a secure context (https or localhost): null
// elsewhere, and the page then relies on the api's answer alone.
export async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
