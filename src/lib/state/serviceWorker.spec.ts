import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('$app/environment', () => ({ browser: true, dev: false }));
vi.mock('$app/paths', () => ({ base: '' }));

/** A worker the browser is installing, which the test moves on by hand. */
class FakeWorker extends EventTarget {
	constructor(public state: ServiceWorker['state']) {
		super();
	}
	moveTo(state: ServiceWorker['state']) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	async update() {}
	/** A new worker starts installing, as after a deploy. */
	find(worker: FakeWorker) {
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
	}
}

/** The browser as the page sees it: controlled by a worker or not, with the registration it will get. */
function fakeBrowser({ controlled, registration }: { controlled: boolean; registration: FakeRegistration }) {
	const container = Object.assign(new EventTarget(), {
		controller: controlled ? {} : null,
		register: async () => registration
	});
	vi.stubGlobal('navigator', { serviceWorker: container });
	vi.stubGlobal('document', { readyState: 'complete', visibilityState: 'visible', addEventListener() {} });
}

async function started() {
	const { ServiceWorkerState } = await import('./serviceWorker.svelte');
	const state = new ServiceWorkerState();
	// Registration is asynchronous.
	await new Promise((resolve) => setTimeout(resolve));
	return state;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('the service worker state', () => {
	it('says nothing of the first install, which takes over by itself', async () => {
		const registration = new FakeRegistration();
		const worker = new FakeWorker('installing');
		registration.installing = worker;
		fakeBrowser({ controlled: false, registration });
		const state = await started();
		worker.moveTo('installed');
		expect(state.updateComing).toBe(false);
		expect(state.updateReady).toBe(false);
	});

	it('knows of an update from the moment it starts installing, and offers it once installed', async () => {
		const registration = new FakeRegistration();
		fakeBrowser({ controlled: true, registration });
		const state = await started();
		expect(state.updateComing).toBe(false);
		const worker = new FakeWorker('installing');
		registration.find(worker);
		expect(state.updateComing).toBe(true);
		expect(state.updateReady).toBe(false);
		worker.moveTo('installed');
		expect(state.updateReady).toBe(true);
	});

	it('hears a worker that was already installing when the page registered', async () => {
		const registration = new FakeRegistration();
		const worker = new FakeWorker('installing');
		registration.installing = worker;
		fakeBrowser({ controlled: true, registration });
		const state = await started();
		expect(state.updateComing).toBe(true);
		expect(state.updateReady).toBe(false);
		worker.moveTo('installed');
		expect(state.updateReady).toBe(true);
	});

	it('offers at once a version already waiting', async () => {
		const registration = new FakeRegistration();
		registration.waiting = new FakeWorker('installed');
		fakeBrowser({ controlled: true, registration });
		const state = await started();
		expect(state.updateComing).toBe(true);
		expect(state.updateReady).toBe(true);
	});
});
