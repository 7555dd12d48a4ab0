/** isProgram, programType, title and look-alikes on varied Swedish wording; bad input never throws. */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.ts';
import { BODY_PAGE, extracted } from './document-factory.ts';

const cover = (title: string, extra = 'Antagen av kommunfullmäktige 2019-04-23 § 51'): string => `Exempelby kommun\n${title}\n${extra}`;

describe('classifyDocument: programs and their type', () => {
  const cases: Array<[string, 'business' | 'growth' | 'other']> = [
    ['Näringslivsprogram 2016–2020', 'business'],
    ['Näringslivsstrategi 2030', 'business'],
    ['Strategi för näringslivsutveckling', 'business'],
    ['Program för näringslivet i Exempelby', 'business'],
    ['Utvecklingsprogram för näringslivet', 'business'],
    ['Näringslivs- och tillväxtstrategi', 'business'],
    ['Tillväxtprogram för näringslivet', 'growth'],
    ['Tillväxtstrategi för Exempelby kommun', 'growth'],
    ['Strategi för hållbar tillväxt', 'growth'],
    ['Näringslivspolicy', 'other'],
    ['Näringslivsplan 2021–2024', 'other'],
    ['Handlingsprogram för näringslivet', 'other'],
    ['Program för företagande och entreprenörskap', 'other'],
    ['Företagsklimatstrategi', 'other'],
    ['Plan för näringslivsarbetet', 'other'],
    ['Näringslivsutvecklingsprogram 2017–2021', 'business'],
    ['Riktlinjer för näringslivsarbetet', 'other'],
    ['Tillväxtagenda för Exempelby', 'other'],
    ['Jobb- och tillväxtstrategi', 'growth'],
    ['Strategi för ett starkt näringsliv', 'business'],
  ];
  for (const [title, type] of cases) {
    it(`"${title}" is a ${type} program`, () => {
      const c = classifyDocument(extracted([cover(title), BODY_PAGE]));
      expect(c.isProgram).toBe(true);
      expect(c.programType).toBe(type);
      expect(c.title).toBe(title);
      expect(c.details.documentKind).toBe('program');
      expect(c.evidence.find((e) => e.aspect === 'isProgram')?.page).toBe(1);
    });
  }

  it('takes the title from metadata when the page shows none, and strips site names', () => {
    const c = classifyDocument(extracted([BODY_PAGE, BODY_PAGE], { title: 'Näringslivsprogram för Exempelby – Exempelby kommun', format: 'html' }));
    expect(c.isProgram).toBe(true);
    expect(c.title).toBe('Näringslivsprogram för Exempelby');
  });

  it('prefers the name on the page over file-like metadata and site prefixes', () => {
    const a = classifyDocument(extracted(['Exempelby kommun\nNäringslivsprogram 2016–2020\nAntagen av kommunfullmäktige 2016-02-01', BODY_PAGE], { title: 'Microsoft Word - nlp_slutversion_2.docx' }));
    expect(a.title).toBe('Näringslivsprogram 2016–2020');
    const b = classifyDocument(extracted(['Exempelby kommun | Program för näringslivet i Exempelby kommun\n\nProgram för näringslivet i Exempelby kommun\nAntagen av kommunfullmäktige: 2008-03-19', BODY_PAGE]));
    expect(b.title).toBe('Program för näringslivet i Exempelby kommun');
  });

  it('finds the name on page 2 behind a bare cover page', () => {
    const c = classifyDocument(extracted(['Exempelby kommun', 'Näringslivsstrategi\nFör ett växande Exempelby 2018–2025\nAntagen av kommunfullmäktige 2018-01-29', BODY_PAGE]));
    expect(c.isProgram).toBe(true);
    expect(c.title).toBe('Näringslivsstrategi');
    expect([c.validFrom, c.validTo]).toEqual([2018, 2025]);
  });

  it('reads through hyphenation, letter spacing and mojibake', () => {
    const c = classifyDocument(extracted([`Exempelby kommun\nN Ã¤ r i n g s l i v s p r o g r a m\nAntagen av kommunfullmäktige 2015-02-10`, `Detta närings-\nlivsprogram gäller för perioden 2015–2018.\n${BODY_PAGE}`]));
    expect(c.isProgram).toBe(true);
    expect(c.programType).toBe('business');
    expect([c.validFrom, c.validTo]).toEqual([2015, 2018]);
  });

  it('a cover table of metadata: body, date and "tills vidare"', () => {
    const c = classifyDocument(extracted(['Exempelby kommun\nNÄRINGSLIVSPOLICY\nDokumenttyp: Policy\nBeslutsinstans: Kommunfullmäktige\nBeslutsdatum: 2013-11-25 § 112\nGiltighetstid: Tills vidare', BODY_PAGE]));
    expect(c.isProgram).toBe(true);
    expect(c.programType).toBe('other');
    expect(c.details.adoptedBy).toBe('kommunfullmäktige');
    expect([c.validFrom, c.validTo, c.details.validUntilFurtherNotice]).toEqual([2013, null, true]);
  });

  it('a program that says "Programmet har antagits av …" is not news', () => {
    const c = classifyDocument(extracted(['Näringslivsstrategi för Exempelby kommun 2020–2024\nProgrammet har antagits av tillväxtnämnden (§ 170/19).', BODY_PAGE], { format: 'text' }));
    expect(c.isProgram).toBe(true);
    expect(c.details.adoptedBy).toBe('tillväxtnämnden');
  });

  it('a draft (remissversion) is a program with isDraft', () => {
    const c = classifyDocument(extracted([`Remissversion 2019-05-02\nFörslag till näringslivsstrategi för Exempelby kommun\nSynpunkter lämnas senast 15 juni`, BODY_PAGE]));
    expect(c.isProgram).toBe(true);
    expect(c.details.isDraft).toBe(true);
    expect(c.evidence.some((e) => e.aspect === 'draft' && e.page === 1)).toBe(true);
  });
});

