/** Helpers shared by browser tests: the accessibility tree, axe with the WCAG 2.2 AA tags, keyboard. */
import axe from 'axe-core';
import { WCAG_TAGS } from '../wcag.js';
import { commands } from 'vitest/browser';
import type { AXSummary } from './commands.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    axNode(probe: string): Promise<AXSummary>;
    emulateForcedColors(active: boolean): Promise<void>;
    apiStart(): Promise<string>;
    apiMode(mode: import('../servers/referentiels-api.js').ApiMode, retryAfter?: number): Promise<void>;
    apiRequests(): Promise<import('../servers/referentiels-api.js').ApiRequest[]>;
    apiStop(): Promise<void>;
    blockExternalRequests(): Promise<void>;
    externalRequests(): Promise<string[]>;
  }
}

declare global {
  interface Window {
    __socleAxProbes?: Partial<Record<string, Element>>;
  }
}

export type { AXSummary };

/** What Chromium's accessibility tree exposes for `element` (name, role, description, states…). */
export async function accessibilityNode(element: Element): Promise<AXSummary> {
  const probe = `probe-${Math.random().toString(36).slice(2)}`;
  const probes = (window.__socleAxProbes ??= {});
  probes[probe] = element;
  try {
    return await commands.axNode(probe);
  } finally {
    window.__socleAxProbes = Object.fromEntries(Object.entries(probes).filter(([key]) => key !== probe));
  }
}

/** The element that holds focus, through the shadow roots (the inner control of a field). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Runs axe-core on `element` with the WCAG tags; returns the violations, described for a failing test. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.html).join(' | ')}`,
  );
}

/** Two animation frames: enough for style and layout to settle after a render. */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
