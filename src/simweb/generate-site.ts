/**
 * Builds one municipal website (resources keyed by path) and its ground
 * truth from a recipe. Text and bytes are produced lazily from their own
 * seeded streams, so building all 290 sites is cheap and deterministic.
 */
import type { MunicipalityStatus } from '../domain/index.ts';
import { createRng, hashSeed, type Rng } from './prng.ts';
import type { DocumentSpec } from './render-documents.ts';
import type { Block, ExpectedProgram, LinkSpec, LookalikeDoc, PageSpec, Resource, SimMunicipality, SimSite, SiteTemplateName, SiteTruth, Unreachability } from './sim-types.ts';
import { planProgram, type PlanInputs, type ProgramPlan } from './program-plan.ts';
import { programSections, sectionsToSpec, fill, type TextSection } from './program-document.ts';
import { documentKindOf, lookalikeText, lookalikeTitle, type LookalikeKind } from './lookalike-documents.ts';
import { fileName, slugify, templateFor, type FileNaming } from './site-templates.ts';
import { FIRST_NAMES, LAST_NAMES, LIBRARY_HEADINGS, LIBRARY_TITLES, SECTION_PAGES, SECTION_TITLES, type SectionKey } from './site-content.ts';
import * as bank from './phrase-bank.ts';

export interface SiteRecipe {
  muni: SimMunicipality;
  status: MunicipalityStatus;
  unreachable: Unreachability | null;
  /** Programs on the site; status 'program_found' has exactly one with role 'valid'. */
  programs: PlanInputs[];
  sitemap: 'none' | 'single' | 'index';
  hugeVideo: boolean;
  hugePdf: boolean;
}

/** Encodes a decoded path the way `new URL(...).pathname` does. */
export function encodePath(path: string): string {
  return encodeURI(path);
}

