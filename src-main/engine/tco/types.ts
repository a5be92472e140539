// The model's shape crosses the IPC boundary (saved in workbooks, edited in the renderer),
// so it lives in src-shared; the engine uses it from there.
export * from '../../../src-shared/model/tco';
