// Compiles the messages into src/lib/paraglide with the options Vite's plugin uses
// (paraglide.config.js), for what reads them before Vite runs: svelte-check.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.config.js';

await compile(paraglideOptions);
