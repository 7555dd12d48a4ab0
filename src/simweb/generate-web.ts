/**
 * Deals statuses and program properties to the municipalities in the 2017
 * inventory's proportions (exact quotas, shuffled by seed), then builds each
 * site. Pure and deterministic: same options → same web, same bytes.
 */
import type { ActionPlan, MunicipalityStatus, ProgramType, RegionalLink } from '../domain/index.ts';
import { createRng, dealByQuota, hashSeed } from './prng.ts';
import type { ProgramPlacement, SimWeb, SimWebOptions, Unreachability } from './sim-types.ts';
import type { PlanInputs } from './program-plan.ts';
import { generateSite, type SiteRecipe } from './generate-site.ts';

/** Share of municipalities per status (≈45 % with a valid program, ≈10 % only expired/future, ≈1.5 % unreachable). */
export const STATUS_SHARES: ReadonlyArray<readonly [MunicipalityStatus, number]> = [
  ['program_found', 45],
  ['only_expired_or_future', 10],
  ['unreachable', 1.5],
  ['none_found', 43.5],
];

export function generateWeb(options: SimWebOptions): SimWeb {
  const { seed, year, municipalities } = options;
  const n = municipalities.length;
  const rng = createRng(hashSeed(seed, 'web', year, n));
  const statuses = dealByQuota(rng, n, STATUS_SHARES);
  const withProgram = statuses.filter((s) => s === 'program_found').length;
  // Proportions among valid programs, from the 2017 inventory: 81/11/24 names, RUS 10 %, intermunicipal 25 %.
  const types = dealByQuota<ProgramType>(rng, withProgram, [['business', 81], ['growth', 11], ['other', 24]]);
  const links = dealByQuota<RegionalLink>(rng, withProgram, [['rus', 10], ['intermunicipal', 25], ['none', 65]]);
  const plans = dealByQuota<ActionPlan>(rng, withProgram, [['included', 30], ['linked', 30], ['none', 40]]);
  const sustain = dealByQuota<boolean>(rng, withProgram, [[true, 30], [false, 70]]);
  const formats = dealByQuota<'pdf' | 'docx' | 'html'>(rng, withProgram, [['pdf', 60], ['docx', 15], ['html', 25]]);
  const placements = dealByQuota<ProgramPlacement>(rng, withProgram, [['naringsliv', 50], ['library', 28], ['news', 12], ['sitemap', 10]]);
  const unreachables = dealByQuota<Unreachability>(rng, statuses.filter((s) => s === 'unreachable').length, [['closed-port', 1], ['start-500', 1], ['start-404', 1]]);
  // Oversized responses on a few reachable sites (at least one once the web has 10 sites).
  const hugeCount = n >= 10 ? Math.max(1, Math.round(n * 0.02)) : 0;
  const reachable = statuses.map((s, i) => (s === 'unreachable' ? -1 : i)).filter((i) => i >= 0);
  const hugeVideo = new Set(rng.sample(reachable, hugeCount));
  const hugePdf = new Set(rng.sample(reachable, hugeCount));

  let p = 0;
  let u = 0;
  const sites = municipalities.map((muni, i) => {
    const status = statuses[i] ?? 'none_found';
    const r = createRng(hashSeed(seed, muni.code, 'recipe'));
    const programs: PlanInputs[] = [];
    const randomInputs = (role: PlanInputs['role']): PlanInputs => ({
      role,
      programType: r.weighted<ProgramType>([['business', 81], ['growth', 11], ['other', 24]]),
      regionalLink: r.weighted<RegionalLink>([['rus', 10], ['intermunicipal', 25], ['none', 65]]),
      actionPlan: r.weighted<ActionPlan>([['included', 30], ['linked', 30], ['none', 40]]),
      sustainability: r.chance(0.3),
      format: r.weighted<'pdf' | 'docx' | 'html'>([['pdf', 70], ['docx', 20], ['html', 10]]),
      placement: r.weighted<ProgramPlacement>([['naringsliv', 50], ['library', 40], ['news', 10]]),
    });
    if (status === 'program_found') {
      programs.push({
        role: 'valid',
        programType: types[p] ?? 'business',
        regionalLink: links[p] ?? 'none',
        actionPlan: plans[p] ?? 'none',
        sustainability: sustain[p] ?? false,
        format: formats[p] ?? 'pdf',
        placement: placements[p] ?? 'naringsliv',
      });
      p++;
      if (r.chance(0.3)) programs.push(randomInputs('expired'));
      if (r.chance(0.1)) programs.push(randomInputs('draft'));
      if (r.chance(0.05)) programs.push(randomInputs('future'));
    } else if (status === 'only_expired_or_future') {
      programs.push(randomInputs(r.chance(0.75) ? 'expired' : 'future'));
      if (r.chance(0.2)) programs.push(randomInputs('draft'));
    }
    const needsSitemap = programs.some((x) => x.placement === 'sitemap');
    const recipe: SiteRecipe = {
      muni,
      status,
      unreachable: status === 'unreachable' ? (unreachables[u++] ?? 'start-500') : null,
      programs,
      sitemap: needsSitemap ? r.pick(['single', 'index'] as const) : r.weighted([['none', 35], ['single', 45], ['index', 20]] as const),
      hugeVideo: hugeVideo.has(i),
      hugePdf: hugePdf.has(i),
    };
    return generateSite(recipe, year, seed);
  });
  return { options, truth: sites.map((s) => s.truth), sites: sites.map((s) => s.site) };
}
