// `npm run ask -- "question"`: answers from the terminal (see askMain.ts), from its CommonJS bundle
// (scripts/run.cjs).
import { askMain } from './askMain.js';
import { runCli } from './loadCliEngine.js';

runCli(() => askMain(process.argv.slice(2)));
