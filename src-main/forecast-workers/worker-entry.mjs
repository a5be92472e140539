// Worker thread entry: the engine is TypeScript, so register tsx (a runtime dependency, as
// bin/outlay.mjs does) before loading the worker body.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
