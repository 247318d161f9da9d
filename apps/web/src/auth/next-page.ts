// Where a sign-in leads: back to the page the guard sent the reader away from (?next=), but only to a
// page of this app, so a crafted link cannot bounce a freshly signed-in person to another site.

/** The sign-in address that returns to `path` (path, search and hash of the page that needs a session). */
export function signInPath(path: string): string {
  return `/signin?next=${encodeURIComponent(path)}`;
}

/**
 * `next` when it is a path on this origin, else the fallback. Refused: absolute URLs, protocol-relative
 * `//host` and `/\host` (browsers read a backslash as a slash), and anything a URL parser moves off-site.
 */
export function safeNextPath(next: string | null, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  const base = 'https://careledger.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
