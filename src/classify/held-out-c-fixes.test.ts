/**
 * General rules added after the held-out corpus C (test/corpus-c): each case
 * is written anew here in other words and checks one rule, so a rule that
 * only matched the corpus's sentences would fail.
 */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.ts';
import { extracted } from './document-factory.ts';
import { buildTextModel } from './text-model.ts';
import { judgeGoals, judgeWrittenWithBusiness, judgeYearlyActivities } from './details.ts';

// As the HTML extractor hands a page over: its h1 as the title, the text as one page.
const page = (html: string) => extracted([html], { format: 'html', title: html.split('\n')[0] ?? null });

describe('a web page that is the program itself, ending with a link to its PDF', () => {
  const body = (note: string) => `Tillväxtstrategi för Storfors kommun
${note}
Inriktning
Storfors ska vara en kommun där företag vill etablera sig. Vi prioriterar mark vid riksväg 26, snabba beslut och ett nära samarbete med skolan om kompetens.
Prioriterade områden
Service och bemötande, mark och lokaler, kompetensförsörjning och infrastruktur. Inom varje område finns mål som kommunstyrelsen följer upp varje år.
Så följer vi upp
Kommunstyrelsen får en rapport om arbetet varje höst och strategin utvärderas när perioden är slut. Företagen bjuds in till ett dialogmöte om resultatet, och synpunkterna tas med när strategin ska revideras.
Ladda ner strategin (pdf, 800 kB)`;

  it('is a program when the page carries its own adoption note', () => {
    const c = classifyDocument(page(body('Tillväxtstrategin fastställdes av kommunfullmäktige i mars 2019 och gäller till och med 2024.')));
    expect(c.isProgram).toBe(true);
    expect(c.programType).toBe('growth');
  });

  it('stays a web page when it only presents the program without its own note', () => {
    const c = classifyDocument(page(body('På den här sidan kan du läsa en sammanfattning.')));
    expect(c.isProgram).toBe(false);
  });
});

describe('the owner in the genitive is the document speaking of itself', () => {
  const text = (first: string) => `Näringslivspolicy
${first}
Policyn anger hur vi som arbetar i kommunen ska möta företagare: vi svarar samma dag, vi ger en kontaktperson vid etableringar och vi informerar tidigt om beslut som påverkar företagen.
Vi träffar företagarna regelbundet och vill att de säger till när något inte fungerar.`;

  it('"Hylte kommuns näringslivspolicy antogs av kommunfullmäktige …" is the policy', () => {
    const c = classifyDocument(page(text('Hylte kommuns näringslivspolicy antogs av kommunfullmäktige den 3 maj 2016 och gäller tills vidare.')));
    expect(c.isProgram).toBe(true);
    expect(c.validTo).toBeNull();
  });

  it('a dated announcement with the owner in the genitive is still news', () => {
    const c = classifyDocument(page(text('Hylte kommuns näringslivspolicy antogs i måndags av kommunfullmäktige, säger kommunalrådet.')));
    expect(c.isProgram).toBe(false);
  });

  it('a pronoun sentence continues the note: "… gäller 2020–2023. Det antogs av kommunfullmäktige …"', () => {
    const c = classifyDocument(page(text('Kommunens näringslivspolicy gäller 2020–2023. Den antogs av kommunfullmäktige i november 2019.')));
    expect(c.isProgram).toBe(true);
  });
});

