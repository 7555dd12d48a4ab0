/**
 * Held-out style documents written for this test in wording that appears in
 * neither the development corpus nor the simulated web: programs and the pages
 * around them (through the real HTML extractor), action plans, validity,
 * regional links, sustainability and the look-alikes. Each case states one
 * rule of the labelling contract.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeExtractPool, extractDocument } from '../extract/index.ts';
import type { Classification } from '../domain/index.ts';
import { classifyDocument } from './classify-document.ts';
import { extracted } from './document-factory.ts';

afterAll(async () => {
  await closeExtractPool();
});

/** A page as a CMS would serve it: menu, breadcrumbs, main content, footer. */
function page(h1: string, main: string): string {
  return `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>${h1} | Fjällviks kommun</title></head><body>
<header><a href="/">Fjällviks kommun</a><nav><ul><li><a href="/bo">Bo och bygga</a></li><li><a href="/foretag">Företag och arbete</a></li><li><a href="/kommun">Kommun och politik</a></li></ul></nav></header>
<nav class="breadcrumb"><a href="/">Start</a> / <a href="/foretag">Företag och arbete</a></nav>
<main><h1>${h1}</h1>${main}</main>
<footer><p>Fjällviks kommun, Torggatan 4, 987 65 Fjällvik. Telefon 0123-456 00.</p></footer></body></html>`;
}

async function classifyHtml(html: string): Promise<Classification> {
  const url = 'http://127.0.0.1/foretag/sida';
  const doc = await extractDocument(new TextEncoder().encode(html), { url, contentType: 'text/html; charset=utf-8' });
  return classifyDocument(doc, { url, municipalityName: 'Fjällvik', countyCode: '23', year: 2023 });
}

/** A program body in plain words: enough sections to read as the program itself. */
const PROGRAM_SECTIONS = [
  '<h2>Därför behövs programmet</h2><p>Fjällvik har många enmansföretag inom bygg, skog och service. Programmet visar hur kommunen prioriterar sitt arbete med företagen under de kommande åren och vem som gör vad.</p>',
  '<h2>Vision</h2><p>I Fjällvik får idéer fäste. Det är lätt att få svar från kommunen och att hitta lokaler, mark och personal.</p>',
  '<h2>Insatsområde: Snabbare service</h2><p>Företagens ärenden ska få besked inom fem arbetsdagar. Kommunen inför en gemensam ingång för tillstånd och lov.</p><p>Mål: Nöjdheten med företagsservicen ska öka varje år.</p>',
  '<h2>Insatsområde: Mark och lokaler</h2><p>Kommunen håller en reserv av byggklar verksamhetsmark och informerar om lediga lokaler i samarbete med fastighetsägarna.</p>',
  '<h2>Insatsområde: Unga och entreprenörskap</h2><p>Skolan och företagen möts i praktik, studiebesök och sommarlovsentreprenörskap så att fler unga ser företagande som ett val.</p>',
  '<h2>Ansvar och uppföljning</h2><p>Kommunstyrelsen äger programmet. Näringslivskontoret samordnar arbetet och rapporterar hur det går till kommunstyrelsen varje höst.</p>',
];

