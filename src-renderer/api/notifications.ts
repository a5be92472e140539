import { useSyncExternalStore } from 'react';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

let notices: Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Show a toast; errors stay until dismissed, info notices fade after a few seconds. */
export function notify(kind: Notice['kind'], message: string): void {
  const id = nextId++;
  notices = [...notices.filter((n) => n.message !== message), { id, kind, message }].slice(-5);
  emit();
  if (kind === 'info') setTimeout(() => dismiss(id), 4000);
}

export function dismiss(id: number): void {
  notices = notices.filter((n) => n.id !== id);
  emit();
}

export function useNotices(): Notice[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => notices,
  );
}