describe('joint documents of a group of municipalities', () => {
  it('"Ett samarbete mellan …" on the cover makes a growth program a joint one', () => {
    const c = classifyDocument(
      extracted([`Tillväxtprogram för Mittlandet 2022–2026
Ett samarbete mellan Ockelbo, Hofors och Sandviken
Programmet beskriver vad de tre kommunerna gör tillsammans inom etableringar, kompetens och infrastruktur. Varje kommun har dessutom sitt eget näringslivsprogram.
Prioriteringar
Gemensam etableringsservice, matchning av arbetskraft och arbete för bättre tågtrafik.`]),
    );
    expect(c.isProgram).toBe(false);
    expect(c.details.documentKind).toBe('joint_strategy');
  });

  it('an adoption by a collaboration\'s own board ("Fastställd av Mittlandets styrgrupp") is joint', () => {
    const c = classifyDocument(
      extracted([`Tillväxtstrategi 2024–2028
Fastställd av Mittlandets styrgrupp 2024-02-02
Strategin anger de områden där kommunerna gör mest nytta tillsammans: etableringar, kompetens och besöksnäring. Uppföljning sker årligen i styrgruppen.`]),
    );
    expect(c.isProgram).toBe(false);
  });

  it('a municipality\'s own program that talks about a shared collaboration in a body sentence stays its own', () => {
    const c = classifyDocument(
      extracted([`Näringslivsprogram för Bjurholms kommun 2021–2024
Antaget av kommunfullmäktige 2021-02-22 § 12
Bjurholm i regionen
Programmet utgår från samarbetet i Umeåregionen där vi har gemensam etableringsservice med grannkommunerna och ett gemensamt nätverk för näringslivsutvecklare som träffas varje månad, och programmet är samordnat med regionens gemensamma näringslivsarbete.
Prioriteringar
Service, mark och kompetens. Vi ska ha en kontaktperson för varje företag som vill etablera sig.`], { format: 'docx' }),
    );
    expect(c.isProgram).toBe(true);
    expect(c.regionalLink).toBe('intermunicipal');
  });
});

describe('reports, motions and citizens\' proposals about a program', () => {
  it('a cover opening with "Halvårsuppföljning 2022" above the program name is a report', () => {
    const c = classifyDocument(
      extracted([`Halvårsuppföljning 2022
Tillväxtstrategi 2020–2025
Av strategins tolv aktiviteter är sju genomförda. Målet om antalet nya företag nås inte, medan servicemätningen visar förbättring.
Förslag: två aktiviteter flyttas till nästa år.`]),
    );
    expect(c.isProgram).toBe(false);
    expect(c.details.documentKind).toBe('report');
  });

  it('a field line "Uppföljning: varje år" on a program cover does not make it a report', () => {
    const c = classifyDocument(
      extracted([`Näringslivsstrategi för Ovanåkers kommun 2022–2026
Beslutad av: Kommunfullmäktige 2022-01-24
Uppföljning: varje år
Inledning
Strategin anger kommunens inriktning för näringslivsarbetet. Vi ska ha ett gott bemötande, planlagd mark och ett nära samarbete med skolorna.
Mål
Minst 60 nya företag per år.`]),
    );
    expect(c.isProgram).toBe(true);
  });

  it.each([
    ['Motion angående en tillväxtstrategi för kommunen'],
    ['Medborgarförslag om ett näringslivsprogram för skärgården'],
  ])('"%s" is a decision document, not a program', (title) => {
    const c = classifyDocument(
      extracted([`${title}
Kommunen saknar en aktuell strategi för näringslivet. Jag föreslår att kommunstyrelsen får i uppdrag att ta fram en, med mätbara mål och i dialog med företagen.
Att kommunstyrelsen ges i uppdrag att ta fram ett program.`], { format: 'docx' }),
    );
    expect(c.isProgram).toBe(false);
  });
});

