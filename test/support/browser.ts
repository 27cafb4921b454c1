/** Launches the system Chromium through Playwright for end-to-end tests and benchmarks. */
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
}
