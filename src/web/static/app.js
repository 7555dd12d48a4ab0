// Starts GOV.UK Frontend's components (service navigation toggle, skip link, error summary focus).
import { initAll } from '/assets/govuk-frontend.min.js';
initAll();
