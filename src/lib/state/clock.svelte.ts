/**
 * "Now", ticking in the browser. Null until the page has hydrated, so prerendered HTML never bakes
 * in the build machine's time. Tests fix it with Playwright's page.clock.
 */
class Clock {
	now = $state<Date | null>(null);
	#timer: ReturnType<typeof setInterval> | undefined;

	/** Starts ticking once a second; returns a stop function. */
	start(): () => void {
		this.now = new Date();
		clearInterval(this.#timer);
		this.#timer = setInterval(() => (this.now = new Date()), 1000);
		return () => clearInterval(this.#timer);
	}
}

export const clock = new Clock();
