// Starts the NHS.UK frontend components (header menu, error summary focus, checkboxes, ...).
// nhsuk-frontend 10 ships an ES module, so this file is loaded with type="module".
import { initAll } from '/nhsuk/nhsuk-frontend.min.js';

initAll();
document.documentElement.dataset.nhsukInit = 'done';
