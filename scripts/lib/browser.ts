/** Debian's Chromium driven by playwright-core; nothing is downloaded. Playwright gives each launch a fresh profile directory. */
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags, Chromium keeps trying Google's hosts, which this machine's closed network refuses. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** One Chromium that several processes connect to (`connectBrowser`): the browser tests' files share it. */
export async function launchBrowserServer(): Promise<BrowserServer> {
	return chromium.launchServer({ executablePath: CHROMIUM, args: ARGS });
}

export async function connectBrowser(endpoint: string): Promise<Browser> {
	return chromium.connect(endpoint);
}
