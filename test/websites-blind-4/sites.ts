/**
 * Blind set 4: hand-written municipal websites. Each function builds one site:
 * the pages that lead to or hold programs and all documents are written here
 * by hand; the boring pages come from filler() in lib.ts.
 */
import { esc, filler, lookAlike, news, newSite, NEWS_FILLER, page, programSpec, type MenuItem, type Site } from './lib.ts';

const TOPICS: Record<string, string[]> = {
  '/bo-och-bygga/': ['Bygglov', 'Detaljplaner', 'Vatten och avlopp', 'Avfall och återvinning', 'Energi- och klimatrådgivning', 'Gator och vägar', 'Lediga tomter', 'Kartor och mätning'],
  '/omsorg-och-stod/': ['Äldreomsorg', 'Hemtjänst', 'Funktionsnedsättning', 'Ekonomiskt bistånd', 'Stöd vid våld', 'Anhörigstöd'],
  '/utbildning/': ['Förskola', 'Grundskola', 'Gymnasieskola', 'Vuxenutbildning', 'Skolskjuts', 'Skolmat'],
  '/uppleva-och-gora/': ['Bibliotek', 'Badhus', 'Idrottsanläggningar', 'Kulturskola', 'Föreningar', 'Naturreservat'],
  '/kommun-och-politik/': ['Kommunfullmäktige', 'Kommunstyrelsen', 'Nämnder', 'Val', 'Budget och ekonomi', 'Diarium', 'Protokoll och handlingar', 'Synpunkter och klagomål'],
};

function baseMenu(business: MenuItem, kommun?: MenuItem[]): MenuItem[] {
  return [
    { label: 'Bo och bygga', href: '/bo-och-bygga/' },
    { label: 'Omsorg och stöd', href: '/omsorg-och-stod/' },
    { label: 'Utbildning och barnomsorg', href: '/utbildning/' },
    { label: 'Uppleva och göra', href: '/uppleva-och-gora/' },
    business,
    { label: 'Kommun och politik', href: '/kommun-och-politik/', ...(kommun ? { children: kommun } : {}) },
  ];
}

function newsItems(extra: Array<{ title: string; date: string; body: string }> = [], at = 0) {
  const items = NEWS_FILLER.map((t, i) => ({ title: t, date: `2024-${String(12 - Math.floor(i / 2)).padStart(2, '0')}-${String(10 + (i % 2) * 10)}`, body: `<p>${esc(t)}. Mer information finns hos kommunens servicecenter.</p>` }));
  items.splice(at, 0, ...extra);
  return items;
}

function start(site: Site, menu: MenuItem[], url: string, extra = '', footerExtra?: Array<[string, string]>): void {
  site.pages.set(url, page(site, menu, { title: `Välkommen till ${site.name} kommun`, body: `<section class="hero"><p>Här finns information och e-tjänster för dig som bor, verkar eller vill flytta till ${esc(site.name)}.</p></section>
<section class="quick"><h2>Populärt just nu</h2><ul><li><a href="/bo-och-bygga/bygglov/">Bygglov</a></li><li><a href="/utbildning/forskola/">Förskola</a></li><li><a href="/jobb/">Lediga jobb</a></li><li><a href="/bo-och-bygga/avfall-och-atervinning/">Sophämtning</a></li></ul></section>
<section class="news"><h2>Nyheter</h2><ul><li><a href="/nyheter/sommarlovsaktiviteter-for-alla-barn/">Sommarlovsaktiviteter för alla barn</a></li><li><a href="/nyheter/ny-forskola-invigd/">Ny förskola invigd</a></li></ul><a href="/nyheter/">Alla nyheter</a></section>
<section class="events"><h2>Evenemang</h2><a href="/kalender/?manad=2024-05">Kalender</a></section>${extra}`, footerExtra }));
}

/* 1. Alingsås – Sitevision, program only as a web page with accordions, 'Företag och näringsliv'. */
function alingsas(): Site {
  const s = newSite('1489', 'Alingsås', 'alingsas', 'sitevision');
  const biz: MenuItem = { label: 'Företag och näringsliv', href: '/foretag-och-naringsliv.html', children: [
    { label: 'Starta och driva företag', href: '/foretag-och-naringsliv/starta-och-driva-foretag.html' },
    { label: 'Tillstånd och regler', href: '/foretag-och-naringsliv/tillstand-och-regler.html' },
    { label: 'Upphandling', href: '/foretag-och-naringsliv/upphandling.html' },
    { label: 'Näringslivsprogram', href: '/foretag-och-naringsliv/naringslivsprogram-2023-2027.html' },
    { label: 'Mark och lokaler', href: '/foretag-och-naringsliv/mark-och-lokaler.html' },
  ] };
  const menu = baseMenu(biz);
  const acc = (h: string, t: string) => `<details class="sv-accordion"><summary>${esc(h)}</summary><div class="sv-text-portlet-content"><p>${t}</p></div></details>`;
  s.pages.set('/foretag-och-naringsliv/naringslivsprogram-2023-2027.html', page(s, menu, { title: 'Näringslivsprogram för Alingsås kommun 2023–2027', crumbs: [['Företag och näringsliv', '/foretag-och-naringsliv.html']], body: `
<p class="lead">Näringslivsprogrammet antogs av kommunfullmäktige den 26 april 2023 (§ 71) och gäller för åren 2023–2027. Programmet publiceras här som webbsida – det finns ingen separat pdf.</p>
<p>Programmet anger hur hela kommunkoncernen – förvaltningar och bolag – ska arbeta för ett bättre företagsklimat i Alingsås. Det har tagits fram tillsammans med Alingsås näringslivsråd, Företagarna Alingsås och Handelsstaden Alingsås.</p>
${acc('Vision och mål', 'Alingsås ska 2027 vara en av Västra Götalands bästa kommuner för företag att verka i. Målen är att fler företag startas (minst 250 per år), att kommunens service till företag får minst 80 i NKI och att placeringen i Svenskt Näringslivs ranking förbättras varje år.')}
${acc('Fokusområde 1: Service och bemötande', 'Vi ska ge snabba och förutsägbara besked i bygglov, livsmedelskontroll och serveringstillstånd. En företagslots samordnar kommunens kontakter med företag som vill etablera sig.')}
${acc('Fokusområde 2: Kompetensförsörjning', 'Skola och näringsliv ska mötas. Vi utvecklar praktik, lärlingsplatser och yrkesvux tillsammans med arbetsgivarna.')}
${acc('Fokusområde 3: Etablering och mark', 'Kommunen ska ha planlagd verksamhetsmark i beredskap, särskilt längs E20 och Västra stambanan.')}
${acc('Fokusområde 4: Hållbar tillväxt', 'Programmet utgår från Agenda 2030. Vi stöttar företagens klimatomställning och cirkulära affärsmodeller, och hållbarhet är ett eget perspektiv i varje aktivitet.')}
${acc('Regional samverkan', 'Programmet bidrar till Västra Götalandsregionens regionala utvecklingsstrategi Västra Götaland 2020–2030 och genomförs i samverkan med Göteborgsregionen (GR) och Business Region Göteborg.')}
${acc('Handlingsplan 2023–2024', 'Aktiviteter: 80 företagsbesök per år, frukostmöten, Företagsgalan, en digital etableringsguide och uppföljning av handläggningstider. Ansvar: näringslivsenheten och sektor samhällsbyggnad.')}
${acc('Uppföljning', 'Kommunstyrelsen följer upp programmet årligen i samband med årsredovisningen.')}
<p class="updated">Senast uppdaterad: 12 maj 2023</p>` }));
  s.pages.set('/foretag-och-naringsliv.html', page(s, menu, { title: 'Företag och näringsliv', body: `<ul class="sv-cards">${(biz.children ?? []).map((c) => `<li><a href="${c.href}">${esc(c.label)}</a></li>`).join('')}</ul><p>Näringslivsenheten finns till för dig som driver eller vill starta företag i Alingsås.</p>` }));
  start(s, menu, '/');
  news(s, menu, newsItems());
  filler(s, menu, TOPICS);
  s.docs.push({ url: '/download/18.2f5e3b1a17a0c1d2e3f4567/1650000000000/Miljoprogram%20Alingsas%202020-2030.pdf', kind: 'pdf', spec: lookAlike('Alingsås', 'miljöprogram', '2020–2030') });
  s.pages.set('/bo-och-bygga/energi-och-klimatradgivning/', page(s, menu, { title: 'Miljö och klimat', crumbs: [['Bo och bygga', '/bo-och-bygga/']], body: '<p>Kommunens miljöprogram: <a href="/download/18.2f5e3b1a17a0c1d2e3f4567/1650000000000/Miljoprogram%20Alingsas%202020-2030.pdf">Ladda ner (pdf, 1 MB)</a></p>' }));
  return s;
}

