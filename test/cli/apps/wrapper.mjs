// A Node wrapper around another command, like `npm start` or `npx`: it loads no wasm itself,
// runs the command, and exits last with its status. Usage: node wrapper.mjs CMD [ARGS…]
import { spawnSync } from 'node:child_process';

const [cmd, ...args] = process.argv.slice(2);
const r = spawnSync(cmd, args, { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