describe('web pages: the program itself or a page about it', () => {
  it('a long structured page whose heading names the program is the program', async () => {
    const c = await classifyHtml(page('Näringslivsprogram för Fjällvik 2022–2026', `<p>Antaget av kommunfullmäktige 2021-11-29 § 88.</p>${PROGRAM_SECTIONS.join('')}`));
    expect(c.isProgram).toBe(true);
    expect(c.programType).toBe('business');
    expect([c.validFrom, c.validTo]).toEqual([2022, 2026]);
  });

  it('a program page with a download link at the end is still the program', async () => {
    const c = await classifyHtml(page('Tillväxtstrategi för Fjällvik', `<p>Fastställd av kommunfullmäktige den 3 oktober 2022. Strategin gäller tills vidare.</p>${PROGRAM_SECTIONS.join('')}<p><a href="/a.pdf">Tillväxtstrategin som tillgänglig PDF (PDF, 1 MB)</a></p>`));
    expect(c.isProgram).toBe(true);
    expect(c.programType).toBe('growth');
    expect([c.validFrom, c.validTo]).toEqual([2022, null]);
  });

  it('a landing page that summarises the strategy and links to it is not the program', async () => {
    const c = await classifyHtml(
      page(
        'Driva företag i Fjällvik',
        `<p>Funderar du på att starta eget eller vill du växa? Näringslivskontoret är din väg in till kommunen.</p>
<h2>Vår näringslivsstrategi</h2><p>Kommunens näringslivsstrategi pekar ut tre områden: service, mark och unga entreprenörer.</p>
<p><a href="/strategi.pdf">Ladda ner näringslivsstrategin (PDF, 2 MB)</a></p>
<h2>Kontakt</h2><p>Kontakta näringslivskontoret på 0123-456 10.</p>`,
      ),
    );
    expect(c.isProgram).toBe(false);
  });

  it('a short page headed with the strategy\'s name that points to the document is not the program', async () => {
    const c = await classifyHtml(
      page(
        'Vår näringslivsstrategi',
        `<p>Kommunfullmäktige har beslutat om en strategi för näringslivsarbetet. Den handlar om snabb service, tillgång till mark och att fler unga ska starta företag.</p><p>Läs hela strategin här: <a href="/s.pdf">Näringslivsstrategi (PDF)</a></p><p>Har du frågor? Kontakta näringslivskontoret.</p>`,
      ),
    );
    expect(c.isProgram).toBe(false);
  });

  it('a document library listing is not a program even when it lists one', async () => {
    const rows = ['Näringslivsstrategi 2022–2026', 'Arvodesreglemente', 'Avfallsföreskrifter', 'Policy för bisysslor', 'Riktlinjer för tjänsteresor', 'Taxa för torghandel', 'Plan för krisberedskap', 'Delegationsordning för socialnämnden']
      .map((t, i) => `<tr><td><a href="/d${i}.pdf">${t}</a></td><td>PDF</td><td>2022-0${(i % 8) + 1}-15</td></tr>`)
      .join('');
    const c = await classifyHtml(page('Styrande dokument A–Ö', `<p>Dokumenten är sorterade i bokstavsordning.</p><table><tr><th>Namn</th><th>Format</th><th>Datum</th></tr>${rows}</table>`));
    expect(c.isProgram).toBe(false);
  });

  it('a news item about the adoption is not the program', async () => {
    const c = await classifyHtml(page('Fullmäktige klubbade ny tillväxtstrategi', `<p class="date">Publicerad 14 december 2022</p><p>På måndagens möte fick Fjällvik en ny tillväxtstrategi. – Nu har vi en tydlig riktning, säger kommunstyrelsens ordförande Eva Berg.</p><p><a href="/t.pdf">Tillväxtstrategi (PDF)</a></p>`));
    expect(c.isProgram).toBe(false);
  });

  it('a section page with a list of links is not a program', async () => {
    const c = await classifyHtml(page('Företag och arbete', `<ul><li><a href="/a">Starta företag</a></li><li><a href="/b">Upphandling</a></li><li><a href="/c">Näringslivsprogram</a></li><li><a href="/d">Lediga lokaler</a></li><li><a href="/e">Serveringstillstånd</a></li></ul>`));
    expect(c.isProgram).toBe(false);
  });
});

const cover = (title: string, note: string): string => `Fjällviks kommun\n${title}\n${note}`;
const BODY = `Syfte
Dokumentet beskriver hur kommunen ska arbeta för att företag ska kunna starta och växa i Fjällvik. Det vänder sig till förtroendevalda, medarbetare och företagare.
Vision
Fjällvik är platsen där idéer blir företag och där kommunen är en pålitlig partner.
Prioriterade områden
Snabb och korrekt handläggning, byggklar mark, kontakter mellan skola och arbetsliv samt en levande dialog med företagarna.
Uppföljning
Näringslivskontoret redovisar utfallet till kommunstyrelsen en gång om året.`;
const program = (title: string, note: string, extra = ''): Classification => classifyDocument(extracted([cover(title, note), `${BODY}\n${extra}`]), { countyCode: '23' });

describe('separate action plans are not programs', () => {
  for (const title of ['Åtgärdsplan för företagsklimatet 2023', 'Handlingsplan – näringsliv 2021–2022', 'Aktivitetsplan för näringslivsfrågor 2019', 'Genomförandeplan för näringslivsstrategin 2024']) {
    it(`"${title}"`, () => {
      const c = classifyDocument(
        extracted([cover(title, 'Beslutad av kommunstyrelsen 2023-01-16'), 'Aktiviteter\nFöretagsbesök med kommunalrådet. Ansvar: Näringslivskontoret. Klart: juni.\nUtbildning i klarspråk för handläggare. Ansvar: Miljöförvaltningen. Klart: hösten.\nFrukostträffar för företagare. Ansvar: Näringslivskontoret. Klart: löpande.']),
      );
      expect(c.isProgram).toBe(false);
      expect(c.details.documentKind).toBe('action_plan');
    });
  }
});

