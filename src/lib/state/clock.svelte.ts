/**
 * "Now", ticking in the browser. Null until the page has hydrated, so prerendered HTML never bakes
 * in the build machine's time. Tests fix it with Playwright's page.clock.
 */
import { catalog } from '$lib/data/catalog';

// Before the page runs, day-level facts (the "new" badge, whether a timetable has outlived its
// season, today's time difference) are taken at the day the sources were last searched.
const dataDay = new Date(`${catalog.sourcesSearched}T00:00:00Z`);

class Clock {
	/** To the second, for the clocks on screen. */
	now = $state<Date | null>(null);
	/** The start of the current minute: what departures and badges need, so they are not worked out anew every second. */
	minute = $state<Date | null>(null);
	#timer: ReturnType<typeof setInterval> | undefined;

	/** The current minute, or the data's day before the page runs. */
	get minuteOrDataDay(): Date {
		return this.minute ?? dataDay;
	}

	#tick() {
		const now = new Date();
		this.now = now;
		const minute = Math.floor(now.getTime() / 60_000) * 60_000;
		if (this.minute?.getTime() !== minute) this.minute = new Date(minute);
	}

	/** Starts ticking once a second; returns a stop function. */
	start(): () => void {
		this.#tick();
		clearInterval(this.#timer);
		this.#timer = setInterval(() => this.#tick(), 1000);
		return () => clearInterval(this.#timer);
	}
}

export const clock = new Clock();
