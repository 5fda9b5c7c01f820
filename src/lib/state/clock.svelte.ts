/**
 * "Now", in the browser. Null until the page has hydrated, so prerendered HTML never bakes in the
 * build machine's time. It ticks only while something on screen reads it: a page with no clock and
 * no departures runs no timer. Tests fix it with Playwright's page.clock.
 */
import { catalog } from '$lib/data/catalog';
import { createSubscriber } from 'svelte/reactivity';
import { hydration } from './hydration.svelte';

// Before the page runs, day-level facts (the "new" badge, whether a timetable has outlived its
// season, today's time difference) are taken at the day the sources were last searched.
const dataDay = new Date(`${catalog.sourcesSearched}T00:00:00Z`);

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Wakes its readers at every multiple of `step` milliseconds, for as long as anything reads it. */
function ticks(step: number): () => void {
	return createSubscriber((update) => {
		let timer: ReturnType<typeof setTimeout>;
		const next = () => {
			timer = setTimeout(() => {
				update();
				next();
			}, step - (Date.now() % step));
		};
		next();
		return () => clearTimeout(timer);
	});
}

class Clock {
	#seconds = ticks(SECOND);
	#minutes = ticks(MINUTE);
	// The same Date for as long as the second or minute lasts, so readers that compare see no change.
	#second: Date | null = null;
	#minute: Date | null = null;

	/** To the second, for the clocks on screen. */
	get now(): Date | null {
		if (!hydration.done) return null;
		this.#seconds();
		this.#second = sameOrNew(this.#second, SECOND);
		return this.#second;
	}

	/** The start of the current minute: what departures and badges need, so they are not worked out anew every second. */
	get minute(): Date | null {
		if (!hydration.done) return null;
		this.#minutes();
		this.#minute = sameOrNew(this.#minute, MINUTE);
		return this.#minute;
	}

	/** The current minute, or the data's day before the page runs. */
	get minuteOrDataDay(): Date {
		return this.minute ?? dataDay;
	}
}

/** `last` while it is still the current `step` (a second, a minute), else the start of the current one. */
function sameOrNew(last: Date | null, step: number): Date {
	const start = Math.floor(Date.now() / step) * step;
	return last?.getTime() === start ? last : new Date(start);
}

export const clock = new Clock();