describe('validity in many wordings', () => {
  const cases: Array<[string, string, string, number | null, number | null]> = [
    ['strategy "under åren"', 'Näringslivsstrategi', 'Antagen av kommunfullmäktige 2017-10-02\nStrategin gäller under åren 2018–2022.', 2018, 2022],
    ['"sträcker sig till" with a long date', 'Näringslivsprogram', 'Antaget av kommunfullmäktige den 12 maj 2019\nProgrammet sträcker sig till 2027.', 2019, 2027],
    ['"Tidsperiod:" label', 'Tillväxtprogram', 'Tidsperiod: 2020–2024\nBeslutat av KF 2019-12-09 § 201', 2020, 2024],
    ['"fram till år" with a month-year adoption', 'Näringslivspolicy', 'Fastställd av kommunstyrelsen i maj 2021\nPolicyn gäller fram till år 2025.', 2021, 2025],
    ['until further notice after an adoption date', 'Näringslivsstrategi', 'Antagen av kommunfullmäktige 2017-05-12 § 12\nGäller tills vidare.', 2017, null],
    ['a revision year is not the end', 'Näringslivsprogram', 'Beslutad av KS 2020-02-03\nProgrammet ska revideras senast 2024.', 2020, null],
    ['"programperioden omfattar … till och med"', 'Näringslivsprogram', 'Antaget av kommunfullmäktige 2020-11-23\nProgramperioden omfattar 2021 till och med 2025.', 2021, 2025],
    ['"Gäller t.o.m." with a KF paragraph note', 'Näringslivsplan', 'KF 2019-11-25 § 140\nGäller t.o.m. 2023.', 2019, 2023],
    ['current electoral term', 'Näringslivsprogram', 'Antaget av kommunfullmäktige 2019-03-18\nProgrammet gäller för innevarande mandatperiod.', 2019, 2022],
    ['target year in the name', 'Näringslivsstrategi 2035', 'Antagen av kommunfullmäktige 2022-06-20', 2022, 2035],
    ['"giltig från … och fram till"', 'Plan för näringslivsarbetet', 'Antagen av kommunfullmäktige 2015-12-14\nPlanen är giltig från 2016 och fram till 2020.', 2016, 2020],
    ['a range that another plan replaced is not this period', 'Näringslivsprogram', 'Antaget av kommunfullmäktige 2021-02-22\nProgrammet gäller 2021–2024. Det ersätter programmet för 2016–2020.', 2021, 2024],
  ];
  for (const [name, title, note, from, to] of cases) {
    it(name, () => {
      const c = program(title, note);
      expect(c.isProgram).toBe(true);
      expect([c.validFrom, c.validTo]).toEqual([from, to]);
    });
  }
});

describe('regional links phrased in other words', () => {
  const cases: Array<[string, 'rus' | 'intermunicipal' | 'none']> = [
    ['Programmet ligger i linje med den regionala utvecklingsstrategin och dess prioriteringar för arbete och företagande.', 'rus'],
    ['Vårt arbete bidrar till målen i Region Jämtland Härjedalens RUS.', 'rus'],
    ['Strategin tar avstamp i länets utvecklingsstrategi som Regionen antog 2020.', 'rus'],
    ['Många frågor löser vi tillsammans med kommunerna i Mittregionen, till exempel etableringar och pendling.', 'intermunicipal'],
    ['Det delregionala samarbetet kring näringslivsfrågor är en viktig grund för programmet.', 'intermunicipal'],
    ['Kommunen ingår i Familjen Helsingborg och programmet bygger på det gemensamma arbetet.', 'intermunicipal'],
    ['Vi samarbetar med fem andra kommuner i ett gemensamt näringslivsnätverk kring etableringsfrågor.', 'intermunicipal'],
    ['Region Jämtland Härjedalen ansvarar för kollektivtrafiken i länet.', 'none'],
  ];
  for (const [sentence, link] of cases) {
    it(`${link}: ${sentence.slice(0, 60)}`, () => {
      const c = program('Näringslivsprogram 2021–2025', 'Antaget av kommunfullmäktige 2020-12-14', `Omvärld\n${sentence}`);
      expect(c.regionalLink).toBe(link);
    });
  }
});

