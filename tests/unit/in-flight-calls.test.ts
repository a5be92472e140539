import { describe, expect, it } from 'vitest';
import { InFlightCalls } from '../../src-main/ipc/in-flight';

describe('the calls a transport has in flight', () => {
  const a = { name: 'page A' };
  const b = { name: 'page B' };

  it('aborts only the named call of the named owner', () => {
    const calls = new InFlightCalls<object>();
    const a1 = calls.start(a, 1);
    const a2 = calls.start(a, 2);
    const b1 = calls.start(b, 1);
    calls.cancel(a, 1);
    expect([a1.signal.aborted, a2.signal.aborted, b1.signal.aborted]).toEqual([true, false, false]);
  });

  it('ignores a cancel of an unknown or finished call', () => {
    const calls = new InFlightCalls<object>();
    const a1 = calls.start(a, 1);
    a1.done();
    calls.cancel(a, 1);
    calls.cancel(a, 99);
    calls.cancel(b, 1);
    expect(a1.signal.aborted).toBe(false);
  });

  it('does not let a finished call forget a newer call that reused its id', () => {
    const calls = new InFlightCalls<object>();
    const first = calls.start(a, 1);
    const second = calls.start(a, 1);
    first.done();
    calls.cancel(a, 1);
    expect(second.signal.aborted).toBe(true);
  });

  it('aborts every call of an owner that went away, and all calls on shutdown', () => {
    const calls = new InFlightCalls<object>();
    const a1 = calls.start(a, 1);
    const a2 = calls.start(a, 2);
    const b1 = calls.start(b, 1);
    calls.cancelOwner(a);
    expect([a1.signal.aborted, a2.signal.aborted, b1.signal.aborted]).toEqual([true, true, false]);
    calls.cancelAll();
    expect(b1.signal.aborted).toBe(true);
  });
});
