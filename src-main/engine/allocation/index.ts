export * from './types';
export { runAllocation } from './run';
export { explain, explainLines, type Explanation, type Inflow, type PoolOrigin } from './explain';
export * from './rename-node';
