// The result's shape crosses the IPC boundary, so it lives in src-shared.
export * from '../../../src-shared/model/tco-result';
