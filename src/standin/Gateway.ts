import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import { botUser, guildObject, STAND_IN_IDS } from './payloads.js';

/**
 * The stand-in's gateway: one client connection speaking Discord's JSON protocol (HELLO, IDENTIFY, READY,
 * GUILD_CREATE, heartbeats, RESUME and invalid session, dispatches with an increasing sequence number).
 */
export class Gateway {
  /** IDENTIFY and RESUME payloads received, in order. */
  readonly identifies: { token: string; intents: number }[] = [];
  readonly resumes: { session_id: string; seq: number }[] = [];

  private socket: WebSocket | undefined;
  private seq = 0;
  private readonly sessions = new Set<string>();
  private readyWaiters: (() => void)[] = [];
  private ready = false;

  constructor(
    private readonly gatewayUrl: () => string,
    private readonly onDispatch: (t: string, d: object, at: number) => void,
  ) {}

  /** Whether a client is connected and has been sent READY (or RESUMED). */
  get connected(): boolean {
    return this.ready && this.socket !== undefined;
  }

  /** Resolves once a client has identified (or resumed) and been sent READY (or RESUMED). */
  waitForSession(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Cuts the connection abruptly (no close frame), as a network failure would. */
  dropConnection(): void {
    this.ready = false;
    this.socket?.terminate();
    this.socket = undefined;
  }

  /** Sends a dispatch (op 0) with the next sequence number; returns the time it was sent. */
  dispatch(t: string, d: object): number {
    if (!this.socket) throw new Error(`No gateway connection to dispatch ${t} on`);
    this.seq += 1;
    const at = Date.now();
    this.socket.send(JSON.stringify({ op: 0, t, s: this.seq, d }));
    this.onDispatch(t, d, at);
    return at;
  }

  /** Takes over a new client connection (dropping any earlier one) and greets it with HELLO. */
  accept(socket: WebSocket): void {
    this.socket?.terminate();
    this.socket = socket;
    this.ready = false;
    socket.on('close', () => {
      if (this.socket === socket) {
        this.socket = undefined;
        this.ready = false;
      }
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
    socket.on('message', (raw) => {
      let payload: { op: number; d: Record<string, unknown> };
      try {
        payload = JSON.parse((raw as Buffer).toString('utf8')) as typeof payload;
      } catch {
        socket.close(4002, 'Error while decoding payload.');
        return;
      }
      if (payload.op === 1) socket.send(JSON.stringify({ op: 11 }));
      else if (payload.op === 2) this.identify(payload.d);
      else if (payload.op === 6) this.resume(payload.d, socket);
    });
  }

  private sessionStarted(): void {
    this.ready = true;
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private identify(d: Record<string, unknown>): void {
    this.identifies.push({ token: String(d['token']), intents: Number(d['intents']) });
    const sessionId = randomBytes(16).toString('hex');
    this.sessions.add(sessionId);
    this.seq = 0;
    this.dispatch('READY', {
      v: 10,
      user: botUser(),
      guilds: [{ id: STAND_IN_IDS.guildId, unavailable: true }],
      session_id: sessionId,
      resume_gateway_url: this.gatewayUrl(),
      shard: [0, 1],
      application: { id: STAND_IN_IDS.applicationId, flags: 0 },
    });
    // The client waits for a GUILD_CREATE for every guild READY lists.
    this.dispatch('GUILD_CREATE', guildObject());
    this.sessionStarted();
  }

  private resume(d: Record<string, unknown>, socket: WebSocket): void {
    const sessionId = String(d['session_id']);
    this.resumes.push({ session_id: sessionId, seq: Number(d['seq']) });
    if (this.sessions.has(sessionId)) {
      this.dispatch('RESUMED', {});
      this.sessionStarted();
    } else {
      socket.send(JSON.stringify({ op: 9, d: false }));
    }
  }
}
