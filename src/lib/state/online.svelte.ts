/**
 * Whether the browser has a network. Prerendered HTML and the first render assume online, so the
 * offline badge appears only once the page runs in a browser that says it is offline.
 */
import { on } from 'svelte/events';
import { createSubscriber } from 'svelte/reactivity';

class OnlineStatus {
	// Svelte's own `online` (svelte/reactivity/window) would do, but that module makes all eight of
	// its window values as it loads, and the bundler keeps every one for the one read here.
	readonly #changes = createSubscriber((update) => {
		const stopOnline = on(window, 'online', update);
		const stopOffline = on(window, 'offline', update);
		return () => {
			stopOnline();
			stopOffline();
		};
	});

	/** True only when the browser reports no network (`navigator.onLine === false`); never on the server. */
	get offline(): boolean {
		if (typeof window === 'undefined') return false;
		this.#changes();
		return navigator.onLine === false;
	}
}

export const onlineStatus = new OnlineStatus();