describe('validity: a range that dates the action plan is not the program\'s period', () => {
  it('"Handlingsplanen avser 2022–2023" leaves the strategy\'s "fram till 2035" and adoption year', () => {
    const c = classifyDocument(
      extracted([`Tillväxtstrategi för Arjeplogs kommun
Antagen av kommunfullmäktige 2022-04-11 § 40
Inledning
Strategin visar vägen för kommunens tillväxtarbete fram till 2035.
Handlingsplan
Handlingsplanen avser 2022–2023 och tas därefter fram på nytt.
Aktivitet | Ansvar | Tid
Företagslots | Näringslivskontoret | 2022`]),
    );
    expect([c.validFrom, c.validTo]).toEqual([2022, 2035]);
  });

  it('"se bilaga Aktivitetsplan 2019–2020" is not the period; "gäller t.o.m. 2023" is', () => {
    const c = classifyDocument(
      extracted([`Näringslivsprogram för Bodens kommun
Beslutat av kommunfullmäktige 2019-03-18 § 22
Programmet gäller t.o.m. 2023.
Inledning
Boden ska vara en kommun där företag växer. Vi prioriterar service, mark och kompetens.
Genomförande
Till programmet hör en aktivitetsplan, se bilaga Aktivitetsplan 2019–2020.`]),
    );
    expect([c.validFrom, c.validTo]).toEqual([2019, 2023]);
  });
});

describe('action plan sections', () => {
  it('activities laid out year by year under "Insatser per år" are an included plan', () => {
    const c = classifyDocument(
      extracted([`Näringslivsstrategi för Sorsele kommun 2023–2026
Antagen av kommunfullmäktige 2023-02-20
Prioriteringar
Service, besöksnäring och mark för verksamheter.
Insatser per år
2023: Inventera ledig mark. Starta företagsträffar.
2024: Ny detaljplan vid flygfältet.
2025: Gemensam marknadsföring med besöksnäringen.
2026: Utvärdering och ny strategi.`]),
    );
    expect(c.actionPlan).toBe('included');
  });

  it('bullets under a heading "Åtgärder år för år" are an included plan', () => {
    const c = classifyDocument(
      extracted([`Näringslivsprogram Malå 2024–2027
Antaget av kommunfullmäktige 2024-03-11
Del 1 Inriktning
Malå ska ha ett nära och snabbt stöd till företagen.
Del 2 Åtgärder år för år
– Starta en företagslots.
– Ta fram en karta över lediga lokaler.
– Ordna en näringslivsdag med skolan.
– Utvärdera programmet.`], { format: 'docx' }),
    );
    expect(c.actionPlan).toBe('included');
  });

  it('a table-of-contents entry "Åtgärder ........ 4" is not an action plan section', () => {
    const c = classifyDocument(
      extracted([`Tillväxtprogram 2009–2012
Antaget av kommunfullmäktige 2009-01-26
Innehåll
1. Bakgrund .............................. 2
2. Åtgärder ............................... 4
1. Bakgrund
Kommunen har tappat invånare sedan 1990 och behöver fler jobb inom industri och turism.
2. Åtgärder
Kommunen ska ge snabb service till företag, verka för bättre vägar och stödja turismen.`]),
    );
    expect(c.actionPlan).toBe('none');
  });

  it('"Varför ett handlingsprogram?" in a handlingsprogram names the program itself, not a separate plan', () => {
    const c = classifyDocument(
      extracted([`Handlingsprogram för näringslivet 2020–2023
Antaget av kommunfullmäktige 2020-01-27
Varför ett handlingsprogram?
Kommunen vill ge företagen bättre förutsättningar att växa och anställa.
Prioriteringar
Service, mark, kompetens och kommunikationer.`]),
    );
    expect(c.actionPlan).toBe('none');
  });
});

