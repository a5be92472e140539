import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BRIDGE_TOKEN_PROTOCOL_PREFIX } from '../../src-shared/ipc/bridge-protocol';

/** Addresses the bridge may bind to: loopback only, never a LAN interface. */
export const LOOPBACK_HOSTS = ['127.0.0.1', '::1'] as const;
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** A fresh per-session secret: 32 random bytes as 64 hex characters. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/** Constant-time comparison, so response timing does not reveal how much of a guess was right. */
export function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The Host header must name this server on loopback. A page on another site that
 * re-points its DNS name at 127.0.0.1 (DNS rebinding) sends its own name here and is refused.
 */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return typeof host === 'string' && LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

/** The Origin must be this bridge's own origin (the page it served); other sites are refused. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  return typeof origin === 'string' && LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`);
}

/** The token offered as a WebSocket subprotocol (`outlay.token.<hex>`), if any. */
export function tokenFromProtocols(header: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(header) ? header.join(',') : (header ?? '');
  return raw
    .split(',')
    .map((p) => p.trim())
    .find((p) => p.startsWith(BRIDGE_TOKEN_PROTOCOL_PREFIX))
    ?.slice(BRIDGE_TOKEN_PROTOCOL_PREFIX.length);
}

/** The token from `Authorization: Bearer <token>` on plain HTTP API calls. */
export function tokenFromAuthorization(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}
