/**
 * axe-core in a Playwright page, with the WCAG 2.2 A/AA tags: the violations as « rule: offending HTML »
 * lines. Evaluated through the DevTools protocol, which the page's CSP does not govern (an inline script
 * would be refused). Used by the end-to-end tests of test/node.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { WCAG_TAGS } from '../wcag.js';

const AXE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/axe-core/axe.min.js'), 'utf8');

export async function axeViolations(tab: Page): Promise<string[]> {
  await tab.evaluate(AXE);
  return tab.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
  }, WCAG_TAGS);
}
