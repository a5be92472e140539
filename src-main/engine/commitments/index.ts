export * from './types';
export {
  analyzeCommitments,
  sumColumn,
  utilizationByMonth,
  type AnalyzeOptions,
  type MonthlyUtilization,
} from './analyze';
