// The repository's root folder, for tests that run files of it (dist/, bin/, fixtures/).
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
