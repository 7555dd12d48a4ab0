/**
 * Writes the text of a program document from its plan: every label in the
 * plan (validity, regional link, action plan, sustainability, details) is
 * expressed in the text in one of many real-world wordings, and nothing in
 * the text contradicts it.
 */
import type { Rng } from './prng.ts';
import type { DocumentSpec } from './render-documents.ts';
import type { SimMunicipality } from './sim-types.ts';
import type { ProgramPlan } from './program-plan.ts';
import * as bank from './phrase-bank.ts';

/** A titled run of paragraphs; documents put one or two per page, HTML renders them in order. */
export interface TextSection {
  heading: string | null;
  paragraphs: string[];
}

export interface Fill {
  [key: string]: string | number;
}

/** Replaces {key} placeholders; {Prog} is {prog} with a capital. */
export function fill(template: string, values: Fill): string {
  return template.replace(/\{([A-Za-zåäö0-9]+)\}/g, (whole, key: string) => {
    if (key === 'Prog') {
      const p = String(values.prog ?? 'programmet');
      return p.charAt(0).toUpperCase() + p.slice(1);
    }
    const v = values[key];
    return v === undefined ? whole : String(v);
  });
}

function swedishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${bank.MONTHS[Number(m) - 1] ?? 'januari'} ${y}`;
}

function adoptionLine(plan: ProgramPlan, rng: Rng): string {
  if (plan.isDraft || !plan.adoptedDate) {
    return rng.pick(['Remissversion', 'FÖRSLAG – ej antaget', 'Utkast för dialog', 'Förslag till kommunfullmäktige']);
  }
  const d = plan.adoptedDate;
  const n = plan.paragraph;
  if (plan.adoptedBy === 'kommunstyrelsen') {
    return rng.pick([`Antagen av kommunstyrelsen ${d} § ${n}`, `Beslutad av kommunstyrelsen ${d}, § ${n}`, `KS ${d} § ${n}`, `Fastställd av kommunstyrelsen den ${swedishDate(d)}`]);
  }
  return rng.pick([
    `Antagen av kommunfullmäktige ${d} § ${n}`,
    `Antagen av KF ${d}, § ${n}`,
    `KF ${d} § ${n}`,
    `Fastställd av kommunfullmäktige den ${swedishDate(d)}`,
    `Beslutad av kommunfullmäktige ${d} (§ ${n})`,
  ]);
}

function validitySentence(plan: ProgramPlan, rng: Rng): string | null {
  const { validFrom: a, validTo: b } = plan;
  switch (plan.validityForm) {
    case 'range-title':
      if (rng.chance(0.4)) return null; // the title carries the range
    // falls through
    case 'range-text':
      return rng.pick([
        `{Prog} gäller för perioden ${a}–${b}.`,
        `{Prog} avser åren ${a} till ${b}.`,
        `Programperiod: ${a}-${b}.`,
        `{Prog} omfattar perioden ${a}–${b}.`,
        `{Prog} gäller ${a}–${b} och ersätter tidigare styrdokument på området.`,
      ]);
    case 'until-further-notice':
      return rng.pick(['{Prog} gäller tills vidare.', 'Giltighetstid: tills vidare.', '{Prog} gäller från antagandet och tills vidare.']);
    case 'mandate-explicit':
      return rng.pick([`{Prog} gäller för mandatperioden ${a}–${b}.`, `{Prog} avser mandatperioden ${a}-${b}.`]);
    case 'mandate-current':
      return rng.pick(['{Prog} gäller för innevarande mandatperiod.', '{Prog} ska gälla under innevarande mandatperiod.']);
    case 'target-year':
      return rng.pick([`{Prog} pekar ut riktningen fram till år ${b}.`, `{Prog} har ett långsiktigt perspektiv fram till ${b}.`]);
    case 'until-year':
      return rng.pick([`{Prog} gäller till och med ${b}.`, `Giltighet: t.o.m. ${b}.`, `{Prog} gäller t.o.m. ${b}.`]);
  }
}

/** Writes the sections of a program; the first section is the title page. */
export function programSections(plan: ProgramPlan, muni: SimMunicipality, rng: Rng): TextSection[] {
  const kommun = `${muni.name} kommun`;
  const goalYear = plan.validTo ?? (plan.validFrom ?? 2017) + 4;
  const values: Fill = {
    kommun,
    namn: muni.name,
    prog: plan.selfWord,
    län: muni.countyName,
    rus: plan.regionalReference ?? 'den regionala utvecklingsstrategin',
    samverkan: plan.regionalReference ?? 'samverkan med grannkommunerna',
    år: plan.validFrom ?? 2017,
    rev: plan.revisionYear ?? '',
    målår: goalYear,
    basår: (plan.validFrom ?? 2016) - 1,
    nki: rng.pick([68, 70, 72, 75]),
    proc: rng.pick([5, 10, 15, 20]),
    dec: rng.int(2, 8),
    veckor: rng.pick([4, 6, 8]),
    antal: rng.int(8, 60) * 100,
    antal2: rng.int(3, 40) * 1000,
    antal3: rng.int(2, 20) * 100,
    statår: (plan.validFrom ?? 2017) - 2,
    besök: rng.pick([20, 40, 50, 100]),
  };
  const f = (t: string): string => fill(t, values);
  const sections: TextSection[] = [];

  const titlePage = [kommun, adoptionLine(plan, rng)];
  if (plan.adoptedDate && rng.chance(0.4)) titlePage.push(`Dnr KS ${plan.adoptedDate.slice(0, 4)}/${rng.int(10, 999)}`);
  sections.push({ heading: null, paragraphs: titlePage });

  const intro: string[] = [f(rng.pick(bank.FOREWORD)), f(rng.pick(bank.PURPOSE))];
  intro.push(f(rng.pick(plan.writtenWithBusiness ? bank.WITH_BUSINESS : bank.WITHOUT_BUSINESS)));
  const validity = validitySentence(plan, rng);
  if (validity) intro.splice(rng.int(1, intro.length), 0, f(validity));
  // At most one passing "hållbar" in a program without emphasis (some RUS names already carry one).
  if (plan.sustainability === false && rng.chance(0.4) && !/hållbar/i.test(plan.regionalReference ?? '')) intro.push(f(rng.pick(bank.PASSING_HALLBAR)));
  sections.push({ heading: rng.pick(['Inledning', 'Förord', 'Bakgrund och syfte']), paragraphs: intro });

  const links: string[] = [f(rng.pick(bank.LOCAL_LINK))];
  if (plan.regionalLink === 'rus') {
    links.push(f(rng.pick(plan.regionalGeneric ? bank.RUS_LINK_GENERIC : bank.RUS_LINK)));
    if (rng.chance(0.3)) links.push(f(rng.pick(bank.COLLAB_LINK_GENERIC)));
  } else if (plan.regionalLink === 'intermunicipal') {
    links.push(f(rng.pick(plan.regionalGeneric ? bank.COLLAB_LINK_GENERIC : bank.COLLAB_LINK)));
  }
  sections.push({ heading: plan.regionalLink === 'none' ? 'Koppling till kommunens styrdokument' : rng.pick(['Koppling till andra styrdokument', 'Regional samverkan och omvärld']), paragraphs: links });

  sections.push({ heading: 'Vision', paragraphs: [f(rng.pick(bank.VISION))] });
  sections.push({ heading: rng.pick(['Nuläge', 'Näringslivet i dag', 'Utgångsläge']), paragraphs: rng.sample(bank.SITUATION, 3).map(f) });

  const areas = rng.sample(bank.GOAL_AREAS, rng.int(3, 5));
  if (plan.sustainability) areas.push('Hållbart näringsliv');
  areas.forEach((area, i) => {
    const paragraphs = [f(rng.pick(bank.AREA_TEXT))];
    if (area === 'Hållbart näringsliv') {
      paragraphs.push(f('Vi ska stödja företagens omställning och arbeta för att fler gröna jobb skapas i kommunen.'));
    } else if (plan.goalsMeasurable && i < 3) {
      const [goal] = bank.MEASURABLE_GOALS[(i + rng.int(0, 6)) % bank.MEASURABLE_GOALS.length] ?? ['', ''];
      paragraphs.push(`Mål: ${f(goal)}`);
    } else {
      paragraphs.push(`Mål: ${f(rng.pick(bank.SOFT_GOALS))}`);
    }
    if (plan.withProcessGoals && i === 0) paragraphs.push(`Processmål: ${f(rng.pick(bank.PROCESS_GOALS))}`);
    sections.push({ heading: `${rng.chance(0.5) ? `Målområde ${i + 1}: ` : ''}${area}`, paragraphs });
  });

  if (plan.sustainability) {
    const paragraphs = rng.sample(bank.SUSTAINABILITY, 3).map(f);
    const [m1, m2] = plan.agenda2030Goals;
    if (m1 !== undefined && m2 !== undefined) {
      paragraphs.push(fill(rng.pick(bank.AGENDA_2030), { ...values, m1, m2, m1text: bank.GLOBAL_GOAL_TEXT[m1] ?? '' }));
    }
    sections.push({ heading: rng.pick(['Hållbar utveckling', 'Hållbarhet – ett genomgående perspektiv', 'Social, ekologisk och ekonomisk hållbarhet']), paragraphs });
  }

  const implementation: string[] = [];
  if (plan.actionPlan === 'linked') {
    const yearly = [bank.ACTION_LINKED[0], bank.ACTION_LINKED[1], bank.ACTION_LINKED[3]].filter((s): s is string => s !== undefined);
    const once = [bank.ACTION_LINKED[2] ?? '', 'Till {prog} hör en separat handlingsplan som anger ansvar och tidsplan.'];
    implementation.push(f(rng.pick(plan.yearlyActivities ? yearly : once)));
  } else {
    implementation.push(f(rng.pick(['Näringslivsenheten samordnar arbetet med {prog}.', 'Kommunstyrelsen har det övergripande ansvaret för {prog}.'])));
  }
  implementation.push(f(rng.pick(bank.FOLLOW_UP)));
  if (plan.revisionYear !== null) implementation.push(f(rng.pick(bank.REVISION)));
  if (plan.goalsMeasurable) implementation.push('Indikatorer som följs: Svenskt Näringslivs ranking, NKI för företagsservice och antal nystartade företag.');
  sections.push({ heading: rng.pick(['Genomförande och uppföljning', 'Uppföljning', 'Ansvar och uppföljning']), paragraphs: implementation });

  if (plan.actionPlan === 'included') {
    const start = plan.validFrom ?? 2017;
    const heading = rng.pick(['Handlingsplan', 'Aktivitetsplan', 'Åtgärder']);
    const activities = rng.sample(bank.ACTIVITIES, 6);
    if (plan.yearlyActivities) {
      const paragraphs: string[] = [];
      for (let y = 0; y < 3; y++) {
        paragraphs.push(`Aktiviteter ${start + y}:`);
        for (const a of activities.slice(y * 2, y * 2 + 2)) paragraphs.push(`${a}. Ansvarig: ${rng.pick(bank.RESPONSIBLE)}. Tid: ${start + y}.`);
      }
      sections.push({ heading, paragraphs });
    } else {
      sections.push({
        heading,
        paragraphs: activities.slice(0, 4).map((a) => `${a}. Ansvarig: ${rng.pick(bank.RESPONSIBLE)}. Tid: ${rng.pick(['löpande', 'hösten', 'våren', 'årligen under perioden'])}.`),
      });
    }
  }
  if (rng.chance(0.3) && plan.adoptedDate) sections.push({ heading: null, paragraphs: [`Produktion: Kommunikationsenheten, ${kommun}, ${bank.MONTHS[rng.int(0, 11)]} ${plan.adoptedDate.slice(0, 4)}.`] });
  return sections;
}

/** Lays sections out on pages (title page first, then one or two sections a page). */
export function sectionsToSpec(title: string, sections: TextSection[], muni: SimMunicipality, rng: Rng): DocumentSpec {
  const pages: string[][] = [];
  const [first, ...rest] = sections;
  pages.push([`# ${title}`, ...(first?.paragraphs ?? [])]);
  let current: string[] = [];
  for (const section of rest) {
    if (section.heading) current.push(`# ${section.heading}`);
    current.push(...section.paragraphs);
    if (current.length > 5 || rng.chance(0.5)) {
      pages.push(current);
      current = [];
    }
  }
  if (current.length > 0) pages.push(current);
  return { title, pages, header: `${muni.name} kommun`, footer: title, author: `${muni.name} kommun` };
}
