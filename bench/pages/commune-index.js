// Builds the commune index in the page, as the first search of a commune field does: the first build of
// a fresh page is "cold" (the engine has not compiled the code yet), the next ones are warm.
import { CommuneIndex } from '/packages/referentiels/dist/communes/commune-index.js';
import { COMMUNES } from '/packages/referentiels/dist/data/communes.js';

window.buildIndex = () => {
  const start = performance.now();
  const index = new CommuneIndex(COMMUNES, () => '');
  const elapsed = performance.now() - start;
  return index.size > 0 ? elapsed : -1;
};
window.benchReady = Promise.resolve();
