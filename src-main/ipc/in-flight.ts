/**
 * The calls a transport is running for its pages, so that a cancel message, a closed
 * socket or a page that navigates away can abort them. Calls are keyed by their owner
 * (a socket, a web contents) and the id the page gave them; ids of different owners
 * never collide.
 */
export class InFlightCalls<Owner extends object> {
  private readonly byOwner = new Map<Owner, Map<number, AbortController>>();

  /** Register a call; `done()` forgets it (call it when the call settles). */
  start(owner: Owner, id: number): { signal: AbortSignal; done: () => void } {
    let calls = this.byOwner.get(owner);
    if (!calls) this.byOwner.set(owner, (calls = new Map()));
    const controller = new AbortController();
    calls.set(id, controller);
    return {
      signal: controller.signal,
      done: () => {
        if (calls.get(id) !== controller) return;
        calls.delete(id);
        if (calls.size === 0 && this.byOwner.get(owner) === calls) this.byOwner.delete(owner);
      },
    };
  }

  /** Abort one call; an unknown or finished id is ignored. */
  cancel(owner: Owner, id: number): void {
    this.byOwner.get(owner)?.get(id)?.abort();
  }

  /** Abort every call of an owner that has gone (closed socket, reloaded page). */
  cancelOwner(owner: Owner): void {
    const calls = this.byOwner.get(owner);
    this.byOwner.delete(owner);
    for (const c of calls?.values() ?? []) c.abort();
  }

  /** Abort everything (the transport shuts down). */
  cancelAll(): void {
    for (const owner of [...this.byOwner.keys()]) this.cancelOwner(owner);
  }
}
