export { driverSeries, growthFactor, DRIVER_SCALE, type DriverSeries, type DriverSeriesInput } from './series';
export { checkLineModel, lineCost, monthRange, type LineCostModel, type LineCostOptions } from './line-cost';
export { monthsBetween } from './month-math';
