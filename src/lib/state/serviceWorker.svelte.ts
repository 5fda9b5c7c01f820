/**
 * The service worker's registration and the "new version ready" state. Registered here rather than
 * by SvelteKit (kit.serviceWorker.register is off) so that an update waits for the traveller: a new
 * worker installs in the background, `updateReady` turns true, and `applyUpdate` lets it take over
 * and reloads the page.
 */
import { browser, dev } from '$app/environment';
import { base } from '$app/paths';

/** How often a long-open tab asks the server whether there is a new version. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export class ServiceWorkerState {
	/** A new version is installed and waiting, or has already taken over from another tab. */
	updateReady = $state(false);
	/** The traveller chose "Not now" for this update. */
	dismissed = $state(false);
	/**
	 * A new version is installing or waiting while this one's worker still controls the page: what
	 * will offer it can load now, from this version's cache, before the new worker replaces it.
	 */
	updateComing = $state(false);

	#registration: ServiceWorkerRegistration | undefined;
	#reloadOnTakeover = false;
	#lastCheck = 0;

	constructor() {
		// This module loads with the notices, once the page is idle (see the layout).
		if (browser && !dev && 'serviceWorker' in navigator) this.#start();
	}

	/** Registers the worker once the page has loaded, so its caching never competes with the first render. */
	#start(): void {
		const container = navigator.serviceWorker;
		let controlled = container.controller !== null;
		container.addEventListener('controllerchange', () => {
			if (this.#reloadOnTakeover) location.reload();
			// The first worker taking over a fresh page is no update; a later one is, accepted in
			// another tab: this page's code may be gone from the new cache, so offer the reload too.
			else if (controlled) this.#offer();
			controlled = true;
		});
		const register = () => void this.#register();
		if (document.readyState === 'complete') register();
		else addEventListener('load', register, { once: true });
		// A tab left open for days still hears of new versions when the traveller comes back to it.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible' && Date.now() - this.#lastCheck > UPDATE_CHECK_INTERVAL_MS) {
				void this.checkForUpdate();
			}
		});
	}

	/** Asks the server for a newer worker; quietly does nothing offline. */
	async checkForUpdate(): Promise<void> {
		this.#lastCheck = Date.now();
		await this.#registration?.update().catch(() => undefined);
	}

	/** Lets the waiting version take over; the page reloads once it has. */
	applyUpdate(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) {
			// Already taken over (accepted in another tab): only this page is still old.
			location.reload();
			return;
		}
		this.#reloadOnTakeover = true;
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	dismiss(): void {
		this.dismissed = true;
	}

	#offer(): void {
		this.updateComing = true;
		this.updateReady = true;
		this.dismissed = false;
	}

	async #register(): Promise<void> {
		const registration: ServiceWorkerRegistration | undefined = await navigator.serviceWorker
			.register(`${base}/service-worker.js`, { scope: `${base}/` })
			.catch((error: unknown) => {
				// The app still works online without it; only offline use and updates are lost.
				console.warn('The offline service worker could not be registered', error);
				return undefined;
			});
		// Blocked, registration can also answer with nothing rather than refuse (Playwright's
		// `serviceWorkers: 'block'` does): then there is simply no worker.
		if (!registration) return;
		this.#registration = registration;
		this.#lastCheck = Date.now();
		const container = navigator.serviceWorker;
		const watch = (worker: ServiceWorker | null) => {
			if (!worker) return;
			if (container.controller) this.updateComing = true;
			worker.addEventListener('statechange', () => {
				// With no controller this is the first install, which takes over by itself.
				if (worker.state === 'installed' && container.controller) this.#offer();
			});
		};
		if (registration.waiting && container.controller) this.#offer();
		// A worker already installing when this page registers would otherwise go unheard until it takes over.
		else watch(registration.installing);
		registration.addEventListener('updatefound', () => watch(registration.installing));
	}
}

export const serviceWorker = new ServiceWorkerState();
