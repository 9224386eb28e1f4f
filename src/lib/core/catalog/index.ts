export * from './types';
export { catalogFromDatasets, type CatalogSource } from './from-datasets';
