export declare const ROOT: string;
export type ElectronRuntime = { ok: true; executable: string; version: string } | { ok: false; reason: string };
/** Finds a usable Electron runtime without triggering its lazy download. */
export declare function findElectronRuntime(root?: string): ElectronRuntime;
/** Linux needs an X11 or Wayland display for a window. */
export declare function hasDisplay(): boolean;