/* 2. Kumla – start redirects (302) to /sv/; 'Arbete och näringsliv'; document list with generic anchors only. */
function kumla(): Site {
  const s = newSite('1881', 'Kumla', 'kumla', 'sitevision');
  s.redirects.push('/ /sv/ 302');
  const P = '/sv';
  const biz: MenuItem = { label: 'Arbete och näringsliv', href: `${P}/arbete-och-naringsliv/`, children: [
    { label: 'Företagsservice', href: `${P}/arbete-och-naringsliv/foretagsservice/` },
    { label: 'Lediga lokaler och tomter', href: `${P}/arbete-och-naringsliv/lediga-lokaler/` },
    { label: 'Arbetsmarknad', href: `${P}/arbete-och-naringsliv/arbetsmarknad/` },
    { label: 'Dokument', href: `${P}/arbete-och-naringsliv/dokument/` },
  ] };
  const menu = baseMenu(biz).map((m) => (m === biz ? m : { ...m, href: `${P}${m.href}` }));
  const D = (id: string, t: string, name: string) => `/download/18.${id}/${t}/${name}`;
  const docs = [
    { url: D('7c1a2b3d17e4f5a6b7c8d91', '1612345678901', 'KS2020-044.pdf'), spec: lookAlike('Kumla', 'miljöprogram', '2020–2024') },
    { url: D('7c1a2b3d17e4f5a6b7c8d92', '1619876543210', 'KS2021-087.pdf'), spec: lookAlike('Kumla', 'turismstrategi', '2021–2025') },
    { url: D('3b1c2a4d17f3e8a9b1c2345', '1623318645123', 'KS2021-112.pdf'), spec: programSpec({ muni: 'Kumla', title: 'Näringslivsprogram för Kumla kommun', adopted: '2021-06-14, § 88', years: [2021, 2025], kind: 'näringslivsprogram', regional: 'Kumla samverkar med övriga kommuner i Örebro län och bidrar till den regionala utvecklingsstrategin för Örebro län. Regionens strategi och kommunens program pekar åt samma håll när det gäller kompetensförsörjning och infrastruktur.', actionPlan: 'linked', sustainability: false, focus: ['Företagsklimat och service', 'Kompetensförsörjning', 'Logistik och etablering vid Kumla–Hallsberg', 'Handel och centrumutveckling'] }) },
    { url: D('7c1a2b3d17e4f5a6b7c8d94', '1630000000000', 'KS2022-015.pdf'), spec: lookAlike('Kumla', 'kulturplan', '2022–2026') },
    { url: D('7c1a2b3d17e4f5a6b7c8d95', '1640000000000', 'KS2019-210.pdf'), spec: lookAlike('Kumla', 'översiktsplan') },
    { url: D('7c1a2b3d17e4f5a6b7c8d96', '1650000000000', 'KS2023-301.pdf'), spec: lookAlike('Kumla', 'budget') },
  ];
  for (const d of docs) s.docs.push({ url: d.url, kind: 'pdf', spec: d.spec });
  s.pages.set(`${P}/arbete-och-naringsliv/dokument/`, page(s, menu, { title: 'Dokument', crumbs: [['Arbete och näringsliv', `${P}/arbete-och-naringsliv/`]], body: `<p>Här finns dokument som rör området.</p>
<table class="sv-doclist"><thead><tr><th>Datum</th><th>Diarienummer</th><th>Fil</th></tr></thead><tbody>
${docs.map((d, i) => `<tr><td>20${19 + (i % 5)}-0${1 + i}-1${i}</td><td>${d.url.split('/').pop()!.replace('.pdf', '')}</td><td><a href="${d.url}">${i % 2 ? 'PDF' : 'Öppna'}</a></td></tr>`).join('\n')}
</tbody></table>` }));
  start(s, menu, `${P}/`);
  s.pages.set(`${P}/arbete-och-naringsliv/`, page(s, menu, { title: 'Arbete och näringsliv', body: `<ul>${(biz.children ?? []).map((c) => `<li><a href="${c.href}">${esc(c.label)}</a></li>`).join('')}</ul>` }));
  filler(s, menu, Object.fromEntries(Object.entries(TOPICS).map(([k, v]) => [`${P}${k}`, v])));
  news(s, menu, newsItems());
  return s;
}

