/**
 * Which install help a browser needs. Pure functions of what the browser says about itself, so they
 * can be tested with real user-agent strings.
 */

/** What `isIosSafari` reads from `navigator`. */
export interface BrowserIdentity {
	userAgent: string;
	/** `navigator.maxTouchPoints`: an iPad asking for desktop sites calls itself a Mac but has a touch screen. */
	maxTouchPoints: number;
}

// Other browsers on iOS wear Safari's token too; they have their own (or no) way to install.
const OTHER_IOS_BROWSERS = /CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|GSA\/|YaBrowser|DuckDuckGo|FBAN|FBAV|Instagram|Line\//i;

/**
 * Safari on an iPhone, iPod or iPad: it installs web apps only through Share → Add to Home Screen
 * and never fires `beforeinstallprompt`, so it gets a hint instead of a button.
 * @example isIosSafari({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) … Version/17.4 Mobile/15E148 Safari/604.1', maxTouchPoints: 5 }) === true
 */
export function isIosSafari({ userAgent, maxTouchPoints }: BrowserIdentity): boolean {
	const ios = /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
	return ios && /Version\/[\d.]+.*Safari\//.test(userAgent) && !OTHER_IOS_BROWSERS.test(userAgent);
}
