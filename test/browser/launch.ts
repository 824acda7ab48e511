// Chromium as every browser test launches it (headless, nothing in the background).
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
