// First step of `npm test`: fail at once, with the one command to run, when no Chromium is installed.
import { requireChromium } from './chromium.mjs';

try {
  requireChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
