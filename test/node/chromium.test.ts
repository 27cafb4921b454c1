import { describe, expect, it } from 'vitest';
import { INSTALL_HINT, findChromium, requireChromium } from '../../scripts/chromium.mjs';

describe('finding the system Chromium', () => {
  it('says the one command that installs it when none is found', () => {
    expect(findChromium({ PATH: '' })).toBeUndefined();
    expect(() => requireChromium({ PATH: '' })).toThrow(INSTALL_HINT);
    expect(INSTALL_HINT).toBe('sudo apt-get install -y chromium');
  });

  it('lets CHROME_PATH override, and refuses one that is not an executable', () => {
    expect(() => requireChromium({ CHROME_PATH: '/nonexistent/chromium', PATH: '' })).toThrow(/CHROME_PATH/);
    expect(findChromium({ CHROME_PATH: process.execPath })).toBe(process.execPath);
  });
});