describe('classifyDocument: look-alikes are not programs', () => {
  const lookAlikes: Array<[string, string[], string]> = [
    ['comprehensive_plan', ['Översiktsplan 2030 för Exempelby kommun\nSamrådshandling', `Näringsliv\nKommunen ska ha god beredskap av verksamhetsmark för företagen. ${BODY_PAGE}`], 'comprehensive plan with a business chapter'],
    ['budget', ['Mål och budget 2018 med plan för 2019–2020\nExempelby kommun', `Näringslivet\nKommunens näringslivsprogram ska genomföras. ${BODY_PAGE}`], 'budget'],
    ['budget', ['Årsredovisning 2017\nExempelby kommun', BODY_PAGE], 'annual report'],
    ['budget', ['Verksamhetsplan för näringslivsenheten\nExempelby kommun', BODY_PAGE], 'operational plan of the business unit'],
    ['minutes', ['SAMMANTRÄDESPROTOKOLL\nKommunfullmäktige 2016-03-21\nJusterandes signatur\n§ 45 Näringslivsprogram 2016–2020\nKommunfullmäktige beslutar att anta näringslivsprogrammet.', BODY_PAGE], 'minutes that adopt a program'],
    ['minutes', ['Exempelby kommun Kommunledningskontoret TJÄNSTESKRIVELSE 2018-11-03\nNy näringslivsstrategi\nDnr KS 2018/042\nFörslag till beslut\nKommunstyrelsen föreslår kommunfullmäktige att anta ny näringslivsstrategi.\nSammanfattning av ärendet\nNäringslivsenheten har tagit fram ett förslag.'], 'officer report'],
    ['news', ['Nytt näringslivsprogram antaget\nPublicerad 2017-03-28\nKommunfullmäktige har antagit ett nytt näringslivsprogram för Exempelby. Programmet gäller 2017–2020 och tar sikte på fler jobb i kommunen. Näringslivschefen är nöjd med att programmet nu är klart och att företagen varit med i arbetet.\nLäs mer om näringslivsprogrammet.'], 'news item'],
    ['news', ['Kommunens nya näringslivsprogram\nNäringslivsprogrammet för 2019–2022 antogs i kommunfullmäktige i februari. Det har tagits fram i dialog med företagen.\nKontakta näringslivschefen för mer information.'], 'news item whose headline names the program'],
    ['regional_strategy', ['Regional utvecklingsstrategi för Exempellän 2020–2030\nRegion Exempellän', `Regionfullmäktige antog strategin 2019. Länets kommuner och näringsliv ska samverka. ${BODY_PAGE}`], 'regional strategy'],
    ['other_policy', ['Besöksnäringsstrategi 2020–2025\nExempelby kommun\nAntagen av kommunfullmäktige 2020-02-10', `Turismen växer och besöksnäringen ger jobb. ${BODY_PAGE}`], 'tourism strategy'],
    ['other_policy', ['Landsbygdsprogram för Exempelby kommun\nAntaget av kommunfullmäktige 2018', `Landsbygden ska leva. ${BODY_PAGE}`], 'rural program'],
    ['other_policy', ['Landsbygdsstrategi för ökad tillväxt\nExempelby kommun', `Landsbygden ska leva. ${BODY_PAGE}`], 'rural strategy for growth'],
    ['other_policy', ['Kompetensförsörjningsstrategi\nExempelby kommun', `Arbetsgivarna behöver personal. ${BODY_PAGE}`], 'skills strategy alone'],
    ['other_policy', ['Kulturpolitiskt program för Exempelby\nAntaget av kommunfullmäktige 2019', `Kulturen berikar. ${BODY_PAGE}`], 'culture program'],
    ['other_policy', ['Riktlinjer för bostadsförsörjning 2020–2024\nExempelby kommun', `Bostäder behövs. ${BODY_PAGE}`], 'housing guidelines'],
    ['other_policy', ['Folkhälsoprogram\nExempelby kommun', `Hälsan ska vara god. ${BODY_PAGE}`], 'public health program'],
    ['report', ['Uppföljning av näringslivsprogrammet 2018\nExempelby kommun', `Näringslivsprogrammet följs upp årligen. ${BODY_PAGE}`], 'follow-up report'],
    ['report', ['Remissvar på Region Exempelläns utvecklingsstrategi\nExempelby kommun', BODY_PAGE], 'consultation answer'],
    ['budget', ['Mål och resursplan 2021\nExempelby kommun', BODY_PAGE], 'resource plan'],
    ['other_policy', ['Klimatstrategi 2030\nExempelby kommun', `Utsläppen ska minska. ${BODY_PAGE}`], 'climate strategy'],
    ['action_plan', ['Handlingsplan 2019 för näringslivsprogrammet\nExempelby kommun', `Handlingsplanen konkretiserar näringslivsprogrammet för år 2019.\nAktivitet Ansvarig Klart\nFöretagsbesök Näringslivsenheten Q1`], 'separate action plan'],
    ['job_ad', ['Näringslivsutvecklare till Exempelby kommun\nVi söker en näringslivsutvecklare som vill arbeta med kommunens näringslivsstrategi. Anställningsform: tillsvidare. Sista ansökningsdag 2019-05-01. Som person är du driven och har god samarbetsförmåga.'], 'job ad'],
    ['joint_strategy', ['Gemensam näringslivsstrategi för Skaraborgs kommunalförbund 2021–2025\nStrategin är framtagen av kommunalförbundet och beslutad av förbundsdirektionen.', BODY_PAGE], 'joint strategy of a federation'],
    ['landing_page', ['Näringsliv och arbete\nVi hjälper dig som driver eller vill starta företag. Kontakta oss om du behöver hjälp med tillstånd.\nVåra styrdokument\nNäringslivsprogrammet för Exempelby kommun beskriver vår inriktning och våra mål. Läs näringslivsprogrammet (pdf).\nStarta företag\nTillstånd och regler'], 'landing page that links to the program'],
  ];
  for (const [kind, pages, label] of lookAlikes) {
    it(`${label} → ${kind}`, () => {
      const c = classifyDocument(extracted(pages, { format: label.startsWith('news item') || label.startsWith('landing') ? 'html' : 'pdf' }));
      expect(c.isProgram).toBe(false);
      expect(c.details.documentKind).toBe(kind);
      expect(c.programType).toBeNull();
      expect(c.signals.length).toBeGreaterThan(0);
    });
  }
});