describe('English translations of programs are read through a glossary', () => {
  const english = `Business Strategy 2021–2025
Adopted by the Municipal Council on 15 March 2021
This strategy sets out how the municipality will improve the business climate and help companies grow. It was written together with local businesses through a survey and workshops.
The strategy contributes to the regional development strategy for the county.
Sustainability
Growth must be sustainable. The strategy is built around Agenda 2030 and the Sustainable Development Goals, in particular goal 9 on industry and innovation and goal 13 on climate action. Every focus area has a sustainability target and we support the climate transition of local industry.
Implementation
An action plan is adopted by the municipal executive board every year.`;

  it('an English business strategy is a program with its fields read', () => {
    const c = classifyDocument(extracted([english]));
    expect(c.isProgram).toBe(true);
    expect(c.programType).toBe('business');
    expect(c.title).toBe('Business Strategy 2021–2025');
    expect([c.validFrom, c.validTo]).toEqual([2021, 2025]);
    expect(c.details.adoptedBy).toBe('kommunfullmäktige');
    expect(c.regionalLink).toBe('rus');
    expect(c.actionPlan).toBe('linked');
    expect(c.sustainability).toBe(true);
    expect(c.details.agenda2030.goals).toEqual([9, 13]);
  });

  it('an English investment page that names no program stays a non-program', () => {
    const c = classifyDocument(
      extracted([`Why invest in Torsås?
Torsås has available industrial land, a skilled workforce and short distances to the ports of Karlshamn and Kalmar. Our business team is your single point of contact and will help you with land, permits and recruitment. Contact us and we will arrange a visit.`], { format: 'html', title: 'Why invest in Torsås?' }),
    );
    expect(c.isProgram).toBe(false);
  });
});

describe('regional link: named neighbouring municipalities', () => {
  const prog = (sentence: string) =>
    classifyDocument(
      extracted([`Näringslivsprogram för Älvkarleby kommun 2021–2024
Antaget av kommunfullmäktige 2021-05-10
Samarbete
${sentence}
Prioriteringar
Service, mark och kompetens.`]),
    );

  it('"Vi samarbetar med Tierp, Gävle och Östhammar om …" is intermunicipal', () => {
    expect(prog('Vi samarbetar med Tierp, Gävle och Östhammar om etableringar och gemensam marknadsföring.').regionalLink).toBe('intermunicipal');
  });

  it('collaboration with business organisations is not', () => {
    expect(prog('Vi samarbetar med Företagarna, Almi och Nyföretagarcentrum om rådgivning.').regionalLink).toBe('none');
  });
});

describe('sustainability: words that are not the program\'s own perspective', () => {
  const prog = (body: string) =>
    classifyDocument(
      extracted([`Näringslivsprogram för Vara kommun 2020–2024
Antaget av kommunfullmäktige 2020-02-24
Insatsområden
Livsmedel och de gröna näringarna
Lantbruket och skogsbruket är viktiga arbetsgivare och ska ges goda villkor att utvecklas.
Regional koppling
${body}`]),
    );

  it('"de gröna näringarna" (farming and forestry) and a RUS goal "om ett hållbart näringsliv" do not make it a sustainability program', () => {
    expect(prog('Programmet bidrar till den regionala utvecklingsstrategin och dess mål om ett hållbart och konkurrenskraftigt näringsliv.').sustainability).toBe(false);
  });

  it('the program\'s own emphasis still counts', () => {
    expect(prog('Hållbar utveckling är en utgångspunkt för hela programmet, och varje insats ska bidra till ett socialt, ekologiskt och ekonomiskt hållbart näringsliv.').sustainability).toBe(true);
  });
});

describe('titles', () => {
  it('a running header "Kommun · Program" gives the program part', () => {
    const header = 'Orsa kommun · Näringslivsstrategi 2022–2026';
    const c = classifyDocument(
      extracted([`${header}\nNäringslivsstrategi 2022–2026\nAntagen av kommunfullmäktige 2022-03-14\nInledning\nStrategin anger inriktningen för näringslivsarbetet.`, `${header}\nMål\nFler företag och fler jobb.`]),
    );
    expect(c.title).toBe('Näringslivsstrategi 2022–2026');
  });

  it('a letterhead "KOMMUN   POLICY" is not the name of a plain-text policy', () => {
    const c = classifyDocument(
      extracted([`BJURHOLMS KOMMUN                          POLICY\n\nFöretagarpolicy för Bjurholms kommun\n\nAntagen av kommunfullmäktige 2015-06-15\n\nKommunen ska ge snabb och vänlig service till alla företag, ha en kontaktperson vid etableringar och träffa företagarna två gånger om året. Alla anställda ansvarar för att policyn följs i det dagliga arbetet.`], { format: 'text', title: 'BJURHOLMS KOMMUN                          POLICY' }),
    );
    expect(c.title).toBe('Företagarpolicy för Bjurholms kommun');
  });

  it('a short second cover line ending in a year completes the name', () => {
    const c = classifyDocument(
      extracted([`Näringslivsprogram\nSkellefteå 2030\nAntaget av kommunfullmäktige 2021-06-15\nInledning\nProgrammet anger inriktningen för näringslivsarbetet fram till 2030.`]),
    );
    expect(c.title).toBe('Näringslivsprogram Skellefteå 2030');
  });
});