describe('sustainability: a perspective, not a passing word', () => {
  it('a section on the three dimensions is emphasis', () => {
    const c = program('Näringslivsprogram 2021–2025', 'Antaget av kommunfullmäktige 2020-12-14', 'Hållbarhet i allt vi gör\nVi väger in miljömässiga, sociala och ekonomiska konsekvenser när vi prioriterar. Företag som ställer om till fossilfri drift får särskilt stöd. Hållbarhet är en bärande princip i programmet.');
    expect(c.sustainability).toBe(true);
  });
  it('named global goals are emphasis and are numbered', () => {
    const c = program('Näringslivsprogram 2021–2025', 'Antaget av kommunfullmäktige 2020-12-14', 'Globala mål\nProgrammet bidrar till Agenda 2030, framför allt mål 8 och mål 9.');
    expect(c.sustainability).toBe(true);
    expect(c.details.agenda2030.goals).toEqual([8, 9]);
  });
  it('one passing "hållbar" is not emphasis', () => {
    const c = program('Näringslivsprogram 2021–2025', 'Antaget av kommunfullmäktige 2020-12-14', 'Ekonomi\nKommunen ska ha en hållbar ekonomi i balans.');
    expect(c.sustainability).toBe(false);
  });
});

describe('action plan inside, linked or absent', () => {
  it('a section with activities, owners and times is included', () => {
    const c = program('Näringslivsprogram 2021–2025', 'Antaget av kommunfullmäktige 2020-12-14', 'Handlingsplan\nAktivitet Ansvar Tidplan\nInför en företagslots. Ansvar: Kommunledningskontoret. Tidplan: 2021.\nÖppna en digital tillståndsportal. Ansvar: Miljöförvaltningen. Tidplan: 2022.');
    expect(c.actionPlan).toBe('included');
  });
  it('a yearly plan decided separately is linked', () => {
    const c = program('Näringslivsprogram 2021–2025', 'Antaget av kommunfullmäktige 2020-12-14', 'Genomförande\nTill programmet kopplas en aktivitetsplan som kommunstyrelsen beslutar varje år.');
    expect(c.actionPlan).toBe('linked');
  });
  it('no plan at all is none', () => {
    expect(program('Näringslivsprogram 2021–2025', 'Antaget av kommunfullmäktige 2020-12-14').actionPlan).toBe('none');
  });
});

describe('drafts and look-alikes', () => {
  it('a consultation edition is a program and a draft', () => {
    const c = program('Näringslivsprogram 2024–2027', 'Remissutgåva – synpunkter lämnas senast 2023-09-30');
    expect(c.isProgram).toBe(true);
    expect(c.details.isDraft).toBe(true);
  });
  const lookalikes: Array<[string, string, string]> = [
    ['regional strategy', 'Region Fjällmark\nUtvecklingsstrategi för Fjällmarks län 2030\nAntagen av regionfullmäktige 2021-06-15', 'Strategin anger hur länet ska växa. Regionen samordnar genomförandet tillsammans med länets kommuner och näringsliv. Den regionala utvecklingsstrategin gäller till 2030.'],
    ['operational plan of the business unit', 'Fjällviks kommun\nVerksamhetsplan 2022 för näringslivskontoret\nKommunstyrelsen', 'Näringslivskontoret ska under året genomföra 40 företagsbesök och två frukostmöten. Budgeten för verksamheten är 3,2 miljoner kronor.'],
    ['tourism strategy', 'Fjällviks kommun\nBesöksnäringsstrategi 2022–2026\nAntagen av kommunfullmäktige 2021-12-13', 'Strategin ska öka antalet gästnätter och stärka destinationen året runt. Företagen inom besöksnäringen är viktiga för kommunens tillväxt.'],
    ['extract of minutes', 'Fjällviks kommun\nProtokollsutdrag kommunfullmäktige 2021-11-29\n§ 88 Näringslivsprogram för Fjällvik 2022–2026', 'Beslut: Kommunfullmäktige antar näringslivsprogrammet. Justerare: Per Holm. Ordförande: Lena Ek.'],
    ['comprehensive plan with a business chapter', 'Fjällviks kommun\nÖversiktsplan Fjällvik 2040\nSamrådshandling', 'Näringsliv och verksamheter\nKommunen ska ha god planberedskap för företag. Verksamhetsmark pekas ut vid riksvägen och i anslutning till hamnen.'],
    ['job advertisement', 'Fjällviks kommun\nNäringslivsutvecklare till Fjällviks kommun', 'Vi söker dig som vill arbeta med företagsservice. Anställningsform: tillsvidare. Sista ansökningsdag 2023-03-01. Som person är du lyhörd och driven.'],
  ];
  for (const [name, head, text] of lookalikes) {
    it(`${name} is not a program`, () => {
      const c = classifyDocument(extracted([head, text]));
      expect(c.isProgram).toBe(false);
    });
  }
});

