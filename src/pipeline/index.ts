/** The pipeline: crawl → extract → classify → store, for a whole inventory. */
export { runInventory, type InventoryOptions, type InventoryProgress, type InventorySummary } from './run-inventory.ts';
export { processResource, CLASSIFIER_VERSION } from './process-resource.ts';
export { isProgramValidIn, withStoredJudgement } from './crawl-goal.ts';
