/** All sites of the second blind website set, in truth.csv order. */
import type { SiteOut } from './lib.ts';
import { alvesta, enkoping, gislaved, haninge, motala, vimmerby } from './sites-a.ts';
import { ale, kil, klippan, kungsbacka, olofstrom } from './sites-b.ts';
import { alvkarleby, forshaga, ljusdal, robertsfors, vansbro } from './sites-c.ts';

export function buildSites(): SiteOut[] {
  return [haninge(), alvkarleby(), enkoping(), motala(), gislaved(), alvesta(), vimmerby(), olofstrom(), klippan(), kungsbacka(), ale(), kil(), forshaga(), vansbro(), ljusdal(), robertsfors()];
}
