/** The classify stage: Swedish text → explainable judgements with evidence. Only public surface of src/classify. */
export { classifyDocument } from './classify-document.ts';
export type { ClassifyContext } from './classify-document.ts';
export { explainClassification } from './explain.ts';
export { isValidInYear } from './is-valid-in-year.ts';
export type { YearValidity } from './is-valid-in-year.ts';
export { matchRegionalReference } from './regional-reference.ts';
export type { RegionalReference } from './regional-reference.ts';
