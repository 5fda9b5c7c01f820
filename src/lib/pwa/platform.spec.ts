import { describe, expect, it } from 'vitest';
import { isIosSafari } from './platform';

const iphoneSafari =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const ipadDesktopMode =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const iphoneChrome =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1';
const iphoneFacebook =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/455.0.0.39.109]';
const androidChrome =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36';

describe('isIosSafari', () => {
	it('is true for Safari on an iPhone and on an iPad in desktop mode', () => {
		expect(isIosSafari({ userAgent: iphoneSafari, maxTouchPoints: 5 })).toBe(true);
		expect(isIosSafari({ userAgent: ipadDesktopMode, maxTouchPoints: 5 })).toBe(true);
	});

	it('is false for Safari on a Mac, which has no touch screen', () => {
		expect(isIosSafari({ userAgent: ipadDesktopMode, maxTouchPoints: 0 })).toBe(false);
	});

	it('is false for other browsers and in-app views on iOS, and for Android', () => {
		expect(isIosSafari({ userAgent: iphoneChrome, maxTouchPoints: 5 })).toBe(false);
		expect(isIosSafari({ userAgent: iphoneFacebook, maxTouchPoints: 5 })).toBe(false);
		expect(isIosSafari({ userAgent: androidChrome, maxTouchPoints: 5 })).toBe(false);
	});
});