/* 3. Hallsberg – EPiServer, 'Näringsliv och turism', publications listing with ?page=2; expired + current. */
function hallsberg(): Site {
  const s = newSite('1861', 'Hallsberg', 'hallsberg', 'episerver');
  const biz: MenuItem = { label: 'Näringsliv och turism', href: '/naringsliv-och-turism/', children: [
    { label: 'Företagslots', href: '/naringsliv-och-turism/foretagslots/' },
    { label: 'Besöksnäring', href: '/naringsliv-och-turism/besoksnaring/' },
    { label: 'Publikationer', href: '/naringsliv-och-turism/publikationer/' },
    { label: 'Näringslivsråd', href: '/naringsliv-och-turism/naringslivsrad/' },
  ] };
  const menu = baseMenu(biz);
  const G = '/globalassets/dokument/naringsliv/';
  const items: Array<[string, string, string]> = [
    ['Turismstrategi Hallsberg 2023–2027', `${G}turismstrategi-2023-2027.pdf`, 'turism'],
    ['Näringslivsprogram 2016–2020', `${G}naringslivsprogram-2016-2020.pdf`, 'old'],
    ['Miljöprogram 2021–2025', `${G}miljoprogram-2021-2025.pdf`, 'miljo'],
    ['Kulturplan 2022–2026', `${G}kulturplan-2022-2026.pdf`, 'kultur'],
    ['Översiktsplan 2035', `${G}oversiktsplan-2035.pdf`, 'op'],
    ['Protokoll KF 2023-11-27', `${G}protokoll-kf-2023-11-27.pdf`, 'prot'],
    ['Näringslivsstrategi 2022–2026', `${G}naringslivsstrategi-2022-2026.pdf`, 'cur'],
    ['Digitaliseringsstrategi 2021–2024', `${G}digitaliseringsstrategi.pdf`, 'digi'],
  ];
  for (const [, url, k] of items) {
    const spec = k === 'old' ? programSpec({ muni: 'Hallsberg', title: 'Näringslivsprogram för Hallsbergs kommun', adopted: '2016-02-22', years: [2016, 2020], kind: 'näringslivsprogram', actionPlan: 'included', focus: ['Bemötande', 'Infrastruktur', 'Kompetens'] })
      : k === 'cur' ? programSpec({ muni: 'Hallsberg', title: 'Näringslivsstrategi för Hallsbergs kommun', adopted: '2022-03-28, § 31', years: [2022, 2026], kind: 'näringslivsstrategi', regional: 'Strategin är kopplad till den regionala utvecklingsstrategin för Örebro län och tas fram i samverkan med Sydnärkes kommuner (Askersund, Kumla, Laxå, Lekeberg).', actionPlan: 'linked', sustainability: true, focus: ['Logistiknavet Hallsberg', 'Företagsklimat', 'Kompetensförsörjning', 'Besöksnäring och handel'] })
      : lookAlike('Hallsberg', ({ turism: 'turismstrategi', miljo: 'miljöprogram', kultur: 'kulturplan', op: 'översiktsplan', prot: 'protokoll', digi: 'digitaliseringsstrategi' } as const)[k as 'turism'], '2021–2025');
    s.docs.push({ url, kind: 'pdf', spec });
  }
  const list = (p: number) => {
    const chunk = items.slice((p - 1) * 5, p * 5);
    return `<form class="filter" action="/naringsliv-och-turism/publikationer/" method="get"><input name="q" placeholder="Filtrera"><select name="typ"><option>Alla</option><option>Strategi</option></select><button>Filtrera</button></form>
<p>Visar ${(p - 1) * 5 + 1}–${(p - 1) * 5 + chunk.length} av ${items.length} träffar</p>
<ul class="search-hits">${chunk.map(([t, u]) => `<li class="hit"><a href="${u}">${esc(t)}</a><span class="meta">PDF-dokument</span></li>`).join('')}</ul>
<nav class="pagination">${p > 1 ? '<a href="/naringsliv-och-turism/publikationer/?page=1">Föregående</a> ' : ''}<a href="/naringsliv-och-turism/publikationer/?page=1">1</a> <a href="/naringsliv-och-turism/publikationer/?page=2">2</a>${p < 2 ? ' <a href="/naringsliv-och-turism/publikationer/?page=2">Nästa</a>' : ''}</nav>`;
  };
  s.pages.set('/naringsliv-och-turism/publikationer/', page(s, menu, { title: 'Publikationer', crumbs: [['Näringsliv och turism', '/naringsliv-och-turism/']], body: list(1) }));
  s.pages.set('/naringsliv-och-turism/publikationer/?page=1', page(s, menu, { title: 'Publikationer', crumbs: [['Näringsliv och turism', '/naringsliv-och-turism/']], body: list(1) }));
  s.pages.set('/naringsliv-och-turism/publikationer/?page=2', page(s, menu, { title: 'Publikationer', crumbs: [['Näringsliv och turism', '/naringsliv-och-turism/']], body: list(2) }));
  start(s, menu, '/');
  filler(s, menu, TOPICS);
  news(s, menu, newsItems());
  return s;
}

/* 4. Vaxholm – start 302 → /start/; no Swedish business section; program only via English 'Business'. */
function vaxholm(): Site {
  const s = newSite('0187', 'Vaxholm', 'vaxholm', 'sitevision');
  s.redirects.push('/ /start/ 302');
  const menu: MenuItem[] = baseMenu({ label: 'Trafik och infrastruktur', href: '/trafik-och-infrastruktur/' });
  const url = '/download/18.5f2e1c0b1720a9d3c4b5a6f/1591776000000/Naringslivsprogram%202020-2025.pdf';
  s.docs.push({ url, kind: 'pdf', spec: programSpec({ muni: 'Vaxholm', title: 'Näringslivsprogram Vaxholms stad', adopted: '2020-06-15', years: [2020, 2025], kind: 'näringslivsprogram', regional: 'Vaxholm samverkar inom Stockholm Business Alliance och med grannkommunerna i skärgården.', actionPlan: 'included', focus: ['Besöksnäring och skärgård', 'Service till företag', 'Sjöfart och båtindustri'] }) });
  s.pages.set('/other-languages/', page(s, menu, { title: 'Other languages', body: '<ul><li><a href="/en/">In English</a></li><li><a href="/other-languages/suomi/">Suomeksi</a></li></ul>' }));
  s.pages.set('/en/', page(s, menu, { title: 'Welcome to Vaxholm', body: '<p>Vaxholm is the capital of the Stockholm archipelago.</p><ul><li><a href="/en/visit/">Visit Vaxholm</a></li><li><a href="/en/business/">Business</a></li><li><a href="/en/living/">Living in Vaxholm</a></li></ul>' }));
  s.pages.set('/en/business/', page(s, menu, { title: 'Business', crumbs: [['In English', '/en/']], body: '<p>Vaxholm offers a unique environment for small companies, tourism and the maritime industry.</p><ul><li><a href="/en/business/invest-in-vaxholm/">Invest in Vaxholm</a></li><li><a href="/en/business/start-a-business/">Start a business</a></li></ul>' }));
  s.pages.set('/en/business/invest-in-vaxholm/', page(s, menu, { title: 'Invest in Vaxholm', crumbs: [['In English', '/en/'], ['Business', '/en/business/']], body: `<p>Our business development programme sets out how the city works with companies. It is available in Swedish only.</p><p><a href="${url}">Business development programme 2020–2025 (in Swedish, pdf)</a></p><p>Contact our business coordinator at naringsliv@vaxholm.se.</p>` }));
  s.pages.set('/en/visit/', page(s, menu, { title: 'Visit Vaxholm', crumbs: [['In English', '/en/']], body: '<p>Boats leave from Strömkajen every hour.</p>' }));
  s.pages.set('/en/living/', page(s, menu, { title: 'Living in Vaxholm', crumbs: [['In English', '/en/']], body: '<p>Schools, housing and transport.</p>' }));
  s.pages.set('/en/business/start-a-business/', page(s, menu, { title: 'Start a business', crumbs: [['In English', '/en/'], ['Business', '/en/business/']], body: '<p>Contact Nyföretagarcentrum.</p>' }));
  s.pages.set('/other-languages/suomi/', page(s, menu, { title: 'Suomeksi', body: '<p>Tietoa suomeksi.</p>' }));
  start(s, menu, '/start/');
  filler(s, menu, { ...TOPICS, '/trafik-och-infrastruktur/': ['Båttrafik', 'Parkering', 'Snöröjning', 'Färdtjänst'] });
  news(s, menu, newsItems());
  return s;
}

