export * from './types';
export { analyzeCommitments, sumColumn, type AnalyzeOptions } from './analyze';
