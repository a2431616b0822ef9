import { ensureBuilt } from '../support/siteUnderTest.ts';

/** Builds the site once if dist/ is missing (npm test builds it in an earlier step). */
export default function setup(): void {
  ensureBuilt();
}
