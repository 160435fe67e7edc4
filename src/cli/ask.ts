// `npm run ask -- "question"`: answers from the terminal (see askMain.ts). `npm run ask` itself usually starts
// from the start-up snapshot of askSnapshot.ts (scripts/run.sh); this is the plain entry point.
import { askMain } from './askMain.js';
import { runCli } from './loadCliEngine.js';

runCli(() => askMain(process.argv.slice(2)));
