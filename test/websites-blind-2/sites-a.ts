/** Hand-written sites, part A: Haninge, Enköping, Motala, Gislaved, Alvesta, Vimmerby. */
import { esc, filler, fillerMenu, minorDoc, SiteBuilder, slugify, type Link, type SiteOut } from './lib.ts';

// ---------------------------------------------------------------- Haninge (Sitevision, program 4 levels deep)
export function haninge(): SiteOut {
  const b = new SiteBuilder({
    code: '0136', name: 'Haninge', slug: 'haninge', cms: 'sitevision', phone: '08-606 70 00',
    menu: [
      ...fillerMenu('svid'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete.html', children: [['Starta och driva företag', '/naringsliv-och-arbete/starta-och-driva-foretag.4.6e1f3a2b17c4d5e6f7a1b2c.html'], ['Upphandling', '/naringsliv-och-arbete/upphandling.4.6e1f3a2b17c4d5e6f7a1b3d.html'], ['Lediga jobb', '/naringsliv-och-arbete/lediga-jobb.4.6e1f3a2b17c4d5e6f7a1b4e.html']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik.html', children: [['Kommunens organisation', '/kommun-och-politik/kommunens-organisation.4.2a3b4c5d17e8f9a0b1c2001.html'], ['Politik och demokrati', '/kommun-och-politik/politik-och-demokrati.4.2a3b4c5d17e8f9a0b1c2002.html'], ['Ekonomi', '/kommun-och-politik/ekonomi.4.2a3b4c5d17e8f9a0b1c2003.html']] },
    ],
    footer: [['Kontakta oss', '/kontakt'], ['Press', '/kommun-och-politik/press.html'], ['Lediga jobb', '/naringsliv-och-arbete/lediga-jobb.4.6e1f3a2b17c4d5e6f7a1b4e.html'], ['Om webbplatsen', '/om-webbplatsen'], ['Tillgänglighetsredogörelse', '/om-webbplatsen/tillganglighet.html'], ['Personuppgifter (GDPR)', '/om-webbplatsen/gdpr.html'], ['Nyheter', '/nyheter/'], ['Evenemang', '/kalender/']],
  });
  filler(b, { style: 'svid', newsCount: 20 });
  b.page('/', 'Startsida', [], `<h1 class="sr-only">Haninge kommun</h1><section class="puffar"><a href="/bo-och-bygga.html">Bygglov</a><a href="/forskola-och-skola.html">Skolval</a><a href="/naringsliv-och-arbete/lediga-jobb.4.6e1f3a2b17c4d5e6f7a1b4e.html">Lediga jobb</a></section><section><h2>Aktuellt</h2><a href="/nyheter/">Fler nyheter</a></section>`);
  b.page('/naringsliv-och-arbete.html', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><p>Haninge är en växande kommun med drygt 5 000 företag. Här hittar du stöd om du vill starta, driva eller utveckla ditt företag.</p><ul class="sv-linklist"><li><a href="/naringsliv-och-arbete/starta-och-driva-foretag.4.6e1f3a2b17c4d5e6f7a1b2c.html">Starta och driva företag</a></li><li><a href="/naringsliv-och-arbete/upphandling.4.6e1f3a2b17c4d5e6f7a1b3d.html">Upphandling</a></li><li><a href="/naringsliv-och-arbete/lediga-jobb.4.6e1f3a2b17c4d5e6f7a1b4e.html">Lediga jobb</a></li></ul><p>Frågor? Kontakta kommunens företagslots på 08-606 70 00.</p>`);
  b.page('/naringsliv-och-arbete/starta-och-driva-foretag.4.6e1f3a2b17c4d5e6f7a1b2c.html', 'Starta och driva företag', [['Näringsliv och arbete', '/naringsliv-och-arbete.html']], `<h1>Starta och driva företag</h1><p>Nyföretagarcentrum erbjuder kostnadsfri rådgivning. Tillstånd för livsmedel, alkohol och bygglov söker du hos kommunen.</p><p><a href="/bo-och-bygga.html">Läs mer om bygglov</a></p>`);
  b.page('/naringsliv-och-arbete/upphandling.4.6e1f3a2b17c4d5e6f7a1b3d.html', 'Upphandling', [['Näringsliv och arbete', '/naringsliv-och-arbete.html']], `<h1>Upphandling</h1><p>Kommunen köper varor och tjänster för cirka 3 miljarder kronor per år. Annonser finns i upphandlingsverktyget.</p>`);
  b.page('/naringsliv-och-arbete/lediga-jobb.4.6e1f3a2b17c4d5e6f7a1b4e.html', 'Lediga jobb', [['Näringsliv och arbete', '/naringsliv-och-arbete.html']], `<h1>Lediga jobb</h1><p>Sök lediga jobb i kommunen via Offentliga jobb.</p>`);
  b.page('/kommun-och-politik.html', 'Kommun och politik', [], `<h1>Kommun och politik</h1><ul class="sv-linklist"><li><a href="/kommun-och-politik/kommunens-organisation.4.2a3b4c5d17e8f9a0b1c2001.html">Kommunens organisation</a></li><li><a href="/kommun-och-politik/politik-och-demokrati.4.2a3b4c5d17e8f9a0b1c2002.html">Politik och demokrati</a></li><li><a href="/kommun-och-politik/ekonomi.4.2a3b4c5d17e8f9a0b1c2003.html">Ekonomi</a></li><li><a href="/kommun-och-politik/press.html">Press</a></li></ul>`);
  b.page('/kommun-och-politik/press.html', 'Press', [['Kommun och politik', '/kommun-och-politik.html']], `<h1>Press</h1><p>Presstjänsten nås på 08-606 70 50.</p>`);
  b.page('/kommun-och-politik/politik-och-demokrati.4.2a3b4c5d17e8f9a0b1c2002.html', 'Politik och demokrati', [['Kommun och politik', '/kommun-och-politik.html']], `<h1>Politik och demokrati</h1><p>Kommunfullmäktige är kommunens högsta beslutande organ. Sammanträdena är öppna för allmänheten.</p>`);
  b.page('/kommun-och-politik/ekonomi.4.2a3b4c5d17e8f9a0b1c2003.html', 'Ekonomi', [['Kommun och politik', '/kommun-och-politik.html']], `<h1>Ekonomi</h1><p>Här finns budget, årsredovisning och delårsrapporter.</p>`);
  const org = '/kommun-och-politik/kommunens-organisation.4.2a3b4c5d17e8f9a0b1c2001.html';
  const klf = '/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen.4.2a3b4c5d17e8f9a0b1c2011.html';
  b.page(org, 'Kommunens organisation', [['Kommun och politik', '/kommun-och-politik.html']], `<h1>Kommunens organisation</h1><p>Kommunen har sju förvaltningar och två helägda bolag.</p><ul><li><a href="${klf}">Kommunledningsförvaltningen</a></li><li><a href="/kommun-och-politik/kommunens-organisation/utbildningsforvaltningen.4.2a3b4c5d17e8f9a0b1c2012.html">Utbildningsförvaltningen</a></li><li><a href="/kommun-och-politik/kommunens-organisation/socialforvaltningen.4.2a3b4c5d17e8f9a0b1c2013.html">Socialförvaltningen</a></li></ul>`);
  b.page('/kommun-och-politik/kommunens-organisation/utbildningsforvaltningen.4.2a3b4c5d17e8f9a0b1c2012.html', 'Utbildningsförvaltningen', [['Kommun och politik', '/kommun-och-politik.html'], ['Kommunens organisation', org]], `<h1>Utbildningsförvaltningen</h1><p>Ansvarar för förskola, grundskola och gymnasium.</p>`);
  b.page('/kommun-och-politik/kommunens-organisation/socialforvaltningen.4.2a3b4c5d17e8f9a0b1c2013.html', 'Socialförvaltningen', [['Kommun och politik', '/kommun-och-politik.html'], ['Kommunens organisation', org]], `<h1>Socialförvaltningen</h1><p>Ansvarar för individ- och familjeomsorg.</p>`);
  const nle = '/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/naringslivsenheten.4.2a3b4c5d17e8f9a0b1c2021.html';
  b.page(klf, 'Kommunledningsförvaltningen', [['Kommun och politik', '/kommun-och-politik.html'], ['Kommunens organisation', org]], `<h1>Kommunledningsförvaltningen</h1><p>Förvaltningen stödjer kommunstyrelsen och består av flera enheter.</p><ul><li><a href="/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/ekonomienheten.4.2a3b4c5d17e8f9a0b1c2022.html">Ekonomienheten</a></li><li><a href="${nle}">Näringslivsenheten</a></li><li><a href="/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/hr-enheten.4.2a3b4c5d17e8f9a0b1c2023.html">HR-enheten</a></li></ul>`);
  b.page('/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/ekonomienheten.4.2a3b4c5d17e8f9a0b1c2022.html', 'Ekonomienheten', [['Kommun och politik', '/kommun-och-politik.html'], ['Kommunens organisation', org], ['Kommunledningsförvaltningen', klf]], `<h1>Ekonomienheten</h1><p>Budget, redovisning och upphandling.</p>`);
  b.page('/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/hr-enheten.4.2a3b4c5d17e8f9a0b1c2023.html', 'HR-enheten', [['Kommun och politik', '/kommun-och-politik.html'], ['Kommunens organisation', org], ['Kommunledningsförvaltningen', klf]], `<h1>HR-enheten</h1><p>Personalfrågor och lönefrågor.</p>`);
  const pdf = '/download/18.3b1c2a4d17f3e8a9b1c2345/1623318645123/Naringslivsprogram%202022-2026.pdf';
  b.page(nle, 'Näringslivsenheten', [['Kommun och politik', '/kommun-och-politik.html'], ['Kommunens organisation', org], ['Kommunledningsförvaltningen', klf]], `<h1>Näringslivsenheten</h1><p>Näringslivsenheten är kommunens kontaktpunkt för företag. Vi arbetar med företagsbesök, etableringar, kompetensförsörjning och dialog med näringslivet. Arbetet utgår från kommunens näringslivsprogram som kommunfullmäktige antog i mars 2022.</p><div class="sv-file-portlet"><img src="/sitevision/util/images/pdf.png" alt=""><a href="${pdf}">Ladda ner (pdf, 2 MB)</a></div><h2>Kontakt</h2><p>Näringslivschef Maria Lindqvist, 08-606 71 20</p>`);
  b.pdf(pdf, {
    title: 'Näringslivsprogram för Haninge kommun 2022–2026',
    header: 'Haninge kommun', footer: 'Näringslivsprogram 2022–2026', author: 'Kommunledningsförvaltningen',
    pages: [
      ['# Näringslivsprogram för Haninge kommun 2022–2026', 'Antaget av kommunfullmäktige 2022-03-14, § 41. Dnr KS 2021/0877.', 'Programmet gäller för perioden 2022–2026 och följs upp årligen av kommunstyrelsen.'],
      ['# Inledning', 'Haninge ska vara en av Stockholmsregionens bästa kommuner att driva och starta företag i. Ett starkt näringsliv ger arbetstillfällen, skatteintäkter och en levande kommun. Programmet anger kommunens inriktning och prioriteringar för arbetet med näringslivsfrågor.', 'Programmet har tagits fram i dialog med företagare, Företagarna Haninge, Haninge Näringsliv och Handelskammaren. Under hösten 2021 genomfördes tre dialogmöten och en enkät som över 300 företag besvarade.', '# Koppling till andra styrdokument', 'Programmet utgår från kommunens vision Haninge 2030 och den regionala utvecklingsplanen för Stockholmsregionen, RUFS 2050. Haninge är ett av regionens yttre regionala stadskärnor och programmet bidrar till RUFS mål om en tillgänglig och ledande tillväxtregion.'],
      ['# Fokusområden', '1. Service och bemötande: Kommunens handläggning ska vara snabb, rättssäker och förutsägbar. Mål: Nöjd-Kund-Index i Insikt ska vara minst 75 år 2026.', '2. Etablering och mark: Kommunen ska ha en planberedskap på minst 20 hektar verksamhetsmark.', '3. Kompetensförsörjning: Vi samverkar med skolan, vuxenutbildningen och arbetsförmedlingen så att företagens behov av kompetens möts.', '4. Hållbar tillväxt: Näringslivsarbetet ska bidra till Agenda 2030 och till kommunens klimatmål. Vi stöttar företag i omställningen till fossilfrihet och cirkulär ekonomi.'],
      ['# Handlingsplan', 'Till programmet hör en handlingsplan med aktiviteter för varje år. Aktiviteter 2022: införa företagslots, starta näringslivsråd, digitalisera serveringstillstånd. Aktiviteter 2023: utveckla verksamhetsområde Albyberg etapp 3. Aktiviteter 2024: kompetensforum med gymnasiet, klimatnätverk för företag.', '# Uppföljning', 'Kommunstyrelsen följer upp programmet årligen. Indikatorer: Svenskt Näringslivs ranking, NKI, antal nyetablerade företag och sysselsättningsgrad.'],
    ],
  });
  return b.out;
}

// ---------------------------------------------------------------- Enköping (Sitevision, A–Ö list with ?letter=)
export function enkoping(): SiteOut {
  const b = new SiteBuilder({
    code: '0381', name: 'Enköping', slug: 'enkoping', cms: 'sitevision', sitemap: true, phone: '0171-62 50 00',
    menu: [
      ...fillerMenu('html'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete.html', children: [['Företagsservice', '/naringsliv-och-arbete/foretagsservice.html'], ['Mark och lokaler', '/naringsliv-och-arbete/mark-och-lokaler.html']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik.html', children: [['Så styrs kommunen', '/kommun-och-politik/sa-styrs-kommunen.html'], ['Sammanträden och protokoll', '/kommun-och-politik/sammantraden.html']] },
    ],
    footer: [['Kontakt', '/kontakt'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/'], ['Evenemang', '/kalender/'], ['Lediga jobb', '/naringsliv-och-arbete/lediga-jobb.html']],
  });
  filler(b, { style: 'html', newsCount: 14 });
  b.page('/', 'Startsida', [], `<h1>Välkommen till Enköpings kommun</h1><ul><li><a href="/nyheter/">Nyheter</a></li><li><a href="/kalender/">Evenemang</a></li></ul>`);
  b.page('/naringsliv-och-arbete.html', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><p>Enköping ligger mitt i Mälardalen med nära till både Stockholm och Västerås.</p><ul><li><a href="/naringsliv-och-arbete/foretagsservice.html">Företagsservice</a></li><li><a href="/naringsliv-och-arbete/mark-och-lokaler.html">Mark och lokaler</a></li><li><a href="/naringsliv-och-arbete/lediga-jobb.html">Lediga jobb</a></li></ul>`);
  b.page('/naringsliv-och-arbete/foretagsservice.html', 'Företagsservice', [['Näringsliv och arbete', '/naringsliv-och-arbete.html']], `<h1>Företagsservice</h1><p>Vi hjälper dig med tillstånd, kontakter och etablering. Ring 0171-62 50 00.</p>`);
  b.page('/naringsliv-och-arbete/mark-och-lokaler.html', 'Mark och lokaler', [['Näringsliv och arbete', '/naringsliv-och-arbete.html']], `<h1>Mark och lokaler</h1><p>Lediga tomter för verksamheter finns i Romberga och Annelund.</p>`);
  b.page('/naringsliv-och-arbete/lediga-jobb.html', 'Lediga jobb', [['Näringsliv och arbete', '/naringsliv-och-arbete.html']], `<h1>Lediga jobb</h1><p>Se lediga tjänster.</p>`);
  b.page('/kommun-och-politik.html', 'Kommun och politik', [], `<h1>Kommun och politik</h1><ul><li><a href="/kommun-och-politik/sa-styrs-kommunen.html">Så styrs kommunen</a></li><li><a href="/kommun-och-politik/sammantraden.html">Sammanträden och protokoll</a></li></ul>`);
  b.page('/kommun-och-politik/sammantraden.html', 'Sammanträden och protokoll', [['Kommun och politik', '/kommun-och-politik.html']], `<h1>Sammanträden och protokoll</h1><p>Protokoll publiceras i kommunens diarium.</p>`);
  const ssk = '/kommun-och-politik/sa-styrs-kommunen.html';
  b.page(ssk, 'Så styrs kommunen', [['Kommun och politik', '/kommun-och-politik.html']], `<h1>Så styrs kommunen</h1><p>Kommunen styrs av kommunfullmäktige genom mål, budget och styrdokument.</p><ul><li><a href="/kommun-och-politik/sa-styrs-kommunen/styrdokument.html">Styrdokument</a></li><li><a href="/kommun-och-politik/sa-styrs-kommunen/vision.html">Vision 2035</a></li></ul>`);
  b.page('/kommun-och-politik/sa-styrs-kommunen/vision.html', 'Vision 2035', [['Kommun och politik', '/kommun-och-politik.html'], ['Så styrs kommunen', ssk]], `<h1>Vision 2035</h1><p>Enköping – den gröna kommunen i Mälardalen.</p>`);
  const docs: Record<string, string[]> = {
    A: ['Alkoholpolicy', 'Arbetsmiljöpolicy', 'Avfallsplan 2021–2030'],
    B: ['Biblioteksplan 2022–2025', 'Bostadsförsörjningsprogram 2023–2027'],
    D: ['Dokumenthanteringsplan', 'Delegationsordning för kommunstyrelsen'],
    E: ['Energi- och klimatstrategi', 'Ekonomistyrningsprinciper'],
    F: ['Föreningsbidragsregler', 'Friluftsprogram', 'Färdtjänstregler'],
    H: ['Handlingsplan mot våldsbejakande extremism', 'Hållbarhetsprogram 2030'],
    I: ['Informationssäkerhetspolicy', 'Integrationsprogram'],
    K: ['Kommunikationspolicy', 'Kulturpolitiskt program', 'Krisberedskapsplan 2023–2026'],
    L: ['Lönepolicy', 'Landsbygdsprogram'],
    M: ['Miljöprogram 2021–2030', 'Mångfaldspolicy'],
    N: ['Naturvårdsprogram', 'Näringslivsprogram 2015–2018', 'Näringslivsstrategi för Enköpings kommun 2021–2030'],
    O: ['Ordningsföreskrifter'],
    P: ['Parkeringspolicy', 'Personalpolitiskt program'],
    R: ['Riktlinjer för markanvisning', 'Riktlinjer för representation'],
    S: ['Säkerhetspolicy', 'Skolskjutsregler', 'Strategi för digitalisering'],
    T: ['Trafikstrategi', 'Taxor och avgifter'],
    V: ['Vatten- och avloppsplan', 'Vision 2035'],
    Ö: ['Översiktsplan 2040', 'Överförmyndarens riktlinjer'],
  };
  const letters = 'ABCDEFGHIJKLMNOPRSTUVÅÄÖ'.split('');
  const letterNav = `<nav class="az-filter" aria-label="Filtrera på bokstav">${letters.map((l) => (docs[l] ? `<a href="/kommun-och-politik/sa-styrs-kommunen/styrdokument.html?letter=${encodeURIComponent(l)}">${l}</a>` : `<span class="disabled">${l}</span>`)).join(' ')}</nav>`;
  const docUrl = (t: string, i: number) => `/download/18.5f${(0x2c3d4e + i * 131).toString(16)}17a8b9c0d1e2f/16${(10000000000 + i * 7654321).toString()}/${encodeURIComponent(t.replaceAll('–', '-').replaceAll(' ', '%20')).replaceAll('%2520', '%20')}.pdf`;
  let i = 0;
  const listFor = (l: string) => {
    const items = (docs[l] ?? []).map((t) => {
      const u = docUrl(t, i++);
      return { t, u };
    });
    return items;
  };
  const sd = '/kommun-och-politik/sa-styrs-kommunen/styrdokument.html';
  const head = `<h1>Styrdokument</h1><p>Styrdokument är dokument som styr kommunens verksamhet, till exempel policyer, program, planer, strategier och riktlinjer. Sök bland styrdokumenten eller filtrera på första bokstaven.</p><form action="${sd}" method="get"><label>Sök styrdokument <input name="q" type="search"></label><button>Sök</button></form>${letterNav}`;
  const crumbs: Link[] = [['Kommun och politik', '/kommun-och-politik.html'], ['Så styrs kommunen', ssk]];
  for (const l of Object.keys(docs)) {
    const items = listFor(l);
    for (const it of items) {
      if (it.t.startsWith('Näringsliv')) continue;
      b.pdf(it.u, minorDoc(`${it.t}`, `${it.t} för Enköpings kommun. Dokumentet anger inriktning, ansvar och uppföljning inom området och revideras vid behov.`, 'Enköpings'));
    }
    const html = `${head}<h2>${l}</h2><ul class="document-list">${items.map((it) => `<li><a href="${it.u}">${esc(it.t)}</a> <span class="meta">(pdf)</span></li>`).join('')}</ul>`;
    b.page(`${sd}?letter=${encodeURIComponent(l)}`, 'Styrdokument', crumbs, html);
    if (l === 'A') b.page(sd, 'Styrdokument', crumbs, `${head}<h2>A</h2><ul class="document-list">${items.map((it) => `<li><a href="${it.u}">${esc(it.t)}</a> <span class="meta">(pdf)</span></li>`).join('')}</ul>`);
    if (l === 'N') {
      const old = items.find((x) => x.t.startsWith('Näringslivsprogram'))!;
      const cur = items.find((x) => x.t.startsWith('Näringslivsstrategi'))!;
      ENKOPING_URLS.old = old.u;
      ENKOPING_URLS.cur = cur.u;
      b.pdf(old.u, {
        title: 'Näringslivsprogram 2015–2018', header: 'Enköpings kommun', footer: 'Näringslivsprogram 2015–2018',
        pages: [
          ['# Näringslivsprogram för Enköpings kommun 2015–2018', 'Antaget av kommunfullmäktige 2015-02-09, § 12. Programmet gäller 2015–2018.'],
          ['# Mål', 'Enköping ska förbättra sin placering i Svenskt Näringslivs ranking till plats 100 år 2018. Antalet nystartade företag ska öka med 10 procent per år.', 'Kommunen ska erbjuda en samlad företagsservice och minst 15 hektar planlagd verksamhetsmark.'],
          ['# Genomförande', 'Näringslivskontoret ansvarar för genomförandet. En aktivitetsplan tas fram varje år och redovisas för kommunstyrelsen.', 'Programmet ersätts av ett nytt program när perioden löper ut.'],
        ],
      });
      b.pdf(cur.u, {
        title: 'Näringslivsstrategi för Enköpings kommun 2021–2030', header: 'Enköpings kommun · Styrdokument', footer: 'Dnr KS2020/611', author: 'Kommunstyrelsens förvaltning',
        pages: [
          ['# Näringslivsstrategi för Enköpings kommun 2021–2030', 'Dokumenttyp: Strategi. Beslutad av kommunfullmäktige 2021-04-12, § 58. Gäller från 2021-05-01 till och med 2030.', 'Ersätter Näringslivsprogram 2015–2018.'],
          ['# Varför en näringslivsstrategi?', 'Enköping växer och ska vara en attraktiv plats för företag att etablera sig och växa på. Strategin visar hur hela kommunkoncernen – förvaltningar och bolag – ska bidra till ett bättre företagsklimat.', 'Strategin har tagits fram tillsammans med Enköpings näringslivsråd, där företrädare för lokala företag, Företagarna och LRF ingår.', 'Strategin bygger på Region Uppsalas regionala utvecklingsstrategi (RUS) och dess mål om en hållbar och konkurrenskraftig region.'],
          ['# Strategiska områden', 'Företagsklimat: Kommunen ska ha en bra dialog med företagen och en effektiv myndighetsutövning.', 'Etableringar: Enköping ska aktivt marknadsföra sig för etableringar inom logistik, livsmedel och grön industri.', 'Kompetens: Samverkan mellan skola och näringsliv ska stärkas, bland annat genom Teknikcollege.', 'Hållbarhet: Näringslivsarbetet ska bidra till en hållbar utveckling enligt Agenda 2030 och kommunens klimatmål om ett fossilfritt Enköping 2030.'],
          ['# Genomförande och uppföljning', 'Strategin konkretiseras i en handlingsplan som kommunstyrelsen antar för varje mandatperiod. Strategin följs upp årligen i årsredovisningen med indikatorer för företagsklimat, nyföretagande och sysselsättning.'],
        ],
      });
    }
  }
  b.raw('/robots.txt', 'User-agent: *\nDisallow: /sok.html\nSitemap: {{ORIGIN}}/sitemap.xml\n');
  return b.out;
}
export const ENKOPING_URLS = { old: '', cur: '' };