/* 5. Ockelbo – dated table CMS, ISO-8859-1, upper-case .PDF, /file.ashx?id=123 with a file-name anchor. */
function ockelbo(): Site {
  const s = newSite('2101', 'Ockelbo', 'ockelbo', 'dated', true);
  const menu: MenuItem[] = [
    { label: 'Kommun & politik', href: '/kommun/', children: [{ label: 'Styrdokument', href: '/kommun/styrdokument.asp' }, { label: 'Kommunfullmäktige', href: '/kommun/kf.asp' }] },
    { label: 'Barn & utbildning', href: '/utbildning/' },
    { label: 'Omsorg', href: '/omsorg-och-stod/' },
    { label: 'Bygga & bo', href: '/bo-och-bygga/' },
    { label: 'Näringsliv', href: '/naringsliv/', children: [{ label: 'Företagsregister', href: '/naringsliv/foretagsregister.asp' }, { label: 'Industrimark', href: '/naringsliv/industrimark.asp' }] },
    { label: 'Fritid & kultur', href: '/uppleva-och-gora/' },
  ];
  s.docs.push({ url: '/file.ashx?id=123', kind: 'pdf', spec: programSpec({ muni: 'Ockelbo', title: 'Näringslivsprogram för Ockelbo kommun', adopted: '2021-04-19, § 34', years: [2021, 2025], kind: 'näringslivsprogram', regional: 'Ockelbo ingår i samarbetet Gästrikland med Gävle, Sandviken, Hofors och Ockelbo och bidrar till Region Gävleborgs regionala utvecklingsstrategi Nya möjligheter.', actionPlan: 'included', sustainability: true, focus: ['Skog och trä', 'Besöksnäring – Wij trädgårdar', 'Service och bemötande'] }) });
  s.docs.push({ url: '/dokument/Miljoprogram_2018.PDF', kind: 'pdf', spec: lookAlike('Ockelbo', 'miljöprogram', '2018–2022') });
  s.docs.push({ url: '/dokument/Kulturplan.PDF', kind: 'pdf', spec: lookAlike('Ockelbo', 'kulturplan') });
  s.docs.push({ url: '/file.ashx?id=118', kind: 'pdf', spec: lookAlike('Ockelbo', 'budget') });
  s.docs.push({ url: '/file.ashx?id=131', kind: 'pdf', spec: lookAlike('Ockelbo', 'friluftsplan') });
  const rows: Array<[string, string, string]> = [
    ['Budget 2024', '/file.ashx?id=118', 'budget_2024_kf.PDF'],
    ['Friluftsplan', '/file.ashx?id=131', 'friluftsplan.PDF'],
    ['Kulturplan', '/dokument/Kulturplan.PDF', 'Kulturplan.PDF'],
    ['Miljöprogram', '/dokument/Miljoprogram_2018.PDF', 'Miljoprogram_2018.PDF'],
    ['', '/file.ashx?id=123', 'np_ockelbo_2021-2025_antagen.PDF'],
  ];
  s.pages.set('/kommun/styrdokument.asp', page(s, menu, { title: 'Styrdokument', crumbs: [['Kommun & politik', '/kommun/']], body: `<p>Nedan finns kommunens gällande styrdokument.</p><table border="1" cellpadding="3" cellspacing="0" width="100%"><tr bgcolor="#cccccc"><td><b>Dokument</b></td><td><b>Fil</b></td></tr>${rows.map(([t, u, f]) => `<tr><td>${esc(t) || '&nbsp;'}</td><td><a href="${u}">${esc(f)}</a></td></tr>`).join('')}</table>` }));
  s.pages.set('/naringsliv/', page(s, menu, { title: 'Näringsliv', body: '<p>Välkommen till näringslivssidorna. Kontakta näringslivsutvecklaren för frågor om etablering.</p><p><a href="/naringsliv/foretagsregister.asp">Företagsregister</a> | <a href="/naringsliv/industrimark.asp">Industrimark</a> | <a href="/kommun/styrdokument.asp">Styrdokument</a></p>' }));
  s.pages.set('/', page(s, menu, { title: 'Ockelbo kommun', body: '<p>Välkommen till Ockelbo kommuns webbplats!</p><table width="100%"><tr><td valign="top"><b>Aktuellt</b><br><a href="/nyheter/">Nyheter</a></td><td valign="top"><b>Genvägar</b><br><a href="/kommun/styrdokument.asp">Styrdokument</a><br><a href="/naringsliv/">Näringsliv</a></td></tr></table>' }));
  filler(s, menu, TOPICS);
  news(s, menu, newsItems());
  return s;
}

/* 6. Habo – Municipio/WordPress, <base href="/">, relative links; 'För företagare' > Näringslivsutveckling; growth strategy. */
function habo(): Site {
  const s = newSite('0643', 'Habo', 'habo', 'municipio');
  const biz: MenuItem = { label: 'För företagare', href: '/for-foretagare/', children: [
    { label: 'Näringslivsutveckling', href: '/for-foretagare/naringslivsutveckling/' },
    { label: 'Tillstånd', href: '/for-foretagare/tillstand/' },
    { label: 'Upphandling', href: '/for-foretagare/upphandling/' },
  ] };
  const menu = baseMenu(biz);
  s.docs.push({ url: '/wp-content/uploads/2022/03/Tillvaxtstrategi-Habo-2022-2030.pdf', kind: 'pdf', spec: programSpec({ muni: 'Habo', title: 'Tillväxtstrategi för Habo kommun 2022–2030', adopted: '2022-02-24', years: [2022, 2030], kind: 'tillväxtstrategi', regional: 'Strategin har sin grund i Region Jönköpings läns regionala utvecklingsstrategi (RUS) och i samarbetet inom Jönköpingsregionen.', actionPlan: 'linked', sustainability: true, focus: ['Attraktiv boendekommun', 'Företagsklimat', 'Infrastruktur och pendling', 'Kompetens'] }) });
  s.docs.push({ url: '/wp-content/uploads/2021/09/Miljo-och-klimatprogram.pdf', kind: 'pdf', spec: lookAlike('Habo', 'miljöprogram', '2021–2030') });
  s.pages.set('/for-foretagare/naringslivsutveckling/', page(s, menu, { base: '/', title: 'Näringslivsutveckling', crumbs: [['För företagare', 'for-foretagare/']], body: `<p>Habo kommun arbetar för att fler företag ska välja att starta och växa här.</p>
<div class="c-card"><h2 class="c-card__title">Tillväxtstrategi</h2><p>Kommunfullmäktige har antagit en tillväxtstrategi som visar vägen mot 2030.</p><a class="c-button" href="wp-content/uploads/2022/03/Tillvaxtstrategi-Habo-2022-2030.pdf">Läs mer</a></div>
<div class="c-card"><h2 class="c-card__title">Miljö</h2><a href="wp-content/uploads/2021/09/Miljo-och-klimatprogram.pdf">Läs mer</a></div>` }));
  start(s, menu, '/');
  filler(s, menu, TOPICS);
  news(s, menu, newsItems());
  return s;
}

