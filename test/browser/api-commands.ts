// Browser commands (run in vitest's Node process) that start, steer and stop the stand-in API server of
// test/servers/referentiels-api.ts for the look-up fields' browser tests. Test files run in parallel: each
// gets its own server, keyed by its path, so modes and request logs never mix.
import type { BrowserCommand } from 'vitest/node';
import { type ApiMode, type ApiRequest, type ApiServer, startApiServer } from '../servers/referentiels-api.js';

const servers = new Map<string | undefined, ApiServer>();

/** Starts the file's server once (later calls reuse it, reset to `ok` with an empty log); resolves with its URL. */
export const apiStart: BrowserCommand = async (context) => {
  let server = servers.get(context.testPath);
  if (!server) {
    server = await startApiServer();
    servers.set(context.testPath, server);
  }
  server.setMode('ok');
  server.requests.length = 0;
  return server.url;
};

export const apiMode: BrowserCommand<[mode: ApiMode, retryAfter?: number]> = (context, mode, retryAfter) => {
  servers.get(context.testPath)?.setMode(mode, retryAfter);
};

export const apiRequests: BrowserCommand = (context): ApiRequest[] => [...(servers.get(context.testPath)?.requests ?? [])];

export const apiStop: BrowserCommand = async (context) => {
  await servers.get(context.testPath)?.close();
  servers.delete(context.testPath);
};
