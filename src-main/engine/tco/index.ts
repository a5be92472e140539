export * from './types';
export * from './result-types';
export { computeTco, computeAlternative, type ComputeOptions } from './compute';
export { createContext, type TcoContext } from './context';
export { npvOf, breakEvenMonth } from './npv';
export { postLine } from './ledger';
export { HOURS_PER_MONTH } from './on-prem';
export { tornado, type TornadoEntry, type TornadoMetric, type TornadoOptions, type TornadoResult } from './sensitivity';
export { demoTcoModels, type DemoTcoModels } from './demo-model';