/* 7. Orsa – Drupal; Styrdokument > Program och planer long A–Ö list; ../../ relative link with ?download=1; program + separate action plan. */
function orsa(): Site {
  const s = newSite('2034', 'Orsa', 'orsa', 'drupal');
  const menu = baseMenu({ label: 'Arbete och näringsliv', href: '/arbete-och-naringsliv/' }, [
    { label: 'Styrdokument', href: '/styrdokument/', children: [{ label: 'Program och planer', href: '/styrdokument/program-och-planer/' }, { label: 'Policyer och riktlinjer', href: '/styrdokument/policyer/' }] },
    { label: 'Kommunfullmäktige', href: '/kommun-och-politik/kommunfullmaktige/' },
  ]);
  s.docs.push({ url: '/dokument/naringslivsprogram-orsa-2020-2024.pdf', kind: 'pdf', spec: programSpec({ muni: 'Orsa', title: 'Näringslivsprogram Orsa kommun 2020–2024', adopted: '2020-02-17', years: [2020, 2024], kind: 'näringslivsprogram', regional: 'Orsa samverkar med Mora och Älvdalen i Morakommunernas näringslivssamarbete och med Region Dalarna.', actionPlan: 'linked', focus: ['Besöksnäring – Grönklitt', 'Trä och skog', 'Service och bemötande'] }) });
  s.docs.push({ url: '/dokument/handlingsplan-naringsliv-2024.pdf', kind: 'pdf', spec: lookAlike('Orsa', 'handlingsplan', '2024') });
  const names = ['Alkohol- och drogpolitiskt program', 'Avfallsplan 2022–2030', 'Bostadsförsörjningsprogram', 'Digitaliseringsstrategi', 'Friluftsplan', 'Handlingsplan för näringslivsarbetet 2024', 'Kulturplan', 'Landsbygdsprogram', 'Lokal plan för folkhälsa', 'Miljöprogram', 'Näringslivsprogram 2020–2024', 'Översiktsplan', 'Plan för krisberedskap', 'Skolplan', 'Trafikstrategi', 'Turismstrategi', 'Vattenförsörjningsplan', 'Äldreomsorgsplan'];
  const href = (n: string) => n.startsWith('Näringslivsprogram') ? '../../dokument/naringslivsprogram-orsa-2020-2024.pdf?download=1' : n.startsWith('Handlingsplan') ? '../../dokument/handlingsplan-naringsliv-2024.pdf?download=1' : `../../dokument/${n.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]+/g, '-')}.pdf?download=1`;
  const lk: Record<string, 'miljöprogram' | 'kulturplan' | 'översiktsplan' | 'turismstrategi' | 'bostadsprogram' | 'friluftsplan' | 'digitaliseringsstrategi'> = { Miljöprogram: 'miljöprogram', Kulturplan: 'kulturplan', Översiktsplan: 'översiktsplan', Turismstrategi: 'turismstrategi', Bostadsförsörjningsprogram: 'bostadsprogram', Friluftsplan: 'friluftsplan', Digitaliseringsstrategi: 'digitaliseringsstrategi' };
  for (const [n, k] of Object.entries(lk)) s.docs.push({ url: href(n).replace('../..', '').replace('?download=1', ''), kind: 'pdf', spec: lookAlike('Orsa', k) });
  s.pages.set('/styrdokument/program-och-planer/', page(s, menu, { title: 'Program och planer', crumbs: [['Kommun och politik', '/kommun-och-politik/'], ['Styrdokument', '/styrdokument/']], body: `<p>Här hittar du kommunens program och planer i bokstavsordning.</p><div class="views-view-list"><ul>${names.map((n) => `<li class="views-row"><span class="field-title">${esc(n)}</span> <a href="${href(n)}" class="file-link">Ladda ner</a></li>`).join('')}</ul></div>` }));
  s.pages.set('/styrdokument/', page(s, menu, { title: 'Styrdokument', crumbs: [['Kommun och politik', '/kommun-och-politik/']], body: '<ul><li><a href="/styrdokument/program-och-planer/">Program och planer</a></li><li><a href="/styrdokument/policyer/">Policyer och riktlinjer</a></li></ul>' }));
  start(s, menu, '/');
  filler(s, menu, { ...TOPICS, '/arbete-och-naringsliv/': ['Starta företag', 'Lokaler och mark', 'Feriearbete'] });
  news(s, menu, newsItems());
  return s;
}

