export * from './district-calendar.util';
export * from './district-field-error';
export * from './district-rates';
export * from './district-record.validator';
export * from './geometry.validator';
