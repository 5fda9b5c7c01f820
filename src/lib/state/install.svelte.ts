/**
 * Installing the app: the browser's own install prompt where it offers one (`beforeinstallprompt`,
 * Chromium browsers), a Share → Add to Home Screen hint on iOS Safari, which never offers one.
 */
import { browser } from '$app/environment';
import { isIosSafari } from '$lib/pwa/platform';
import { MediaQuery } from 'svelte/reactivity';
import { RememberedFlag } from './rememberedFlag.svelte';

/** Not in TypeScript's DOM types: the event is Chromium's, not a standard. */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

const standalone = new MediaQuery('(display-mode: standalone)');

/** Opened from the home screen: standalone display, or iOS's own flag for it. */
function runsInstalled(): boolean {
	return standalone.current || (navigator as Navigator & { standalone?: boolean }).standalone === true;
}

class InstallState {
	/** The browser offered to install the app, and it has not been installed or declined since. */
	canPrompt = $state(false);
	readonly installDismissed = new RememberedFlag('nonstop.pwa.installDismissed');
	readonly iosHintDismissed = new RememberedFlag('nonstop.pwa.iosHintDismissed');

	#prompt: BeforeInstallPromptEvent | null = null;

	constructor() {
		if (browser) this.#listen();
	}

	/** Safari on iOS, in a tab (not already on the home screen); read in the browser only. */
	get needsIosHint(): boolean {
		return isIosSafari(navigator) && !runsInstalled();
	}

	/**
	 * Listens for the browser's offer as soon as this module loads, because the event can fire
	 * early and is not repeated for a late listener.
	 */
	#listen(): void {
		addEventListener('beforeinstallprompt', (event) => {
			// Our own button instead of Chrome's mini-infobar, which covers the bottom of the page.
			event.preventDefault();
			this.#prompt = event as BeforeInstallPromptEvent;
			this.canPrompt = true;
		});
		addEventListener('appinstalled', () => {
			this.#prompt = null;
			this.canPrompt = false;
		});
	}

	/** Shows the browser's install dialog; the offer is used up either way. */
	async install(): Promise<void> {
		const prompt = this.#prompt;
		if (!prompt) return;
		this.#prompt = null;
		this.canPrompt = false;
		await prompt.prompt();
		await prompt.userChoice;
	}
}

export const install = new InstallState();