/* 8. Tranemo – program page only in sitemap.xml; robots.txt disallows /sok/ and /kalender/. */
function tranemo(): Site {
  const s = newSite('1452', 'Tranemo', 'tranemo', 'sitevision');
  const menu = baseMenu({ label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete/', children: [{ label: 'Företagsservice', href: '/naringsliv-och-arbete/foretagsservice/' }, { label: 'Mark för företag', href: '/naringsliv-och-arbete/mark/' }] });
  const url = '/download/18.6d1e2f3a1789abcd0123456/1625000000000/N%C3%A4ringslivsstrategi%20Tranemo%202021-2025.pdf';
  s.docs.push({ url, kind: 'pdf', spec: programSpec({ muni: 'Tranemo', title: 'Näringslivsstrategi för Tranemo kommun', adopted: '2021-05-31', years: [2021, 2025], kind: 'näringslivsstrategi', regional: 'Tranemo ingår i Sjuhärads kommunalförbund (Boråsregionen) och strategin samspelar med Västra Götalands regionala utvecklingsstrategi.', actionPlan: 'included', sustainability: true, focus: ['Tillverkningsindustri', 'Kompetensförsörjning', 'Bemötande'] }) });
  s.pages.set('/kommun-och-politik/styrdokument/naringslivsstrategi.html', page(s, menu, { title: 'Näringslivsstrategi', crumbs: [['Kommun och politik', '/kommun-och-politik/']], body: `<p>Kommunfullmäktige antog näringslivsstrategin 2021.</p><p><a href="${url}">Ladda ner (pdf, 2 MB)</a></p>` }));
  const pages = ['/', '/naringsliv-och-arbete/', '/naringsliv-och-arbete/foretagsservice/', '/kommun-och-politik/', '/kommun-och-politik/styrdokument/naringslivsstrategi.html', '/bo-och-bygga/', '/nyheter/'];
  s.files.set('/sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${pages.map((p) => `  <url><loc>{{ORIGIN}}${p}</loc><lastmod>2024-03-01</lastmod></url>`).join('\n')}\n</urlset>\n`);
  s.files.set('/robots.txt', 'User-agent: *\nDisallow: /sok/\nDisallow: /kalender/\nSitemap: {{ORIGIN}}/sitemap.xml\n');
  start(s, menu, '/', '<p><a href="/sok/?q=n%C3%A4ringsliv">Sök: näringsliv</a> <a href="/kalender/?manad=2024-06">Juni</a></p>');
  s.pages.set('/sok/', page(s, menu, { title: 'Sök', body: '<p>Sökresultat</p><a href="/sok/?q=a&amp;page=2">Nästa</a>' }));
  filler(s, menu, TOPICS);
  news(s, menu, newsItems());
  return s;
}

/* 9. Bjurholm – only an expired program. */
function bjurholm(): Site {
  const s = newSite('2403', 'Bjurholm', 'bjurholm', 'episerver');
  const menu = baseMenu({ label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete/', children: [{ label: 'Näringslivsprogram', href: '/naringsliv-och-arbete/naringslivsprogram/' }, { label: 'Företagsstöd', href: '/naringsliv-och-arbete/foretagsstod/' }] });
  s.docs.push({ url: '/globalassets/dokument/naringsliv/naringslivsprogram-2014-2018.pdf', kind: 'pdf', spec: programSpec({ muni: 'Bjurholm', title: 'Näringslivsprogram för Bjurholms kommun 2014–2018', adopted: '2014-03-10', years: [2014, 2018], kind: 'näringslivsprogram', regional: 'Bjurholm samverkar inom Umeåregionen.', actionPlan: 'included', focus: ['Jord och skog', 'Service', 'Boende'] }) });
  s.pages.set('/naringsliv-och-arbete/naringslivsprogram/', page(s, menu, { title: 'Näringslivsprogram', crumbs: [['Näringsliv och arbete', '/naringsliv-och-arbete/']], body: '<p>Kommunens näringslivsprogram anger inriktningen för arbetet med företagsklimatet. Ett nytt program är under framtagande.</p><p><a href="/globalassets/dokument/naringsliv/naringslivsprogram-2014-2018.pdf">Näringslivsprogram 2014–2018 (pdf)</a></p>' }));
  start(s, menu, '/');
  filler(s, menu, TOPICS);
  news(s, menu, newsItems());
  return s;
}

/* 10. Dorotea – only a draft on remiss (not adopted). */
function dorotea(): Site {
  const s = newSite('2425', 'Dorotea', 'dorotea', 'municipio');
  const menu = baseMenu({ label: 'Näringsliv', href: '/naringsliv/', children: [{ label: 'Remisser', href: '/naringsliv/remisser/' }] });
  s.docs.push({ url: '/wp-content/uploads/2024/09/Remissversion-Naringslivsstrategi-2025-2028.pdf', kind: 'pdf', spec: programSpec({ muni: 'Dorotea', title: 'Näringslivsstrategi för Dorotea kommun 2025–2028 – remissversion', adopted: '', years: [2025, 2028], kind: 'näringslivsstrategi', draft: true, actionPlan: 'included', focus: ['Besöksnäring', 'Skog och rennäring', 'Service'] }) });
  s.pages.set('/naringsliv/remisser/', page(s, menu, { title: 'Näringslivsstrategi på remiss', crumbs: [['Näringsliv', '/naringsliv/']], body: '<p>Förslaget till ny näringslivsstrategi är ute på remiss till 31 oktober 2024. Lämna dina synpunkter!</p><p><a href="/wp-content/uploads/2024/09/Remissversion-Naringslivsstrategi-2025-2028.pdf">Remissversion (pdf)</a></p>' }));
  start(s, menu, '/');
  filler(s, menu, TOPICS);
  news(s, menu, newsItems());
  return s;
}

/* 11. Överkalix – only the comprehensive plan with a business chapter, and news about a program to come. */
function overkalix(): Site {
  const s = newSite('2513', 'Överkalix', 'overkalix', 'drupal');
  const menu = baseMenu({ label: 'Näringsliv', href: '/naringsliv/' });
  s.docs.push({ url: '/sites/default/files/2023-05/oversiktsplan-overkalix-2040.pdf', kind: 'pdf', spec: lookAlike('Överkalix', 'översiktsplan') });
  s.pages.set('/bo-och-bygga/oversiktsplan/', page(s, menu, { title: 'Översiktsplan', crumbs: [['Bo och bygga', '/bo-och-bygga/']], body: '<p>Översiktsplanen innehåller ett kapitel om näringsliv och arbetsmarknad.</p><p><a href="/sites/default/files/2023-05/oversiktsplan-overkalix-2040.pdf">Översiktsplan Överkalix 2040 (pdf)</a></p>' }));
  start(s, menu, '/', '<p><a href="/bo-och-bygga/oversiktsplan/">Översiktsplan</a></p>');
  filler(s, menu, TOPICS);
  news(s, menu, newsItems([{ title: 'Arbetet med ett nytt näringslivsprogram har startat', date: '2024-11-02', body: '<p>Kommunstyrelsen har gett uppdrag att ta fram ett näringslivsprogram. Under våren bjuder vi in till dialogmöten med företagare. Programmet beräknas antas av fullmäktige under 2025.</p>' }]));
  return s;
}

/* 12. Ljusnarsberg – nothing valid: many look-alikes; an A–Ö page with 300+ links. */
function ljusnarsberg(): Site {
  const s = newSite('1864', 'Ljusnarsberg', 'ljusnarsberg', 'sitevision');
  const menu = baseMenu({ label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete/', children: [{ label: 'Turism', href: '/naringsliv-och-arbete/turism/' }] });
  const D = '/download/18.1a2b3c4d1800000000000aa/1700000000000/';
  const ks = ['miljöprogram', 'turismstrategi', 'kulturplan', 'översiktsplan', 'budget', 'bostadsprogram'] as const;
  for (const k of ks) s.docs.push({ url: `${D}${k.replace('ö', 'o')}.pdf`, kind: 'pdf', spec: lookAlike('Ljusnarsberg', k) });
  s.pages.set('/kommun-och-politik/styrdokument/', page(s, menu, { title: 'Styrdokument', crumbs: [['Kommun och politik', '/kommun-och-politik/']], body: `<ul>${ks.map((k) => `<li><a href="${D}${k.replace('ö', 'o')}.pdf">${esc(k[0]!.toUpperCase() + k.slice(1))} (pdf)</a></li>`).join('')}</ul>` }));
  const links: string[] = [];
  for (let i = 0; i < 320; i++) links.push(`<li><a href="/a-o/amne-${i}/">Ämne ${i} – ${['Avfall', 'Bygglov', 'Cykel', 'Detaljplan', 'Evenemang', 'Fritid', 'Gata'][i % 7]}</a></li>`);
  s.pages.set('/a-o/', page(s, menu, { title: 'A–Ö', body: `<ul class="az">${links.join('')}</ul>` }));
  for (let i = 0; i < 20; i++) s.pages.set(`/a-o/amne-${i}/`, page(s, menu, { title: `Ämne ${i}`, body: '<p>Information.</p>' }));
  start(s, menu, '/', '<p><a href="/a-o/">A–Ö</a> <a href="/kommun-och-politik/styrdokument/">Styrdokument</a></p>');
  filler(s, menu, TOPICS);
  news(s, menu, newsItems());
  return s;
}

/* 13. Strömsund – deep: Kommun och politik > Kommunens organisation > Kommunledningsförvaltningen > Näringslivsenheten; anchor 'Här'. */
function stromsund(): Site {
  const s = newSite('2313', 'Strömsund', 'stromsund', 'episerver');
  const org: MenuItem = { label: 'Kommunens organisation', href: '/kommun-och-politik/kommunens-organisation/', children: [
    { label: 'Kommunledningsförvaltningen', href: '/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/', children: [
      { label: 'Ekonomienheten', href: '/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/ekonomienheten/' },
      { label: 'HR-enheten', href: '/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/hr-enheten/' },
      { label: 'Näringslivsenheten', href: '/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/naringslivsenheten/' },
      { label: 'Kansliet', href: '/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/kansliet/' },
    ] },
    { label: 'Samhällsbyggnadsförvaltningen', href: '/kommun-och-politik/kommunens-organisation/samhallsbyggnad/' },
    { label: 'Socialförvaltningen', href: '/kommun-och-politik/kommunens-organisation/socialforvaltningen/' },
  ] };
  const menu = baseMenu({ label: 'Företag och näringsliv', href: '/foretag-och-naringsliv/', children: [{ label: 'Starta företag', href: '/foretag-och-naringsliv/starta-foretag/' }, { label: 'Tillstånd', href: '/foretag-och-naringsliv/tillstand/' }] }, [org, { label: 'Kommunfullmäktige', href: '/kommun-och-politik/kommunfullmaktige/' }]);
  const url = '/globalassets/dokument/styrdokument/program/naringslivsprogram-2023-2026.pdf';
  s.docs.push({ url, kind: 'pdf', spec: programSpec({ muni: 'Strömsund', title: 'Näringslivsprogram Strömsunds kommun 2023–2026', adopted: '2023-04-19', years: [2023, 2026], kind: 'näringslivsprogram', regional: 'Programmet utgår från Region Jämtland Härjedalens regionala utvecklingsstrategi.', actionPlan: 'included', sustainability: true, focus: ['Skog och energi', 'Besöksnäring', 'Landsbygdsservice'] }) });
  const snabb = '<div class="snabblankar"><h2>Snabblänkar</h2><ul><li><a href="/jobb/">Lediga jobb</a></li><li><a href="/e-tjanster/">E-tjänster</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></div>';
  s.pages.set('/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/naringslivsenheten/', page(s, menu, { title: 'Näringslivsenheten', crumbs: [['Kommun och politik', '/kommun-och-politik/'], ['Kommunens organisation', org.href], ['Kommunledningsförvaltningen', '/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/']], sidebar: snabb, body: `<p>Näringslivsenheten arbetar med företagsservice, etableringar och landsbygdsutveckling. Enheten har fyra medarbetare.</p><p>Vårt arbete styrs av kommunens näringslivsprogram. Programmet hittar du <a href="${url}">här</a>.</p><h2>Kontakt</h2><p>Näringslivschef Anna Berg, 0670-000 00</p>` }));
  start(s, menu, '/', snabb);
  filler(s, menu, TOPICS);
  news(s, menu, newsItems());
  return s;
}

/* 14. Sala – 'Så styrs kommunen > Styrdokument' list with ?letter=X filters; /dokument/visa?id=88; footer 'Styrdokument'. */
function sala(): Site {
  const s = newSite('1981', 'Sala', 'sala', 'drupal');
  const fx: Array<[string, string]> = [['Styrdokument', '/kommun-och-politik/sa-styrs-kommunen/styrdokument/']];
  const menu = baseMenu({ label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete/', children: [{ label: 'Etablera dig i Sala', href: '/naringsliv-och-arbete/etablera/' }] }, [{ label: 'Så styrs kommunen', href: '/kommun-och-politik/sa-styrs-kommunen/', children: [{ label: 'Styrdokument', href: '/kommun-och-politik/sa-styrs-kommunen/styrdokument/' }] }]);
  s.docs.push({ url: '/dokument/visa?id=88', kind: 'pdf', spec: programSpec({ muni: 'Sala', title: 'Näringslivspolicy för Sala kommun', adopted: '2019-11-25', years: null, kind: 'näringslivspolicy', actionPlan: 'none', focus: ['Ett gott bemötande', 'Korta handläggningstider', 'Dialog med näringslivet'] }) });
  s.docs.push({ url: '/dokument/visa?id=12', kind: 'pdf', spec: lookAlike('Sala', 'budget') });
  s.docs.push({ url: '/dokument/visa?id=41', kind: 'pdf', spec: lookAlike('Sala', 'miljöprogram') });
  s.docs.push({ url: '/dokument/visa?id=57', kind: 'pdf', spec: lookAlike('Sala', 'kulturplan') });
  s.docs.push({ url: '/dokument/visa?id=93', kind: 'pdf', spec: lookAlike('Sala', 'översiktsplan') });
  const byLetter: Record<string, Array<[string, number]>> = { A: [['Avfallsplan', 12], ['Arbetsmiljöpolicy', 13]], K: [['Kulturplan', 57], ['Kommunikationspolicy', 58]], M: [['Miljöprogram', 41]], N: [['Näringslivspolicy', 88]], Ö: [['Översiktsplan', 93]] };
  const base = '/kommun-och-politik/sa-styrs-kommunen/styrdokument/';
  const letters = 'ABCDEFGHIJKLMNOPRSTUVÅÄÖ'.split('');
  const filt = `<form action="${base}" method="get"><input name="q" placeholder="Sök styrdokument"><button>Sök</button></form><nav class="az">${letters.map((l) => `<a href="${base}?letter=${encodeURIComponent(l)}">${l}</a>`).join(' ')}</nav>`;
  const lst = (l: string) => `<ul>${(byLetter[l] ?? []).map(([t, id]) => `<li><a href="/dokument/visa?id=${id}">${esc(t)}</a></li>`).join('') || '<li>Inga dokument</li>'}</ul>`;
  s.pages.set(base, page(s, menu, { title: 'Styrdokument', crumbs: [['Kommun och politik', '/kommun-och-politik/'], ['Så styrs kommunen', '/kommun-och-politik/sa-styrs-kommunen/']], body: `<p>Välj en bokstav för att se styrdokument.</p>${filt}${lst('A')}`, footerExtra: fx }));
  for (const l of letters) s.pages.set(`${base}?letter=${encodeURIComponent(l)}`, page(s, menu, { title: `Styrdokument – ${l}`, crumbs: [['Kommun och politik', '/kommun-och-politik/'], ['Så styrs kommunen', '/kommun-och-politik/sa-styrs-kommunen/']], body: `${filt}${lst(l)}`, footerExtra: fx }));
  start(s, menu, '/', '', fx);
  filler(s, menu, TOPICS, fx);
  news(s, menu, newsItems(), 10, fx);
  return s;
}

/* 15. Motala – Näringsliv page with a 'Dokument' tab (?tab=dokument) and 'Visa fler'; DOCX. */
function motala(): Site {
  const s = newSite('0583', 'Motala', 'motala', 'episerver');
  const menu = baseMenu({ label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete/', children: [{ label: 'Näringsliv', href: '/naringsliv-och-arbete/naringsliv/' }, { label: 'Arbetsmarknad', href: '/naringsliv-och-arbete/arbetsmarknad/' }] });
  const url = '/globalassets/naringsliv/naringslivsplan-2022-2025.docx';
  s.docs.push({ url, kind: 'docx', spec: programSpec({ muni: 'Motala', title: 'Näringslivsplan för Motala kommun 2022–2025', adopted: '2022-01-31', years: [2022, 2025], kind: 'näringslivsplan', regional: 'Planen bidrar till Östergötlands regionala utvecklingsstrategi (RUS) och till samarbetet i Östsvenska handelskammaren.', actionPlan: 'included', sustainability: true, focus: ['Företagsklimat', 'Etablering vid Motala hamn', 'Kompetens'] }) });
  s.docs.push({ url: '/globalassets/naringsliv/turismstrategi.pdf', kind: 'pdf', spec: lookAlike('Motala', 'turismstrategi') });
  s.docs.push({ url: '/globalassets/naringsliv/foretagsbarometer-2023.pdf', kind: 'pdf', spec: lookAlike('Motala', 'budget') });
  const P = '/naringsliv-och-arbete/naringsliv/';
  const tabs = (active: string) => `<ul class="tabs" role="tablist"><li><a href="${P}"${active === 'om' ? ' aria-selected="true"' : ''}>Om oss</a></li><li><a href="${P}?tab=evenemang"${active === 'ev' ? ' aria-selected="true"' : ''}>Evenemang</a></li><li><a href="${P}?tab=dokument"${active === 'dok' ? ' aria-selected="true"' : ''}>Dokument</a></li></ul>`;
  const cr: Array<[string, string]> = [['Näringsliv och arbete', '/naringsliv-och-arbete/']];
  s.pages.set(P, page(s, menu, { title: 'Näringsliv', crumbs: cr, body: `${tabs('om')}<p>Näringslivsenheten hjälper företag att starta, växa och etablera sig i Motala.</p>` }));
  s.pages.set(`${P}?tab=evenemang`, page(s, menu, { title: 'Näringsliv', crumbs: cr, body: `${tabs('ev')}<ul><li>Företagsfrukost 14 mars</li></ul>` }));
  s.pages.set(`${P}?tab=dokument`, page(s, menu, { title: 'Näringsliv', crumbs: cr, body: `${tabs('dok')}<ul><li><a href="/globalassets/naringsliv/turismstrategi.pdf">Turismstrategi</a></li><li><a href="/globalassets/naringsliv/foretagsbarometer-2023.pdf">Företagsbarometer 2023</a></li></ul><a class="show-more" href="${P}?tab=dokument&amp;visa=alla">Visa fler</a>` }));
  s.pages.set(`${P}?tab=dokument&visa=alla`, page(s, menu, { title: 'Näringsliv', crumbs: cr, body: `${tabs('dok')}<ul><li><a href="/globalassets/naringsliv/turismstrategi.pdf">Turismstrategi</a></li><li><a href="/globalassets/naringsliv/foretagsbarometer-2023.pdf">Företagsbarometer 2023</a></li><li><a href="${url}">Näringslivsplan 2022–2025 (Word)</a></li></ul>` }));
  start(s, menu, '/');
  filler(s, menu, TOPICS);
  news(s, menu, newsItems());
  return s;
}

/* 16. Lysekil – only from the footer 'Styrdokument' (a 302), program behind a redirect, anchor = file name. */
function lysekil(): Site {
  const s = newSite('1484', 'Lysekil', 'lysekil', 'sitevision');
  const fx: Array<[string, string]> = [['Styrdokument', '/styrdokument']];
  const menu = baseMenu({ label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete/', children: [{ label: 'Hamnar', href: '/naringsliv-och-arbete/hamnar/' }] });
  const url = '/download/18.4a2b6c8d1850f1e2a3b4c5d/1687000000000/Naringslivsprogram%202023-2026.pdf';
  s.redirects.push('/styrdokument /kommun-och-politik/styrdokument-och-planer/ 302');
  s.redirects.push(`/naringslivsprogrammet ${url} 302`);
  s.docs.push({ url, kind: 'pdf', spec: programSpec({ muni: 'Lysekil', title: 'Näringslivsprogram för Lysekils kommun', adopted: '2023-03-23', years: [2023, 2026], kind: 'näringslivsprogram', regional: 'Lysekil samverkar i Fyrbodals kommunalförbund och bidrar till Västra Götalands regionala utvecklingsstrategi.', actionPlan: 'linked', sustainability: true, focus: ['Blå näringar och hamnen', 'Besöksnäring', 'Företagsklimat'] }) });
  s.docs.push({ url: '/download/18.4a2b6c8d1850f1e2a3b4c5e/1687000000001/Kulturplan%202022.pdf', kind: 'pdf', spec: lookAlike('Lysekil', 'kulturplan') });
  s.pages.set('/kommun-och-politik/styrdokument-och-planer/', page(s, menu, { title: 'Styrdokument och planer', crumbs: [['Kommun och politik', '/kommun-och-politik/']], footerExtra: fx, body: '<ul class="sv-file-list"><li><a href="/download/18.4a2b6c8d1850f1e2a3b4c5e/1687000000001/Kulturplan%202022.pdf">Kulturplan 2022.pdf</a></li><li><a href="/naringslivsprogrammet">Naringslivsprogram 2023-2026.pdf</a></li></ul>' }));
  start(s, menu, '/', '', fx);
  filler(s, menu, TOPICS, fx);
  news(s, menu, newsItems(), 10, fx);
  return s;
}

/* 17. Skurup – program only reachable from a news item on page 2 of the news list. */
function skurup(): Site {
  const s = newSite('1264', 'Skurup', 'skurup', 'municipio');
  const menu = baseMenu({ label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete/', children: [{ label: 'Företagsservice', href: '/naringsliv-och-arbete/foretagsservice/' }] });
  const url = '/wp-content/uploads/2023/06/Naringslivsprogram-Skurup-2023-2027.pdf';
  s.docs.push({ url, kind: 'pdf', spec: programSpec({ muni: 'Skurup', title: 'Näringslivsprogram för Skurups kommun 2023–2027', adopted: '2023-06-12', years: [2023, 2027], kind: 'näringslivsprogram', regional: 'Skurup bidrar till Skånes utvecklingsstrategi – Det öppna Skåne 2030 – och samarbetar i Sydvästra Skåne.', actionPlan: 'included', focus: ['Företagsklimat', 'Handel i Skurups centrum', 'Logistik längs E65'] }) });
  start(s, menu, '/');
  filler(s, menu, TOPICS);
  news(s, menu, newsItems([{ title: 'Nytt näringslivsprogram antaget', date: '2023-06-20', body: `<p>Kommunfullmäktige har antagit ett nytt näringslivsprogram för 2023–2027. Programmet har tagits fram tillsammans med företagare i kommunen.</p><p><a href="${url}">Läs programmet här</a></p>` }], 14));
  return s;
}

export function buildSites(): Site[] {
  return [alingsas(), kumla(), hallsberg(), vaxholm(), ockelbo(), habo(), orsa(), tranemo(), bjurholm(), dorotea(), overkalix(), ljusnarsberg(), stromsund(), sala(), motala(), lysekil(), skurup()];
}