describe('more paraphrases', () => {
  const validity: Array<[string, string, number | null, number | null]> = [
    ['Antagen av kommunfullmäktige 2018-09-24\nStrategin löper mellan 2019 och 2023.', 'mellan … och', 2019, 2023],
    ['Antaget av kommunfullmäktige 2019-10-21\nProgrammet gäller från den 1 januari 2020 till den 31 december 2023.', 'full dates', 2020, 2023],
    ['Beslutad av KS 2018-04-09 § 56\nGiltighetstid: 2018-2022', 'Giltighetstid label', 2018, 2022],
    ['Fastställd av kommunfullmäktige 2021-03-15\nGiltig t.o.m.: 2026-12-31', 'end date as ISO', 2021, 2026],
  ];
  for (const [note, name, from, to] of validity) {
    it(`validity: ${name}`, () => {
      const c = program('Näringslivsstrategi', note);
      expect([c.validFrom, c.validTo]).toEqual([from, to]);
    });
  }
  const links: Array<[string, 'rus' | 'intermunicipal' | 'none']> = [
    ['Strategin har sin utgångspunkt i Värmlandsstrategin.', 'rus'],
    ['Tillsammans med grannkommunerna driver vi ett gemensamt etableringsarbete.', 'intermunicipal'],
    ['Kommunen är medlem i Skaraborgs kommunalförbund. Programmet bidrar också till den regionala utvecklingsstrategin.', 'rus'],
  ];
  for (const [sentence, link] of links) {
    it(`${link}: ${sentence.slice(0, 50)}`, () => {
      expect(program('Näringslivsprogram 2021–2025', 'Antaget av kommunfullmäktige 2020-12-14', `Omvärld\n${sentence}`).regionalLink).toBe(link);
    });
  }
  it('a green-transition section is emphasis', () => {
    const c = program('Näringslivsprogram 2021–2025', 'Antaget av kommunfullmäktige 2020-12-14', 'Grön omställning\nKlimatomställningen ger nya affärsmöjligheter för företagen. Kommunen ska vara en förebild i omställningen och stödja cirkulära affärsmodeller. Ett hållbart näringsliv är en utgångspunkt för alla insatser.');
    expect(c.sustainability).toBe(true);
  });
  it('a page about earlier programs is not a program', async () => {
    const c = await classifyHtml(page('Tidigare program', '<p>Här finns kommunens tidigare styrdokument för näringslivsarbetet. De gäller inte längre.</p><ul><li><a href="/a.pdf">Näringslivsprogram 2012–2015 (PDF)</a></li><li><a href="/b.pdf">Näringslivsprogram 2016–2019 (PDF)</a></li></ul>'));
    expect(c.isProgram).toBe(false);
  });
  it('a longer landing page with the goals in bullets is not the program', async () => {
    const c = await classifyHtml(
      page(
        'Näringslivsprogrammet',
        `<p>Kommunens näringslivsprogram antogs av kommunfullmäktige i november. Programmet beskriver hur kommunen ska bli bättre på att stötta företagen. Här är en sammanfattning av de viktigaste målen.</p>
<ul><li>Snabbare besked i tillståndsärenden</li><li>Mer byggklar mark för företag</li><li>Fler unga som startar företag</li><li>Bättre dialog med företagarna</li></ul>
<p>Kommunens näringslivsprogram finns att läsa i sin helhet som PDF. <a href="/p.pdf">Näringslivsprogram 2022–2026 (PDF, 800 kB)</a></p><p>Vill du veta mer? Kontakta näringslivskontoret.</p>`,
      ),
    );
    expect(c.isProgram).toBe(false);
  });
});

describe('names are not perspectives', () => {
  it('"hållbar" inside the name of the regional strategy does not make sustainability', () => {
    const c = classifyDocument(
      extracted([cover('Näringslivsprogram 2021–2025', 'Antaget av kommunfullmäktige 2020-12-14'), `${BODY}\nOmvärld\nProgrammet bidrar till Dalastrategin 2030 – Tillsammans för ett hållbart Dalarna.`]),
      { countyCode: '20' },
    );
    expect(c.regionalLink).toBe('rus');
    expect(c.sustainability).toBe(false);
  });
});
