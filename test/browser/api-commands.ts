// Browser commands (run in vitest's Node process) that start, steer and stop the stand-in API server of
// test/servers/referentiels-api.ts for the look-up fields' browser tests.
import type { BrowserCommand } from 'vitest/node';
import { type ApiMode, type ApiRequest, type ApiServer, startApiServer } from '../servers/referentiels-api.js';

let server: ApiServer | undefined;

/** Starts the server once (later calls reuse it, reset to `ok` with an empty log); resolves with its URL. */
export const apiStart: BrowserCommand = async () => {
  server ??= await startApiServer();
  server.setMode('ok');
  server.requests.length = 0;
  return server.url;
};

export const apiMode: BrowserCommand<[mode: ApiMode, retryAfter?: number]> = (_context, mode, retryAfter) => {
  server?.setMode(mode, retryAfter);
};

export const apiRequests: BrowserCommand = (): ApiRequest[] => [...(server?.requests ?? [])];

export const apiStop: BrowserCommand = async () => {
  await server?.close();
  server = undefined;
};
