/**
 * Server-side browser commands for the tests: read a node of Chromium's accessibility tree over CDP, and
 * emulate forced-colours mode. They run in Node with the Playwright page that hosts the test iframes.
 */
import type { BrowserCommand } from 'vitest/node';

/** What the accessibility tree says of one node. */
export interface AXSummary {
  role: string;
  name: string;
  description: string;
  value: string;
  ignored: boolean;
  properties: Record<string, string | number | boolean>;
}

interface AXValue {
  value?: unknown;
}
interface AXNode {
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  value?: AXValue;
  properties?: { name: string; value: AXValue }[];
}

const text = (value: AXValue | undefined): string => {
  const raw = value?.value;
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
};

/**
 * The test registers the element under `window.__socleAxProbes[probe]` in its iframe; the tester iframes
 * are same-origin, so the orchestrator page's CDP session reaches them.
 */
export const axNode: BrowserCommand<[probe: string]> = async (context, probe) => {
  const session = await context.page.context().newCDPSession(context.page);
  try {
    const expression = `(() => {
      for (const frame of document.querySelectorAll('iframe')) {
        try {
          const el = frame.contentWindow.__socleAxProbes?.[${JSON.stringify(probe)}];
          if (el) return el;
        } catch {}
      }
      return null;
    })()`;
    const { result } = (await session.send('Runtime.evaluate', { expression })) as { result: { objectId?: string } };
    if (!result.objectId) throw new Error(`No element registered under probe ${probe}`);
    await session.send('Accessibility.enable');
    const { nodes } = (await session.send('Accessibility.getPartialAXTree', {
      objectId: result.objectId,
      fetchRelatives: false,
    })) as { nodes: AXNode[] };
    const [node] = nodes;
    if (!node) throw new Error('The accessibility tree has no node for this element');
    const summary: AXSummary = {
      role: text(node.role),
      name: text(node.name),
      description: text(node.description),
      value: text(node.value),
      ignored: node.ignored,
      properties: Object.fromEntries(
        (node.properties ?? []).map((p) => [p.name, p.value.value as string | number | boolean]),
      ),
    };
    return summary;
  } finally {
    await session.detach();
  }
};

/** Turns emulated forced-colours mode (Windows high contrast) on or off for the test page. */
export const emulateForcedColors: BrowserCommand<[active: boolean]> = async (context, active) => {
  await context.page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
};

/** Requests to another host than this machine, refused and recorded (the catalogue must work offline). */
const external: string[] = [];
const guarded = new WeakSet<object>();

const isLocal = (url: URL): boolean => !/^https?:$/.test(url.protocol) || url.hostname === '127.0.0.1' || url.hostname === 'localhost';

/** From now on, every request of the page (its iframes included) that leaves 127.0.0.1 is refused and recorded. */
export const blockExternalRequests: BrowserCommand = async (context) => {
  const browserContext = context.page.context();
  if (guarded.has(browserContext)) return;
  guarded.add(browserContext);
  await browserContext.route(
    (url) => !isLocal(url),
    (route) => {
      external.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
};

/** The requests refused since the last call. */
export const externalRequests: BrowserCommand = (): string[] => external.splice(0);
