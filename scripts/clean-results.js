// Clears earlier results so the totals count this run only.
import { rmSync } from 'node:fs';

rmSync('test-results', { recursive: true, force: true });