export function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function isoDate(year: number, rng: Rng): string {
  return `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

function sectionsToBlocks(sections: TextSection[]): Block[] {
  const blocks: Block[] = [];
  for (const s of sections) {
    if (s.heading) blocks.push({ kind: 'h2', text: s.heading });
    for (const p of s.paragraphs) blocks.push({ kind: 'p', text: p });
  }
  return blocks;
}

export function generateSite(recipe: SiteRecipe, year: number, seed: number): { site: SimSite; truth: SiteTruth } {
  const { muni } = recipe;
  const rng = createRng(hashSeed(seed, muni.code, 'site'));
  const templateName = rng.weighted<SiteTemplateName>([['sitevision', 40], ['episerver', 25], ['drupal', 15], ['wordpress', 20]]);
  const t = templateFor(templateName, rng);
  const naming = rng.weighted<FileNaming>([['ascii-dash', 4], ['raw-swedish', 3], ['lower-underscore', 2], ['dnr', 1]]);
  const kommun = `${muni.name} kommun`;
  const resources = new Map<string, Resource>();
  const features: string[] = [`template-${templateName}`, `naming-${naming}`];
  const lastMod = (): string => isoDate(year, rng);
  /** Lazily built content gets its own stream: independent of request order. */
  const lazyRng = (path: string): Rng => createRng(hashSeed(seed, muni.code, path));

  const truth: SiteTruth = {
    code: muni.code,
    expectedStatus: recipe.status,
    validPrograms: [],
    otherProgramDocs: [],
    lookalikePaths: [],
    disallowedPaths: [],
    lookalikes: [],
    template: templateName,
    features,
    hugePaths: [],
    trapPaths: [],
  };

  // --- sections and menu
  const keys: SectionKey[] = ['naringsliv', 'politik', 'bygga', 'omsorg', 'uppleva', 'utbildning'];
  const sectionTitle = {} as Record<SectionKey, string>;
  const sectionSlug = {} as Record<SectionKey, string>;
  for (const k of keys) {
    sectionTitle[k] = rng.pick(SECTION_TITLES[k]);
    sectionSlug[k] = templateName === 'episerver' && k === 'politik' && rng.chance(0.5) ? 'kommun--politik' : slugify(sectionTitle[k]);
  }
  const menu: LinkSpec[] = rng.shuffle(keys).map((k) => ({ href: t.sectionPath(sectionSlug[k]), text: sectionTitle[k] }));
  const home: LinkSpec = { href: t.startPath, text: 'Startsida' };
  const extraLinks: Record<SectionKey, LinkSpec[]> = { naringsliv: [], politik: [], bygga: [], omsorg: [], uppleva: [], utbildning: [] };
  const libraryRows: Array<{ link: LinkSpec; type: string; date: string }> = [];
  const sitemapExtra: string[] = [];
  const naringslivBlocks: Block[] = [];

  const addPage = (path: string, build: () => PageSpec, extra: Partial<Resource> = {}): void => {
    resources.set(path, { kind: 'page', build, lastModified: lastMod(), ...extra } as Resource);
  };
  const addDocument = (path: string, format: 'pdf' | 'docx', build: () => DocumentSpec, lastModified: string, extra: Partial<Resource> = {}): void => {
    resources.set(path, { kind: 'document', format, build, lastModified, ...extra } as Resource);
  };
  /** The href a page uses for a document: sometimes a redirecting short link. */
  const docHref = (path: string, title: string): string => {
    if (rng.chance(0.15)) {
      const short = `/dokument/${slugify(title)}`;
      resources.set(short, { kind: 'redirect', status: 302, location: path, lastModified: lastMod() });
      if (!features.includes('doc-redirect')) features.push('doc-redirect');
      return short;
    }
    return path;
  };
  const ctLie = (): Partial<Resource> => {
    if (rng.chance(0.06)) {
      if (!features.includes('content-type-lie')) features.push('content-type-lie');
      return { contentType: rng.pick(['application/octet-stream', 'text/html; charset=utf-8', 'application/force-download']) };
    }
    return {};
  };

  // --- programs
  const plans: ProgramPlan[] = recipe.programs.map((inputs) => planProgram(inputs, muni, year, rng));
  const validPlan = plans.find((p) => p.role === 'valid') ?? null;
  const newsAboutProgram: Array<{ title: string; link: LinkSpec | null; plan: ProgramPlan }> = [];
  plans.forEach((plan, index) => {
    const docSeedPath = `program-${index}`;
    const sections = (): TextSection[] => programSections(plan, muni, lazyRng(docSeedPath));
    let path: string;
    if (plan.format === 'html') {
      path = t.pagePath(sectionSlug.naringsliv, slugify(plan.title));
      addPage(path, () => ({
        title: plan.title,
        breadcrumbs: [home, { href: t.sectionPath(sectionSlug.naringsliv), text: sectionTitle.naringsliv }],
        blocks: sectionsToBlocks(sections()),
      }));
    } else {
      path = t.docPath(fileName(plan.title, plan.format, naming, rng), plan.validFrom ?? year, rng);
      addDocument(path, plan.format, () => sectionsToSpec(plan.title, sections(), muni, lazyRng(`${docSeedPath}-layout`)), plan.adoptedDate ?? isoDate(year, rng), ctLie());
    }
    const expected: ExpectedProgram = {
      path: encodePath(path),
      title: plan.title,
      programType: plan.programType,
      validFrom: plan.validFrom,
      validTo: plan.validTo,
      regionalLink: plan.regionalLink,
      actionPlan: plan.actionPlan,
      sustainability: plan.sustainability,
      format: plan.format,
      role: plan.role,
      isDraft: plan.isDraft,
      adoptedBy: plan.adoptedBy,
      adoptedDate: plan.adoptedDate,
      validUntilFurtherNotice: plan.validityForm === 'until-further-notice',
      validityForm: plan.validityForm,
      writtenWithBusiness: plan.writtenWithBusiness,
      yearlyActivities: plan.yearlyActivities,
      goalsMeasurable: plan.goalsMeasurable,
      indicators: plan.goalsMeasurable ? ['Svenskt Näringslivs ranking', 'NKI', 'antal nystartade företag'] : [],
      agenda2030Goals: plan.agenda2030Goals,
      regionalReference: plan.regionalReference,
      placement: plan.placement,
    };
    (plan.role === 'valid' ? truth.validPrograms : truth.otherProgramDocs).push(expected);
    const link: LinkSpec = { href: plan.format === 'html' ? path : docHref(path, plan.title), text: plan.format === 'html' ? plan.title : `${plan.title} (${plan.format.toUpperCase()})` };
    switch (plan.placement) {
      case 'naringsliv':
        naringslivBlocks.push(
          { kind: 'h2', text: plan.role === 'expired' ? 'Tidigare program' : plan.isDraft ? 'Förslag på remiss' : plan.title },
          { kind: 'p', text: plan.role === 'valid' ? fill(rng.pick(bank.PURPOSE), { prog: plan.selfWord, namn: muni.name, kommun }) : 'Dokumentet finns att läsa nedan.', link },
        );
        if (rng.chance(0.4)) libraryRows.push({ link, type: plan.programType === 'other' ? 'Policy' : 'Program', date: plan.adoptedDate ?? '' });
        break;
      case 'library':
        libraryRows.push({ link, type: rng.pick(['Program', 'Strategi', 'Plan']), date: plan.adoptedDate ?? '' });
        break;
      case 'news':
        newsAboutProgram.push({ title: '', link, plan });
        break;
      case 'sitemap':
        sitemapExtra.push(path);
        break;
    }
    if (plan.placement !== 'news' && plan.role === 'valid' && rng.chance(0.6)) newsAboutProgram.push({ title: '', link: null, plan });
  });

  // --- look-alikes
  const lookalikeKinds: LookalikeKind[] = rng.sample(['comprehensive_plan', 'budget', 'minutes', 'regional_strategy', 'tourism', 'rural', 'environment', 'culture', 'housing', 'skills'] as LookalikeKind[], rng.int(3, 7));
  if (validPlan?.actionPlan === 'linked' && rng.chance(0.7)) lookalikeKinds.push('action_plan');
  const ctx = { muni, year, programTitle: validPlan?.title ?? null, programAdopted: validPlan?.adoptedDate ?? null };
  const lookalikeHome: Record<LookalikeKind, SectionKey> = {
    comprehensive_plan: 'bygga', budget: 'politik', minutes: 'politik', regional_strategy: 'naringsliv', tourism: 'uppleva', rural: 'naringsliv', environment: 'bygga', culture: 'uppleva', housing: 'bygga', skills: 'naringsliv', action_plan: 'naringsliv',
  };
  lookalikeKinds.forEach((kind, i) => {
    const title = lookalikeTitle(kind, ctx, rng);
    const format = rng.chance(0.85) ? 'pdf' : 'docx';
    const path = t.docPath(fileName(title, format, naming, rng), year, rng);
    const lr = `lookalike-${i}`;
    addDocument(path, format, () => {
      const text = lookalikeText(kind, title, ctx, lazyRng(lr));
      return sectionsToSpec(text.title, text.sections, muni, lazyRng(`${lr}-layout`));
    }, isoDate(year, rng), ctLie());
    const link = { href: docHref(path, title), text: title };
    extraLinks[lookalikeHome[kind]].push(link);
    if (kind !== 'minutes' && rng.chance(0.6)) libraryRows.push({ link, type: kind === 'regional_strategy' ? 'Regional strategi' : rng.pick(['Plan', 'Program', 'Strategi']), date: isoDate(year - rng.int(0, 3), rng) });
    truth.lookalikes.push({ path: encodePath(path), title, documentKind: documentKindOf(kind), format });
  });

  // --- styrdokument library
  const libraryTitles = rng.sample(LIBRARY_TITLES, rng.int(20, 70));
  libraryTitles.forEach((title, i) => {
    const format = rng.chance(0.9) ? 'pdf' : 'docx';
    const path = t.docPath(fileName(title, format, naming, rng), year - rng.int(0, 6), rng);
    const date = isoDate(year - rng.int(0, 8), rng);
    addDocument(path, format, () => ({
      title,
      pages: [[`# ${title}`, kommun, `Antagen ${date}`, fill(lazyRng(`lib-${i}`).pick(bank.GENERIC_PAGE_TEXT), {}), `Dokumentet gäller för samtliga förvaltningar i ${kommun}.`]],
      header: kommun,
    }), date);
    libraryRows.push({ link: { href: path, text: title }, type: rng.pick(['Policy', 'Reglemente', 'Riktlinje', 'Taxa', 'Plan']), date });
  });
  // A broken link or two, as real libraries have.
  for (let i = 0; i < rng.int(0, 2); i++) libraryRows.push({ link: { href: t.docPath(`borttagen-${i}.pdf`, year, rng), text: rng.pick(LIBRARY_TITLES) }, type: 'Policy', date: isoDate(year - 5, rng) });
  const sortedRows = rng.chance(0.5) ? [...libraryRows].sort((a, b) => a.link.text.localeCompare(b.link.text, 'sv')) : rng.shuffle(libraryRows);
  const libraryHeading = rng.pick(LIBRARY_HEADINGS);
  const libraryPath = t.pagePath(sectionSlug.politik, slugify(libraryHeading));
  extraLinks.politik.unshift({ href: libraryPath, text: libraryHeading });
  addPage(libraryPath, () => ({
    title: libraryHeading,
    breadcrumbs: [home, { href: t.sectionPath(sectionSlug.politik), text: sectionTitle.politik }],
    blocks: [{ kind: 'p', text: `Här hittar du ${kommun}s gällande styrdokument: policyer, planer, program, reglementen och taxor.` }, { kind: 'doclist', rows: sortedRows }],
  }));

  // --- robots-disallowed area with a program-looking PDF (must never be fetched)
  const disallowInternal = rng.chance(0.15);
  if (disallowInternal) {
    const path = `/internt/${fileName('Näringslivsprogram utkast', 'pdf', naming, rng)}`;
    addDocument(path, 'pdf', () => ({ title: 'Näringslivsprogram – internt arbetsmaterial', pages: [['# Näringslivsprogram', 'Internt arbetsmaterial. Programmet gäller för perioden 2016–2020.']] }), isoDate(year, rng));
    extraLinks.naringsliv.push({ href: path, text: 'Näringslivsprogram (internt)' });
    truth.disallowedPaths.push(encodePath(path), '/internt/');
    features.push('robots-disallow-internt');
  }

  // --- news
  const newsCount = rng.int(20, 60);
  const newsItems: Array<{ path: string; title: string; date: string }> = [];
  const programNews = new Set<number>();
  for (let i = 0; i < newsCount; i++) {
    const date = isoDate(year - (i < newsCount / 2 ? 0 : 1), rng);
    const about = newsAboutProgram[i];
    const title = about ? (about.plan.isDraft ? 'Förslag till nytt näringslivsprogram ute på remiss' : rng.pick([`Nytt ${about.plan.programType === 'growth' ? 'tillväxtprogram' : 'näringslivsprogram'} antaget`, 'Kommunfullmäktige har antagit nytt program för näringslivet', `${muni.name} satsar på företagen`])) : fill(rng.pick(bank.NEWS_TOPICS), { ort: muni.name });
    const path = t.newsPath(date, `${slugify(title)}${i > 0 ? `-${i}` : ''}`);
    if (about) programNews.add(i);
    newsItems.push({ path, title, date });
    addPage(path, () => {
      const r = lazyRng(path);
      const blocks: Block[] = [];
      if (about) {
        blocks.push({ kind: 'p', text: `${about.plan.isDraft ? 'Nu går förslaget ut på remiss' : `Kommunfullmäktige har antagit ${about.plan.title.toLowerCase()}`}. Syftet är att förbättra företagsklimatet i ${muni.name}.` });
        blocks.push({ kind: 'p', text: `– Det här är ett viktigt steg för företagen i kommunen, säger kommunstyrelsens ordförande ${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}.`, ...(about.link ? { link: about.link } : {}) });
      } else {
        blocks.push({ kind: 'p', text: fill(r.pick(bank.GENERIC_PAGE_TEXT), {}) }, { kind: 'p', text: fill(r.pick(bank.GENERIC_PAGE_TEXT), {}) });
      }
      return { title, published: date, breadcrumbs: [home, { href: t.newsArchivePath, text: 'Nyheter' }], blocks };
    });
    if (about) {
      truth.lookalikes.push({ path: encodePath(path), title, documentKind: 'news', format: 'html' });
    }
  }
  newsItems.sort((a, b) => b.date.localeCompare(a.date));
  const perPage = 10;
  const archivePages = Math.ceil(newsItems.length / perPage);
  for (let p = 1; p <= archivePages; p++) {
    const path = p === 1 ? t.newsArchivePath : `${t.newsArchivePath.replace(/\/$/, '').replace(/\.html$/, '')}/sida-${p}${t.name === 'sitevision' ? '.html' : t.name === 'drupal' ? '' : '/'}`;
    const next = p < archivePages ? `${t.newsArchivePath.replace(/\/$/, '').replace(/\.html$/, '')}/sida-${p + 1}${t.name === 'sitevision' ? '.html' : t.name === 'drupal' ? '' : '/'}` : null;
    const items = newsItems.slice((p - 1) * perPage, p * perPage);
    addPage(path, () => ({
      title: p === 1 ? 'Nyheter' : `Nyheter – sida ${p}`,
      breadcrumbs: [home],
      blocks: [{ kind: 'links', links: items.map((n) => ({ href: n.path, text: `${n.date} ${n.title}` })) }, ...(next ? [{ kind: 'links' as const, links: [{ href: next, text: 'Nästa sida' }] }] : [])],
    }));
  }
  // Slow news archive on some sites.
  if (rng.chance(0.1)) {
    const archive = resources.get(t.newsArchivePath);
    if (archive) archive.delayMs = rng.int(1000, 2000);
    features.push('slow-page');
  }

  // --- section pages
  const contact = { address: `${kommun}, ${rng.pick(bank.STREETS)} ${rng.int(1, 40)}, ${rng.int(100, 999)} ${rng.int(10, 99)} ${muni.name}`, phone: `0${rng.int(10, 990)}-${rng.int(10, 99)} ${rng.int(10, 99)} 00`, email: `kommun@${slugify(muni.name).replace(/-/g, '')}.se` };
  const webPageTitle = `Företagare i ${muni.name}`;
  for (const k of keys) {
    const pageTitles = rng.sample(SECTION_PAGES[k], rng.int(4, SECTION_PAGES[k].length));
    if (k === 'naringsliv') pageTitles.push(webPageTitle);
    const subLinks: LinkSpec[] = pageTitles.map((title) => ({ href: t.pagePath(sectionSlug[k], slugify(title)), text: title }));
    for (const link of subLinks) {
      const crumbs = [home, { href: t.sectionPath(sectionSlug[k]), text: sectionTitle[k] }];
      if (link.text === webPageTitle) {
        truth.lookalikes.push({ path: encodePath(link.href), title: webPageTitle, documentKind: 'web_page', format: 'html' });
        addPage(link.href, () => ({
          title: webPageTitle,
          breadcrumbs: crumbs,
          blocks: [
            { kind: 'p', text: `Välkommen som företagare i ${muni.name}! Här finns information om företagsservice, upphandling och nätverk.` },
            { kind: 'p', text: 'Näringslivsenheten hjälper dig med kontakter, etableringsfrågor och tillstånd. Vi arbetar för ett bättre företagsklimat och fler jobb.' },
            ...naringslivBlocks,
          ],
        }));
        continue;
      }
      const r = lazyRng(link.href);
      const paragraphs = r.sample(bank.GENERIC_PAGE_TEXT, 3);
      addPage(link.href, () => ({ title: link.text, breadcrumbs: crumbs, blocks: paragraphs.map((text) => ({ kind: 'p' as const, text })) }));
    }
    const blocks: Block[] = [{ kind: 'p', text: fill(rng.pick(bank.GENERIC_PAGE_TEXT), {}) }, { kind: 'links', links: [...subLinks, ...extraLinks[k]] }];
    if (k === 'naringsliv' && rng.chance(0.5)) blocks.push(...naringslivBlocks);
    addPage(t.sectionPath(sectionSlug[k]), () => ({ title: sectionTitle[k], breadcrumbs: [home], blocks }));
  }
  // Old section URL that moved (301).
  const oldNaringsliv = sectionSlug.naringsliv === 'naringsliv' ? '/foretag/' : '/naringsliv/';
  resources.set(oldNaringsliv, { kind: 'redirect', status: 301, location: t.sectionPath(sectionSlug.naringsliv), lastModified: lastMod() });

  // --- huge responses
  if (recipe.hugeVideo) {
    resources.set('/media/film.mp4', { kind: 'huge', bytes: 60 * 1024 * 1024, mime: 'video/mp4', head: '\u0000\u0000\u0000\u0018ftypmp42', lastModified: lastMod() });
    extraLinks.uppleva.push({ href: '/media/film.mp4', text: `Film: Välkommen till ${muni.name}` });
    truth.hugePaths.push('/media/film.mp4');
    features.push('huge-video');
  }
  if (recipe.hugePdf) {
    const path = '/dokument/bilaga.pdf';
    resources.set(path, { kind: 'huge', bytes: 50 * 1024 * 1024, mime: 'application/pdf', head: '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n', lastModified: lastMod() });
    extraLinks.politik.push({ href: path, text: 'Bilaga till kommunfullmäktiges protokoll (PDF, 50 MB)' });
    truth.hugePaths.push(path);
    features.push('huge-pdf');
  }

  // --- flaky pages (500 first, then fine)
  if (rng.chance(0.1)) {
    const target = resources.get(t.sectionPath(sectionSlug[rng.pick(keys)]));
    if (target) target.flakyFailures = rng.int(1, 2);
    features.push('flaky-500');
  }

  // --- traps
  const deepTrapPrefix = rng.chance(0.06) ? '/arkiv/' : null;
  const sessionIds = templateName === 'sitevision' && rng.chance(0.3);
  if (sessionIds) features.push('session-ids');
  truth.trapPaths.push(t.calendarPath, t.searchPath);
  if (deepTrapPrefix) {
    truth.trapPaths.push(deepTrapPrefix);
    features.push('deep-trap');
  }

  // --- start page
  const startBlocks: Block[] = [
    { kind: 'p', text: `Välkommen till ${kommun}!` },
    { kind: 'links', heading: 'Aktuellt', links: [...newsItems.slice(0, 4).map((n) => ({ href: n.path, text: n.title })), { href: t.newsArchivePath, text: 'Fler nyheter' }] },
    {
      kind: 'links',
      heading: 'Genvägar',
      links: [
        { href: t.calendarPath, text: 'Evenemangskalender' },
        { href: `${t.searchPath}?q=bygglov`, text: 'Sök: bygglov' },
        { href: libraryPath, text: libraryHeading },
        { href: 'https://www.facebook.com/', text: 'Följ oss på Facebook' },
        { href: `/${rng.pick(['felanmalan', 'e-tjanster'])}/`, text: 'E-tjänster och felanmälan' },
        ...(deepTrapPrefix ? [{ href: `${deepTrapPrefix}dokument/`, text: 'Arkiv' }] : []),
      ],
    },
  ];
  addPage(t.startPath, () => ({ title: kommun, breadcrumbs: [], blocks: startBlocks }));
  if (t.startPath !== '/') {
    resources.set('/', { kind: 'redirect', status: 301, location: t.startPath, lastModified: lastMod() });
    features.push('start-redirect');
  }

  // --- sitemap and robots
  const staticPaths = [...resources.entries()].filter(([p, r]) => (r.kind === 'page' || r.kind === 'document') && !p.startsWith('/internt/')).map(([p]) => p);
  const sitemapUrls = recipe.sitemap === 'none' ? [] : staticPaths.filter((p) => sitemapExtra.includes(p) || rng.chance(0.9));
  const urlset = (paths: string[]): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths.map((p) => `  <url><loc>{origin}${encodePath(p).replace(/&/g, '&amp;')}</loc></url>`).join('\n')}\n</urlset>\n`;
  if (recipe.sitemap === 'single') {
    resources.set('/sitemap.xml', { kind: 'text', mime: 'application/xml', body: urlset(sitemapUrls), lastModified: lastMod() });
    features.push('sitemap');
  } else if (recipe.sitemap === 'index') {
    const half = Math.ceil(sitemapUrls.length / 2);
    resources.set('/sitemap.xml', {
      kind: 'text',
      mime: 'application/xml',
      body: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <sitemap><loc>{origin}/sitemap-1.xml</loc></sitemap>\n  <sitemap><loc>{origin}/sitemap-2.xml</loc></sitemap>\n</sitemapindex>\n`,
      lastModified: lastMod(),
    });
    resources.set('/sitemap-1.xml', { kind: 'text', mime: 'application/xml', body: urlset(sitemapUrls.slice(0, half)), lastModified: lastMod() });
    resources.set('/sitemap-2.xml', { kind: 'text', mime: 'application/xml', body: urlset(sitemapUrls.slice(half)), lastModified: lastMod() });
    features.push('sitemap-index');
  }
  let robotsTxt: string | null = null;
  // Sites whose program is only in the sitemap always announce it.
  const noRobots = recipe.sitemap === 'none' && !disallowInternal && rng.chance(0.08);
  if (!noRobots) {
    const lines = ['User-agent: *'];
    if (disallowInternal) lines.push('Disallow: /internt/');
    if (rng.chance(0.3)) {
      lines.push(`Disallow: ${t.searchPath}`);
      truth.disallowedPaths.push(t.searchPath);
      features.push('robots-disallow-search');
    }
    if (rng.chance(0.05)) {
      lines.push('Crawl-delay: 2');
      features.push('crawl-delay');
    }
    if (lines.length === 1) lines.push('Disallow:');
    lines.push('', 'User-agent: BadBot', 'Disallow: /');
    if (recipe.sitemap !== 'none') lines.push('', 'Sitemap: {origin}/sitemap.xml');
    robotsTxt = `${lines.join('\n')}\n`;
  } else {
    features.push('no-robots');
  }

  const site: SimSite = {
    code: muni.code,
    name: muni.name,
    template: templateName,
    unreachable: recipe.unreachable,
    resources,
    menu,
    footer: contact,
    cookieBanner: rng.chance(0.7),
    sessionIds,
    calendarPath: t.calendarPath,
    searchPath: t.searchPath,
    deepTrapPrefix,
    robotsTxt,
  };
  if (recipe.unreachable) {
    features.push(`unreachable-${recipe.unreachable}`);
    // An unreachable site has nothing to find.
    truth.validPrograms = [];
    truth.otherProgramDocs = [];
  }
  truth.lookalikePaths = truth.lookalikes.map((l) => l.path);
  return { site, truth };
}