describe('details: participation, yearly plans and measurable goals', () => {
  const model = (text: string) => buildTextModel([text]);

  it.each([
    'Hösten 2022 besökte näringslivschefen 35 företag och ställde samma frågor till alla.',
    'Under våren genomförde kommunen tre dialogmöten tillsammans med Företagarna och handelsföreningen.',
    'Arbetet inleddes med en enkät till samtliga företag i kommunen.',
  ])('"%s" is writing the program with local business', (sentence) => {
    expect(judgeWrittenWithBusiness(model(sentence)).value).toBe(true);
  });

  it('a verb-second sentence "Varje år antar kommunstyrelsen en aktivitetsplan" is a yearly plan', () => {
    expect(judgeYearlyActivities(model('Varje år antar kommunstyrelsen en ny aktivitetsplan för näringslivsarbetet.')).value).toBe(true);
  });

  it.each([
    ['Målet är 300 fler arbetstillfällen år 2030 jämfört med i dag.', true],
    ['Kommunen ska år 2026 vara bland de 50 bästa i Svenskt Näringslivs ranking.', true],
    ['Gymnasiets tekniska program ska ha minst 150 elever.', true],
    ['Resultatet i Svenskt Näringslivs ranking och i Insikt används som mått.', true],
    ['Strategin ska ses över 2028.', false],
    ['Programmet ska utvärderas under 2027.', false],
  ])('"%s" → measurable %s', (sentence, measurable) => {
    expect(judgeGoals(model(sentence)).value.measurable).toBe(measurable);
  });

  it('a lead-in line "Kommunen ska år 2025 ha" keeps the goal list under "Mål" open', () => {
    const g = judgeGoals(model(`Programmets mål\nKommunen ska år 2025 ha\n- minst 8 nystartade företag per 1 000 invånare,\n- en bättre service.`));
    expect(g.value.measurable).toBe(true);
  });
});

describe('adoption and title details', () => {
  it('"Det antogs av kommunfullmäktige …" after a sentence about the program names the adopting body', () => {
    const c = classifyDocument(
      extracted([`Näringslivsprogram 2022 till 2026
Heby kommuns näringslivsprogram gäller från 2022 till 2026 och beskriver hur kommunen ska arbeta med företagen. Det antogs av kommunfullmäktige i november 2021.
Prioriteringar
Service, mark och kompetens. Vi ska ha en kontaktperson för varje etablering och svara inom två dagar på alla frågor från företag.`], { format: 'html', title: 'Näringslivsprogram 2022 till 2026' }),
    );
    expect(c.details.adoptedBy).toBe('kommunfullmäktige');
  });

  it('a cover line that repeats the name with its period gives the fuller title', () => {
    const c = classifyDocument(
      extracted([`Tillväxtprogram för Hagfors kommun\nTillväxtprogram för Hagfors kommun 2014–2017\nAntaget av kommunfullmäktige 2014-02-24\nInledning\nProgrammet anger inriktningen för tillväxtarbetet.`], { format: 'docx', title: 'Tillväxtprogram för Hagfors kommun' }),
    );
    expect(c.title).toBe('Tillväxtprogram för Hagfors kommun 2014–2017');
  });
});

