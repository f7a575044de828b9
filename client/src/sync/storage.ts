/**
 * Small wrappers over localStorage that never throw: private browsing, a full disk or a
 * blocked storage must not stop anyone taking part; they only lose what is remembered.
 */
export function loadJson<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

/** Stores `value` (removes the key for null). False when storage refused it (full or blocked). */
export function saveJson(key: string, value: unknown): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    // Storage unavailable: the value lives only as long as the page.
    return false;
  }
}

/** Every key in localStorage, or none when storage is blocked. */
export function storedKeys(): string[] {
  try {
    return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter((key): key is string => key !== null);
  } catch {
    return [];
  }
}