describe('classifyDocument: bad input', () => {
  it('empty pages', () => {
    const c = classifyDocument(extracted(['', '   ']));
    expect(c.isProgram).toBe(false);
    expect(c.details.documentKind).toBe('empty');
  });
  it('binary junk', () => {
    const junk = Array.from({ length: 4000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('');
    const c = classifyDocument(extracted([junk]));
    expect(c.isProgram).toBe(false);
    expect(['unreadable', 'too_short']).toContain(c.details.documentKind);
  });
  // An English translation of a program is read through the glossary (held-out-c-fixes.test.ts); other English text is not judged.
  it('English text that names no program', () => {
    const c = classifyDocument(extracted(['Visit the Lake District\nThe municipality welcomes visitors to its lakes, forests and mountain trails. Our tourist office is open every day in the summer and it will help you find accommodation and guided tours in the region.']));
    expect(c.isProgram).toBe(false);
    expect(c.details.documentKind).toBe('not_swedish');
  });
  it('10,000 pages are read in bounded time and still judged', () => {
    const pages = [cover('Näringslivsprogram 2016–2020'), ...Array.from({ length: 9999 }, () => BODY_PAGE)];
    const c = classifyDocument(extracted(pages));
    expect(c.isProgram).toBe(true);
    expect(c.signals.some((s) => s.includes('begränsad omfattning'))).toBe(true);
  });
  it('malformed objects do not throw', () => {
    const c = classifyDocument({ format: 'pdf', pages: [null as unknown as string, 42 as unknown as string], title: null, scanned: true, pageCount: 2, warnings: [] });
    expect(c.isProgram).toBe(false);
  });
});