describe('English yearly plans', () => {
  it('"An action plan … is adopted by the municipal executive board every year" is a yearly plan', () => {
    const c = classifyDocument(
      extracted([`Growth Programme 2024–2028
Adopted by the Municipal Council on 12 February 2024
This programme describes how the municipality will support companies and create new jobs. The programme was developed together with local businesses.
Implementation
An action plan with concrete activities is adopted by the municipal executive board every year.`]),
    );
    expect(c.programType).toBe('growth');
    expect(c.details.yearlyActivities).toBe(true);
    expect(c.actionPlan).toBe('linked');
  });
});

describe('a heading about collaboration is not a joint issuer', () => {
  it('"Samverkan mellan kommunen och näringslivet" near the top of a municipality\'s program keeps it a program', () => {
    const c = classifyDocument(
      extracted([`Näringslivsstrategi för Tingsryds kommun
Antagen av kommunfullmäktige 2020-09-28
Samverkan mellan kommunen och näringslivet
Strategin bygger på ett nära samarbete med företagen. Vi träffas i näringslivsrådet fyra gånger om året.
Prioriteringar
Service, mark och kompetens.`]),
    );
    expect(c.isProgram).toBe(true);
  });
});

describe('guards on the corpus-C rules', () => {
  it('a dated news page keeps "Kommunens näringslivsprogram antogs …" as news', () => {
    const c = classifyDocument(
      extracted([`Näringslivsprogrammet är antaget
Publicerad 2024-03-14
Kommunens näringslivsprogram antogs av kommunfullmäktige den 12 mars. Programmet gäller 2024–2027 och har fyra fokusområden. Läs mer på sidan om näringslivsprogrammet.`], { format: 'html', title: 'Näringslivsprogrammet är antaget' }),
    );
    expect(c.isProgram).toBe(false);
  });

  it('"Programmet och handlingsplanen gäller 2020–2024" is the program\'s period', () => {
    const c = classifyDocument(
      extracted([`Näringslivsprogram för Ljungby kommun
Antaget av kommunfullmäktige 2020-01-27
Programmet och handlingsplanen gäller 2020–2024.
Inledning
Programmet anger inriktningen. Prioriteringar: service, mark och kompetens.`]),
    );
    expect([c.validFrom, c.validTo]).toEqual([2020, 2024]);
  });

  it('a heading "Samverkan mellan Arvika, Eda och Årjäng" in a municipality\'s program does not make it joint', () => {
    const c = classifyDocument(
      extracted([`Näringslivsprogram 2019–2022
Antaget av kommunfullmäktige 2019-02-25
Samverkan mellan Arvika, Eda och Årjäng
Vi samverkar med grannkommunerna om besöksnäringen.
Prioriteringar
Service och mark.`]),
    );
    expect(c.isProgram).toBe(true);
  });
});

describe('site furniture', () => {
  it('a cookie banner\'s "Läs mer om kakor" does not make a policy page news', () => {
    const c = classifyDocument(
      extracted([`Företagarpolicy
Vi använder kakor för att förbättra webbplatsen. Läs mer om kakor.
Ljusnarsbergs kommuns företagarpolicy antogs av kommunfullmäktige den 14 maj 2012 och gäller tills vidare.
Policyn beskriver hur kommunens förtroendevalda och medarbetare ska bemöta företag och företagare i alla kontakter.
Vi lovar att
svara på e-post och telefonsamtal senast nästa arbetsdag, ge dig en kontaktperson i kommunen när du vill etablera dig, informera tidigt om beslut som påverkar ditt företag och träffa företagarna minst två gånger per år.`], { format: 'html', title: 'Företagarpolicy' }),
    );
    expect(c.isProgram).toBe(true);
    expect(c.details.validUntilFurtherNotice).toBe(true);
  });
});
