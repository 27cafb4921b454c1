import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../test/support/manual-clock.js';
import { RemoteSearch, type RemoteSearchHost } from './remote-search.js';

type Reply = { kind: 'ok'; results: string[] } | { kind: 'rate-limited'; retryAfter: number } | { kind: 'unavailable' } | { kind: 'bad-request' };

/** A field as RemoteSearch sees it: what it was told, and each search it would send (the signal of each). */
function harness(minInterval = 0, debounce = 250) {
  const clock = new ManualClock(1_000_000);
  const log: string[] = [];
  const sent: { text: string; at: number; signal: AbortSignal }[] = [];
  let text = '';
  const host: RemoteSearchHost = {
    debounce: () => debounce,
    retry: () => {
      log.push('retry');
      void search(text);
    },
    waiting: (seconds) => log.push(`waiting ${String(seconds)}`),
    unavailable: () => log.push('unavailable'),
  };
  const remote = new RemoteSearch(host, minInterval, clock);
  async function search(typed: string): Promise<void> {
    text = typed;
    const signal = await remote.begin();
    if (signal) sent.push({ text: typed, at: clock.now(), signal });
  }
  return { clock, log, sent, remote, search: (typed: string) => void search(typed) };
}

describe('RemoteSearch, on a manual clock', () => {
  it('debounce: one request per pause, for the latest text, once the pause is over', async () => {
    const { clock, sent, search } = harness();
    search('8');
    await clock.advance(100);
    search('8 b');
    await clock.advance(100);
    search('8 bo');
    await clock.advance(249);
    expect(sent).toEqual([]);
    await clock.advance(1);
    expect(sent.map((s) => [s.text, s.at - 1_000_000])).toEqual([['8 bo', 450]]);
    await clock.advance(1000);
    expect(sent).toHaveLength(1);
  });

  it('cancellation: a newer request aborts the one in flight; dispose aborts it and sends nothing more', async () => {
    const { clock, sent, search, remote } = harness();
    search('bou');
    await clock.advance(250);
    search('boulevard');
    await clock.advance(250);
    expect(sent.map((s) => [s.text, s.signal.aborted])).toEqual([
      ['bou', true],
      ['boulevard', false],
    ]);
    search('boulevard du port');
    await clock.advance(100);
    remote.dispose();
    await clock.advance(1000);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.signal.aborted).toBe(true);
    expect(clock.pending).toBe(0);
  });

  it('minimum interval: a second request waits for the gap, and is dropped if a newer text comes meanwhile', async () => {
    const { clock, sent, search } = harness(150, 20);
    search('rue');
    await clock.advance(20);
    search('rue d');
    await clock.advance(20); // 20 ms after the first was sent: 130 ms still to wait
    expect(sent.map((s) => s.text)).toEqual(['rue']);
    await clock.advance(129);
    expect(sent).toHaveLength(1);
    await clock.advance(1);
    expect(sent.map((s) => [s.text, s.at - sent[0]!.at])).toEqual([
      ['rue', 0],
      ['rue d', 150],
    ]);
    search('rue de');
    await clock.advance(20);
    search('rue des'); // while 'rue de' waits for its gap
    await clock.advance(200);
    expect(sent.map((s) => s.text)).toEqual(['rue', 'rue d', 'rue des']);
    expect(sent[2]!.at - sent[1]!.at).toBeGreaterThanOrEqual(150);
  });

  it('429: nothing is sent for Retry-After, the field is told how long, then the latest text is searched', async () => {
    const { clock, log, sent, search, remote } = harness();
    search('8 boulevard');
    await clock.advance(250);
    const reply = { kind: 'rate-limited', retryAfter: 3000 } as Reply;
    expect(remote.settle(reply, (ok) => ok.results)).toEqual([]);
    expect(log).toEqual(['waiting 3']);
    search('8 boulevard du port');
    await clock.advance(2000);
    expect(sent).toHaveLength(1); // blocked: its pause ended 250 ms into the wait (2.75 s left, said as 3 s)
    expect(log).toEqual(['waiting 3', 'waiting 3']);
    await clock.advance(999);
    expect(log).toHaveLength(2);
    await clock.advance(1);
    expect(log).toEqual(['waiting 3', 'waiting 3', 'waiting 0', 'retry']);
    await clock.advance(250);
    expect(sent.map((s) => s.text)).toEqual(['8 boulevard', '8 boulevard du port']);
    expect(sent[1]!.at - sent[0]!.at).toBeGreaterThanOrEqual(3000);
  });

  it('a pending retry is cancelled by dispose', async () => {
    const { clock, log, remote } = harness();
    remote.rateLimited(2000);
    remote.dispose();
    await clock.advance(5000);
    expect(log).toEqual(['waiting 2']);
  });

  it('what a reply means: results, manual entry, or nothing to propose', () => {
    const { log, remote } = harness();
    const results = (reply: Reply) => remote.settle(reply, (ok) => ok.results);
    expect(results({ kind: 'ok', results: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(results({ kind: 'bad-request' })).toEqual([]);
    expect(log).toEqual([]);
    expect(results({ kind: 'unavailable' })).toEqual([]);
    expect(log).toEqual(['unavailable']);
  });
});