// ---------------------------------------------------------------- Motala (Optimizely, Dokument tab)
export function motala(): SiteOut {
  const b = new SiteBuilder({
    code: '0583', name: 'Motala', slug: 'motala', cms: 'episerver', sitemap: true, phone: '0141-22 50 00',
    robots: 'User-agent: *\nDisallow: /episerver/\nDisallow: /util/\nSitemap: {{ORIGIN}}/sitemap.xml\n',
    menu: [
      ...fillerMenu('slash'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete/', children: [['Företagsservice', '/naringsliv-och-arbete/foretagsservice/'], ['Lediga lokaler och mark', '/naringsliv-och-arbete/lediga-lokaler-och-mark/'], ['Arbetsmarknad', '/naringsliv-och-arbete/arbetsmarknad/']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik/', children: [['Politik', '/kommun-och-politik/politik/'], ['Organisation', '/kommun-och-politik/organisation/']] },
    ],
    footer: [['Kontakta oss', '/kontakt'], ['Invest in Motala', '/invest/'], ['Lättläst', '/lattlast/'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/'], ['Evenemang', '/kalender/']],
  });
  filler(b, { style: 'slash', newsCount: 18 });
  b.page('/', 'Startsida', [], `<h1>Motala kommun</h1><p>Välkommen till Motala – staden vid Vättern.</p><a href="/nyheter/">Alla nyheter</a>`);
  b.page('/lattlast/', 'Lättläst', [], `<h1>Lättläst</h1><p>Motala är en kommun i Östergötland.</p>`);
  b.page('/languages/', 'Languages', [], `<h1>Languages</h1><p><a href="/invest/">Invest in Motala</a></p>`);
  b.page('/invest/', 'Invest in Motala', [], `<h1>Invest in Motala</h1><p>Motala offers land for industry and logistics by lake Vättern, one hour from Linköping. Our business office will help you find premises and contacts.</p><p>Contact: business@motala.example, +46 141 22 50 00</p>`);
  const tabs = (active: string) => `<ul class="tabs" role="tablist"><li${active === 'oversikt' ? ' class="active"' : ''}><a href="/naringsliv-och-arbete/">Översikt</a></li><li${active === 'kontakt' ? ' class="active"' : ''}><a href="/naringsliv-och-arbete/?tab=kontakt">Kontakt</a></li><li${active === 'dokument' ? ' class="active"' : ''}><a href="/naringsliv-och-arbete/?tab=dokument">Dokument</a></li></ul>`;
  const intro = `<h1>Näringsliv och arbete</h1><p class="preamble">I Motala finns cirka 3 800 företag. Näringslivsenheten är din väg in i kommunen.</p>`;
  b.page('/naringsliv-och-arbete/', 'Näringsliv och arbete', [], `${intro}${tabs('oversikt')}<div class="tab-panel"><ul class="linklist"><li><a href="/naringsliv-och-arbete/foretagsservice/">Företagsservice</a></li><li><a href="/naringsliv-och-arbete/lediga-lokaler-och-mark/">Lediga lokaler och mark</a></li><li><a href="/naringsliv-och-arbete/arbetsmarknad/">Arbetsmarknad</a></li></ul></div>`);
  b.page('/naringsliv-och-arbete/?tab=kontakt', 'Näringsliv och arbete', [], `${intro}${tabs('kontakt')}<div class="tab-panel"><p>Näringslivschef Johan Ek, 0141-22 51 10.</p></div>`);
  const prog = '/globalassets/dokument/naringsliv/tillvaxtprogram-2023-2027.docx';
  const hp = '/globalassets/dokument/naringsliv/handlingsplan-tillvaxtprogram-2024.docx';
  b.page('/naringsliv-och-arbete/?tab=dokument', 'Näringsliv och arbete', [], `${intro}${tabs('dokument')}<div class="tab-panel"><ul class="document-list"><li><a href="${prog}">Tillväxtprogram 2023–2027</a> <span>(docx, 84 kB)</span></li><li><a href="${hp}">Handlingsplan 2024</a> <span>(docx, 41 kB)</span></li><li><a href="/globalassets/dokument/naringsliv/foretagsbarometern-2023.pdf">Företagsbarometern 2023</a></li></ul></div>`);
  b.pdf('/globalassets/dokument/naringsliv/foretagsbarometern-2023.pdf', { title: 'Företagsbarometern 2023', header: 'Motala kommun', pages: [['# Företagsbarometern 2023', 'Resultat från enkät till 412 företag i Motala. 62 procent bedömer företagsklimatet som gott.'], ['# Resultat', 'Service och bemötande får högst betyg. Tillgång till kompetens upplevs som största hindret för tillväxt.']] });
  b.page('/naringsliv-och-arbete/foretagsservice/', 'Företagsservice', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<h1>Företagsservice</h1><p>Företagslotsen samordnar kontakter med kommunens förvaltningar.</p>`);
  b.page('/naringsliv-och-arbete/lediga-lokaler-och-mark/', 'Lediga lokaler och mark', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<h1>Lediga lokaler och mark</h1><p>Verksamhetsmark i Bergsäter och Fågelsta.</p>`);
  b.page('/naringsliv-och-arbete/arbetsmarknad/', 'Arbetsmarknad', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<h1>Arbetsmarknad</h1><p>Arbetsmarknadsenheten hjälper personer till arbete.</p>`);
  b.page('/kommun-och-politik/', 'Kommun och politik', [], `<h1>Kommun och politik</h1><ul><li><a href="/kommun-och-politik/politik/">Politik</a></li><li><a href="/kommun-och-politik/organisation/">Organisation</a></li></ul>`);
  b.page('/kommun-och-politik/politik/', 'Politik', [['Kommun och politik', '/kommun-och-politik/']], `<h1>Politik</h1><p>Kommunfullmäktige har 61 ledamöter.</p>`);
  b.page('/kommun-och-politik/organisation/', 'Organisation', [['Kommun och politik', '/kommun-och-politik/']], `<h1>Organisation</h1><p>Sex förvaltningar.</p>`);
  b.docx(prog, {
    title: 'Tillväxtprogram för Motala kommun 2023–2027', header: 'Motala kommun', footer: 'Tillväxtprogram 2023–2027', author: 'Kommunledningsförvaltningen',
    pages: [
      ['# Tillväxtprogram för Motala kommun 2023–2027', 'Fastställt av kommunfullmäktige 2023-02-27, § 19. Giltighetstid: 2023–2027. Ansvarig: kommundirektören.'],
      ['# Syfte', 'Tillväxtprogrammet beskriver hur Motala kommun ska arbeta för fler jobb, fler företag och fler invånare. Programmet riktar sig till hela kommunkoncernen.', 'Programmet har arbetats fram med Motala Näringslivsråd, Företagarna Motala och Motala Industriförening under 2022.', 'Programmet tar sin utgångspunkt i Östergötlands regionala utvecklingsstrategi (RUS) och i samverkan inom Linköping–Norrköping-regionen.'],
      ['# Målområden', 'Fler företag: Nyföretagandet ska öka till minst 6 nya företag per 1000 invånare.', 'Attraktiv plats: Motala ska marknadsföras som en plats att bo, verka och besöka vid Vättern.', 'Kompetens: Matchningen på arbetsmarknaden ska förbättras genom yrkesvux och lärlingsutbildningar.', 'Grön omställning: Tillväxten ska vara hållbar. Kommunen stöttar företag i klimatomställningen och arbetar för cirkulära flöden i linje med Agenda 2030.'],
      ['# Genomförande', 'Programmet genomförs genom en separat handlingsplan som revideras varje år och antas av kommunstyrelsen. Programmet följs upp i årsredovisningen.'],
    ],
  });
  b.docx(hp, {
    title: 'Handlingsplan 2024 för tillväxtprogrammet', header: 'Motala kommun', footer: 'Handlingsplan 2024',
    pages: [
      ['# Handlingsplan 2024 – Tillväxtprogram för Motala kommun 2023–2027', 'Antagen av kommunstyrelsen 2024-01-15. Handlingsplanen anger aktiviteter för 2024 inom programmets målområden.'],
      ['# Aktiviteter', 'Fler företag: Starta en företagsinkubator tillsammans med Almi. Ansvar: näringslivsenheten.', 'Attraktiv plats: Kampanj för inflyttning riktad till Linköping. Ansvar: kommunikationsenheten.', 'Kompetens: Yrkesdag för gymnasieelever i samverkan med industrin. Ansvar: utbildningsförvaltningen.', 'Grön omställning: Klimatnätverk för små och medelstora företag.'],
    ],
  });
  return b.out;
}

// ---------------------------------------------------------------- Gislaved (Municipio, Visa fler, old + new)
export function gislaved(): SiteOut {
  const b = new SiteBuilder({
    code: '0662', name: 'Gislaved', slug: 'gislaved', cms: 'municipio', phone: '0371-810 00',
    menu: [
      ...fillerMenu('slash'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete/', children: [['Näringslivsutveckling', '/naringsliv-och-arbete/naringslivsutveckling/'], ['Starta företag', '/naringsliv-och-arbete/starta-foretag/'], ['Upphandling', '/naringsliv-och-arbete/upphandling/']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik/' },
    ],
    footer: [['Kontakt', '/kontakt'], ['Cookies', '/cookies/'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/']],
  });
  filler(b, { style: 'slash', newsCount: 12 });
  b.page('/', 'Startsida', [], `<h1>Gislaveds kommun</h1><p><a href="/naringsliv-och-arbete/">Näringsliv och arbete</a></p>`);
  b.page('/cookies/', 'Cookies', [], `<h1>Cookies</h1><p>Vi använder nödvändiga kakor.</p>`);
  b.page('/kommun-och-politik/', 'Kommun och politik', [], `<h1>Kommun och politik</h1><p>Kommunfullmäktige, nämnder och protokoll.</p>`);
  b.page('/naringsliv-och-arbete/', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><div class="c-card-grid"><a class="c-card" href="/naringsliv-och-arbete/naringslivsutveckling/">Näringslivsutveckling</a><a class="c-card" href="/naringsliv-och-arbete/starta-foretag/">Starta företag</a><a class="c-card" href="/naringsliv-och-arbete/upphandling/">Upphandling</a></div>`);
  b.page('/naringsliv-och-arbete/starta-foretag/', 'Starta företag', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<h1>Starta företag</h1><p>Få gratis rådgivning via Nyföretagarcentrum GGVV.</p>`);
  b.page('/naringsliv-och-arbete/upphandling/', 'Upphandling', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<h1>Upphandling</h1><p>Gislaved samarbetar om upphandling med Gnosjö, Vaggeryd och Värnamo.</p>`);
  const old = '/wp-content/uploads/2017/02/naringslivsprogram-2017-2020.pdf';
  const cur = '/wp-content/uploads/2023/06/Naringslivsprogram-Gislaveds-kommun-2023-2027.pdf';
  const first = [
    ['Näringslivsprogram 2017–2020', old],
    ['Företagsklimatet i Gislaved – enkät 2022', '/wp-content/uploads/2022/11/foretagsklimat-enkat-2022.pdf'],
    ['Verksamhetsberättelse näringsliv 2022', '/wp-content/uploads/2023/02/verksamhetsberattelse-naringsliv-2022.pdf'],
  ];
  const more = [
    ['Näringslivsprogram 2023–2027', cur],
    ['Evenemangsstrategi', '/wp-content/uploads/2021/09/evenemangsstrategi.pdf'],
    ['Besöksnäringsanalys GGVV', '/wp-content/uploads/2020/05/besoksnaringsanalys-ggvv.pdf'],
  ];
  const li = (xs: string[][]) => xs.map(([t, u]) => `<li class="c-file"><a href="${u}">${t}</a> <span class="c-file__size">PDF</span></li>`).join('');
  const nu = '/naringsliv-och-arbete/naringslivsutveckling/';
  b.page(nu, 'Näringslivsutveckling', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<h1>Näringslivsutveckling</h1><p>Gislaved är en industrikommun med stark entreprenörsanda i Gnosjöregionen. Kommunen arbetar tillsammans med företagen för att utveckla företagsklimatet.</p><h2>Dokument</h2><ul class="c-filelist">${li(first)}</ul><a class="c-button" href="${nu}?visa=alla">Visa fler</a>`);
  b.page(`${nu}?visa=alla`, 'Näringslivsutveckling', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<h1>Näringslivsutveckling</h1><h2>Dokument</h2><ul class="c-filelist">${li([...first, ...more])}</ul>`);
  b.pdf('/wp-content/uploads/2022/11/foretagsklimat-enkat-2022.pdf', { title: 'Företagsklimatet i Gislaved – enkät 2022', pages: [['# Företagsklimatet i Gislaved 2022', 'Enkäten besvarades av 230 företag. Betyget på företagsklimatet var 3,6 av 6.'], ['# Kommentarer', 'Företagen efterfrågar snabbare bygglov och bättre vägar.']] });
  b.pdf('/wp-content/uploads/2023/02/verksamhetsberattelse-naringsliv-2022.pdf', { title: 'Verksamhetsberättelse näringsliv 2022', pages: [['# Verksamhetsberättelse 2022', 'Under året gjordes 120 företagsbesök och arrangerades fyra frukostmöten.'], ['# Ekonomi', 'Budgeten hölls.']] });
  b.pdf('/wp-content/uploads/2021/09/evenemangsstrategi.pdf', { title: 'Evenemangsstrategi', pages: [['# Evenemangsstrategi för Gislaveds kommun', 'Strategin anger hur kommunen prioriterar och stödjer evenemang.'], ['# Prioriteringar', 'Idrottsevenemang och kulturfestivaler som lockar besökare.']] });
  b.pdf('/wp-content/uploads/2020/05/besoksnaringsanalys-ggvv.pdf', { title: 'Besöksnäringsanalys GGVV', pages: [['# Besöksnäringsanalys', 'Analysen beskriver besöksnäringen i Gislaved, Gnosjö, Vaggeryd och Värnamo.'], ['# Slutsatser', 'Antalet gästnätter ökade med 8 procent 2019.']] });
  b.pdf(old, {
    title: 'Näringslivsprogram 2017–2020', header: 'Gislaveds kommun', footer: 'Näringslivsprogram 2017–2020',
    pages: [
      ['# Näringslivsprogram för Gislaveds kommun 2017–2020', 'Antaget av kommunfullmäktige 2017-01-26. Programmet gäller till och med 2020.'],
      ['# Mål', 'Gislaved ska vara en av Smålands bästa kommuner för företag. Kommunen ska halvera handläggningstiden för bygglov.', 'Samverkan inom GGVV-regionen ska fördjupas.'],
      ['# Aktiviteter', 'Företagsbesök, näringslivsfrukostar och en årlig näringslivsgala.'],
    ],
  });
  b.pdf(cur, {
    title: 'Näringslivsprogram Gislaveds kommun 2023–2027', header: 'Gislaveds kommun', footer: 'Antaget KF 2023-05-25 § 88',
    pages: [
      ['# Näringslivsprogram 2023–2027', 'Gislaveds kommun. Antaget av kommunfullmäktige 2023-05-25, § 88. Programmet gäller 2023–2027 och ersätter Näringslivsprogram 2017–2020.'],
      ['# Bakgrund', 'Gislaved har en av landets högsta andelar sysselsatta inom tillverkningsindustrin. Industrins omställning, kompetensbrist och bristen på bostäder är de största utmaningarna.', 'Programmet har tagits fram tillsammans med företagare i en näringslivsgrupp och med Gislaved Näringsliv AB.'],
      ['# Samverkan', 'Kommunen samverkar i GGVV – Gislaved, Gnosjö, Vaggeryd och Värnamo – om kompetensförsörjning, besöksnäring och upphandling. Programmet bidrar också till Region Jönköpings läns regionala utvecklingsstrategi.'],
      ['# Insatsområden', 'Service och myndighetsutövning: tydliga handläggningstider och en väg in.', 'Kompetensförsörjning: Teknikcollege, yrkesvux och språkutbildning för nyanlända.', 'Mark och infrastruktur: 30 hektar ny verksamhetsmark i Anderstorp och Smålandsstenar.', 'Hållbar industri: stöd till energieffektivisering och cirkulära affärsmodeller.'],
      ['# Uppföljning', 'En aktivitetsplan tas fram varje år. Programmet följs upp av kommunstyrelsen varje höst.'],
    ],
  });
  return b.out;
}

// ---------------------------------------------------------------- Alvesta (Drupal, program web page only in sitemap)
export function alvesta(): SiteOut {
  const b = new SiteBuilder({
    code: '0764', name: 'Alvesta', slug: 'alvesta', cms: 'drupal', sitemap: true, phone: '0472-150 00',
    robots: 'User-agent: *\nDisallow: /admin/\nDisallow: /user/\nDisallow: /search/\nSitemap: {{ORIGIN}}/sitemap.xml\n',
    menu: [
      ...fillerMenu('slash'),
      { label: 'Näringsliv och arbete', url: '/naringsliv/', children: [['Företagsservice', '/naringsliv/foretagsservice'], ['Etablera dig', '/naringsliv/etablera-dig']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik/' },
    ],
    footer: [['Kontakt', '/kontakt'], ['Integritetspolicy', '/integritetspolicy'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/']],
  });
  filler(b, { style: 'slash', newsCount: 12 });
  b.page('/', 'Startsida', [], `<h1>Alvesta kommun</h1><p>Mitt i Småland.</p>`);
  b.page('/integritetspolicy', 'Integritetspolicy', [], `<h1>Integritetspolicy</h1><p>Så behandlar vi dina personuppgifter.</p>`);
  b.page('/kommun-och-politik/', 'Kommun och politik', [], `<h1>Kommun och politik</h1><p>Protokoll, nämnder och styrdokument finns i diariet.</p>`);
  b.page('/naringsliv/', 'Näringsliv', [], `<h1>Näringsliv</h1><p>Alvesta är en knutpunkt för järnvägen i Småland. Vill du etablera dig eller få kontakt med kommunen, hör av dig till näringslivsavdelningen.</p><ul><li><a href="/naringsliv/foretagsservice">Företagsservice</a></li><li><a href="/naringsliv/etablera-dig">Etablera dig</a></li></ul>`);
  b.page('/naringsliv/foretagsservice', 'Företagsservice', [['Näringsliv', '/naringsliv/']], `<h1>Företagsservice</h1><p>Ring 0472-150 00 så lotsar vi dig rätt.</p>`);
  b.page('/naringsliv/etablera-dig', 'Etablera dig', [['Näringsliv', '/naringsliv/']], `<h1>Etablera dig</h1><p>Ledig verksamhetsmark vid Alvesta Logistikpark.</p>`);
  const prog = '/naringslivsprogram-2023-2026';
  b.orphanInSitemap(prog);
  const acc = (h: string, body: string) => `<details class="accordion"><summary><h2>${h}</h2></summary><div class="accordion__body">${body}</div></details>`;
  b.page(prog, 'Näringslivsprogram 2023–2026', [['Näringsliv', '/naringsliv/']], `<h1>Näringslivsprogram för Alvesta kommun 2023–2026</h1><p class="lead">Näringslivsprogrammet antogs av kommunfullmäktige den 25 april 2023 (§ 62) och gäller 2023–2026. Programmet visar hur kommunen ska arbeta för ett bättre företagsklimat och fler jobb.</p>${acc('Bakgrund', '<p>Alvesta har cirka 20 000 invånare och drygt 2 000 företag. Programmet har tagits fram i dialog med Alvesta Näringslivsråd och företagare i Moheda, Vislanda och Grimslöv.</p>')}${acc('Regional samverkan', '<p>Programmet utgår från Region Kronobergs regionala utvecklingsstrategi Gröna Kronoberg 2025 och från samverkan i Småland Business Region.</p>')}${acc('Mål', '<ul><li>Alvesta ska ligga bland de 100 bästa kommunerna i Svenskt Näringslivs ranking 2026.</li><li>Sysselsättningsgraden ska öka med två procentenheter.</li><li>Minst tio nya etableringar vid logistikparken.</li></ul>')}${acc('Prioriterade områden och aktiviteter', '<p>Bemötande och service: företagslots och snabbare bygglov. Kompetensförsörjning: samverkan med Linnéuniversitetet och gymnasiet. Infrastruktur: dubbelspår och bredband på landsbygden. Hållbar utveckling: stöd till företagens klimatomställning och cirkulär ekonomi enligt Agenda 2030.</p><p>Varje år tas en aktivitetsplan fram med konkreta insatser, ansvarig och tidplan.</p>')}${acc('Uppföljning', '<p>Kommunstyrelsen följer upp programmet årligen. Resultatet redovisas för näringslivsrådet.</p>')}`);
  return b.out;
}

// ---------------------------------------------------------------- Vimmerby (Sitevision, only footer 'Styrdokument')
export function vimmerby(): SiteOut {
  const b = new SiteBuilder({
    code: '0884', name: 'Vimmerby', slug: 'vimmerby', cms: 'sitevision', phone: '0492-76 90 00',
    menu: [
      ...fillerMenu('html'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete.html', children: [['Företagare', '/naringsliv-och-arbete/foretagare.html'], ['Besöksnäring', '/naringsliv-och-arbete/besoksnaring.html']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik.html' },
    ],
    footer: [['Kontakt', '/kontakt'], ['Styrdokument', '/styrdokument.html'], ['Lediga jobb', '/lediga-jobb.html'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/'], ['Evenemang', '/kalender/']],
  });
  filler(b, { style: 'html', newsCount: 14 });
  b.page('/', 'Startsida', [], `<h1>Vimmerby kommun</h1><p>Astrid Lindgrens hemstad.</p>`);
  b.page('/lediga-jobb.html', 'Lediga jobb', [], `<h1>Lediga jobb</h1><p>Jobba hos oss.</p>`);
  b.page('/kommun-och-politik.html', 'Kommun och politik', [], `<h1>Kommun och politik</h1><p>Kommunfullmäktige sammanträder en gång i månaden.</p>`);
  b.page('/naringsliv-och-arbete.html', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><p>Vimmerby har ett rikt näringsliv med livsmedelsindustri och besöksnäring.</p><ul><li><a href="/naringsliv-och-arbete/foretagare.html">Företagare</a></li><li><a href="/naringsliv-och-arbete/besoksnaring.html">Besöksnäring</a></li></ul>`);
  b.page('/naringsliv-och-arbete/foretagare.html', 'Företagare', [['Näringsliv och arbete', '/naringsliv-och-arbete.html']], `<h1>Företagare</h1><p>Kontakta Vimmerby Näringsliv för stöd och nätverk.</p>`);
  b.page('/naringsliv-och-arbete/besoksnaring.html', 'Besöksnäring', [['Näringsliv och arbete', '/naringsliv-och-arbete.html']], `<h1>Besöksnäring</h1><p>Över en miljon gästnätter per år.</p>`);
  const prog = '/download/18.5f2a6b7c18a1d2e3f4a5b6c/1612345678901/Naringslivsprogram%202021-2025.pdf';
  const others = [
    ['Budget 2024 med plan 2025–2026', '/download/18.5f2a6b7c18a1d2e3f4a5b01/1702345678901/Budget%202024.pdf'],
    ['Kulturplan 2022–2025', '/download/18.5f2a6b7c18a1d2e3f4a5b02/1642345678901/Kulturplan.pdf'],
    ['Miljöpolicy', '/download/18.5f2a6b7c18a1d2e3f4a5b03/1552345678901/Miljopolicy.pdf'],
    ['Näringslivsprogram 2021–2025', prog],
    ['Policy för medborgardialog', '/download/18.5f2a6b7c18a1d2e3f4a5b04/1582345678901/Medborgardialog.pdf'],
    ['Översiktsplan 2018', '/download/18.5f2a6b7c18a1d2e3f4a5b05/1532345678901/Oversiktsplan%202018.pdf'],
  ];
  b.page('/styrdokument.html', 'Styrdokument', [], `<h1>Styrdokument</h1><p>Här publiceras kommunens gällande styrdokument.</p><table class="sv-table"><thead><tr><th>Dokument</th><th>Beslutad</th></tr></thead><tbody>${others.map(([t, u], i) => `<tr><td><a href="${u}">${t} (pdf)</a></td><td>KF 20${18 + i}</td></tr>`).join('')}</tbody></table>`);
  for (const [t, u] of others) if (u !== prog) b.pdf(u!, minorDoc(t!, `${t} för Vimmerby kommun.`, 'Vimmerby'));
  b.pdf(prog, {
    title: 'Näringslivsprogram 2021–2025', header: 'Vimmerby kommun', footer: 'Näringslivsprogram 2021–2025',
    pages: [
      ['# Näringslivsprogram för Vimmerby kommun 2021–2025', 'Beslutat av kommunfullmäktige 2021-01-25, § 3. Gäller 2021–2025.'],
      ['# Utgångspunkter', 'Vimmerby ska vara en kommun där det är enkelt och attraktivt att driva företag. Programmet utgår från kommunens vision och Region Kalmar läns regionala utvecklingsstrategi.', 'Programmet har tagits fram tillsammans med Vimmerby Näringsliv, där ett sextiotal företag är medlemmar.'],
      ['# Fokusområden', 'Besöksnäring: utveckla Vimmerby som destination året runt.', 'Livsmedel: stärka livsmedelsklustret och den lokala förädlingen.', 'Kompetens: koppla ihop skolan och arbetslivet, praktikplatser och lärlingar.', 'Service: ett gott bemötande och korta handläggningstider.'],
      ['# Uppföljning', 'Programmet följs upp årligen. En handlingsplan med aktiviteter tas fram av näringslivsavdelningen och redovisas för kommunstyrelsen.'],
    ],
  });
  return b.out;
}
export { slugify };
