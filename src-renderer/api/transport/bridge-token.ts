const STORAGE_KEY = 'outlay.bridge-token';

/**
 * The bridge token arrives in the URL fragment (`#token=…`), which browsers never send
 * to a server. Keep it for this tab in sessionStorage, so a reload keeps working, and
 * take it out of the address bar so it is not bookmarked or shared by accident.
 */
export function takeBridgeToken(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Forget a token the bridge refused, so the next reload asks for a fresh URL. */
export function forgetBridgeToken(): void {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
