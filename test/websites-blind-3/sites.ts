/**
 * Blind set 3: hand-written municipal websites. The pages that lead to or
 * hold programs are written here by hand; the boring pages come from
 * filler() in site-kit.ts. truth.csv holds the expected outcome.
 */
import { handlingsplan, oversiktsplan, program, protokoll, styrdokument } from './docs.ts';
import { doc, esc, filler, finalize, layout as layoutHtml, newSite, otherStyrdokument, p, page, type Link, type MenuItem, type Site } from './site-kit.ts';

const ul = (links: Link[]) => `<ul>${links.map(([l, h]) => `<li><a href="${h}">${esc(l)}</a></li>`).join('')}</ul>`;

function std(site: Site, extraMenu: MenuItem[], opts: Parameters<typeof filler>[1] = {}): void {
  const items = filler(site, opts);
  site.menu = [...items, ...extraMenu];
  if (site.footer.length === 0) site.footer = [['Kontakta oss', p(site, 'Kontakta oss')], ['Nyheter', p(site, 'nyheter')], ['Lediga jobb', 'https://www.offentligajobb.se/'], ['Press', p(site, 'Kontakta oss')]];
}

/** 0512 Ydre: 2010-era table layout in ISO-8859-1; the program PDF has an upper-case .PDF and the file name as anchor. */
function ydre(): Site {
  const s = newSite('0512', 'Ydre', 'table', { latin1: true });
  std(s, [
    { label: 'Näringsliv', href: '/naringsliv/index.htm' },
    { label: 'Kommun & politik', href: '/kommun/index.htm' },
  ], { sections: 5, subs: 6, megaChildren: false, calendar: false });
  page(s, '/', 'Välkommen till Ydre kommun', [], `<table width="100%"><tr><td valign="top"><h2>Aktuellt</h2><p><a href="${p(s, 'nyheter')}">Nyheter</a></p></td><td valign="top" bgcolor="#f4f4f4"><b>Genvägar</b><br><a href="/naringsliv/index.htm">Företag</a><br><a href="/kommun/index.htm">Politik</a></td></tr></table>`);
  page(s, '/naringsliv/index.htm', 'Näringsliv', [], `<p>Ydre har drygt 400 företag, de flesta små. Kommunens näringslivsutvecklare hjälper dig med kontakter, lokaler och tillstånd.</p>
<table border="1" cellpadding="4" cellspacing="0"><tr><th>Dokument</th><th>Storlek</th></tr>
<tr><td><a href="/dokument/naringsliv/NARINGSLIVSPROGRAM_YDRE_2022-2026.PDF">NARINGSLIVSPROGRAM_YDRE_2022-2026.PDF</a></td><td>412 kB</td></tr>
<tr><td><a href="/dokument/naringsliv/Foretagsregister_2023.PDF">Foretagsregister_2023.PDF</a></td><td>88 kB</td></tr></table>
<p><a href="/naringsliv/lokaler.htm">Lediga lokaler</a> | <a href="/naringsliv/upphandling.htm">Upphandling</a></p>`);
  page(s, '/naringsliv/lokaler.htm', 'Lediga lokaler', [['Näringsliv', '/naringsliv/index.htm']], '<p>Kontakta näringslivsutvecklaren för aktuella lokaler.</p>');
  page(s, '/naringsliv/upphandling.htm', 'Upphandling', [['Näringsliv', '/naringsliv/index.htm']], '<p>Ydre samverkar om upphandling med Tranås och Aneby.</p>');
  doc(s, '/dokument/naringsliv/NARINGSLIVSPROGRAM_YDRE_2022-2026.PDF', program({ kommun: 'Ydre kommun', ort: 'Ydre', title: 'Näringslivsprogram för Ydre kommun 2022–2026', from: 2022, to: 2026, adopted: 'Antaget av kommunfullmäktige 2022-02-21, § 9', region: 'rus', regionText: 'Östgötastrategin, Östergötlands regionala utvecklingsstrategi (RUS)', action: 'included', sust: false, variant: 'a' }));
  doc(s, '/dokument/naringsliv/Foretagsregister_2023.PDF', styrdokument('Ydre kommun', 'Företagsregister 2023', 'Förteckning över företag i kommunen, sorterad efter bransch.'));
  page(s, '/kommun/index.htm', 'Kommun & politik', [], ul([['Kommunfullmäktige', '/kommun/kf.htm'], ['Protokoll', '/kommun/protokoll.htm']]));
  page(s, '/kommun/kf.htm', 'Kommunfullmäktige', [['Kommun & politik', '/kommun/index.htm']], '<p>Fullmäktige har 31 ledamöter.</p>');
  page(s, '/kommun/protokoll.htm', 'Protokoll', [['Kommun & politik', '/kommun/index.htm']], ul([['KS 2022-02-01', '/dokument/protokoll/KS_220201.PDF']]));
  doc(s, '/dokument/protokoll/KS_220201.PDF', protokoll('Ydre kommun', '2022-02-01', 'Näringslivsprogram 2022–2026'));
  return s;
}

/** 0761 Lessebo: Optimizely; program deep under Kommunens organisation > Kommunledningsförvaltningen > Näringslivsenheten, /file.ashx?id= links. */
function lessebo(): Site {
  const s = newSite('0761', 'Lessebo', 'episerver');
  const kp = '/kommun-och-politik/';
  const org = '/kommun-och-politik/kommunens-organisation/';
  const klf = '/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/';
  const ne = '/kommun-och-politik/kommunens-organisation/kommunledningsforvaltningen/naringslivsenheten/';
  std(s, [
    { label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete/', children: [['Starta företag', '/naringsliv-och-arbete/starta-foretag/'], ['Lediga tomter', '/naringsliv-och-arbete/lediga-tomter/'], ['Upphandling', '/naringsliv-och-arbete/upphandling/'], ['Jobba hos oss', '/naringsliv-och-arbete/jobba-hos-oss/']] },
    { label: 'Kommun och politik', href: kp, children: [['Kommunens organisation', org], ['Politik och demokrati', '/kommun-och-politik/politik/'], ['Ekonomi', '/kommun-och-politik/ekonomi/']] },
  ]);
  page(s, '/', 'Lessebo kommun', [], `<section class="puffar">${ul([['Lediga jobb', '/naringsliv-och-arbete/jobba-hos-oss/'], ['Felanmälan', p(s, 'Kontakta oss')], ['Evenemang', '/kalender/']])}</section><a href="${p(s, 'nyheter')}">Alla nyheter</a>`);
  page(s, '/naringsliv-och-arbete/', 'Näringsliv och arbete', [], `<p>I Lessebo finns glasbruk, pappersbruk och ett hundratal småföretag.</p>${ul([['Starta företag', '/naringsliv-och-arbete/starta-foretag/'], ['Lediga tomter', '/naringsliv-och-arbete/lediga-tomter/'], ['Upphandling', '/naringsliv-och-arbete/upphandling/'], ['Jobba hos oss', '/naringsliv-och-arbete/jobba-hos-oss/']])}`);
  for (const [l, h] of [['Starta företag', '/naringsliv-och-arbete/starta-foretag/'], ['Lediga tomter', '/naringsliv-och-arbete/lediga-tomter/'], ['Upphandling', '/naringsliv-och-arbete/upphandling/'], ['Jobba hos oss', '/naringsliv-och-arbete/jobba-hos-oss/']] as Link[]) {
    page(s, h, l, [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<p>${esc(l)}: kontakta kommunens växel så kopplas du vidare.</p>`);
  }
  page(s, kp, 'Kommun och politik', [], ul([['Kommunens organisation', org], ['Politik och demokrati', '/kommun-och-politik/politik/'], ['Ekonomi', '/kommun-och-politik/ekonomi/']]));
  page(s, '/kommun-och-politik/politik/', 'Politik och demokrati', [['Kommun och politik', kp]], '<p>Kommunfullmäktige är kommunens högsta beslutande organ.</p>');
  page(s, '/kommun-och-politik/ekonomi/', 'Ekonomi', [['Kommun och politik', kp]], `<p>Årsredovisning och budget.</p><p><a href="/file.ashx?id=311">Årsredovisning 2023 (pdf)</a></p>`);
  doc(s, '/file.ashx?id=311', styrdokument('Lessebo kommun', 'Årsredovisning 2023', 'Kommunens resultat och ekonomiska ställning för 2023.'));
  page(s, org, 'Kommunens organisation', [['Kommun och politik', kp]], ul([['Kommunledningsförvaltningen', klf], ['Samhällsbyggnadsförvaltningen', `${org}samhallsbyggnad/`], ['Utbildningsförvaltningen', `${org}utbildning/`], ['Socialförvaltningen', `${org}social/`]]));
  for (const [l, x] of [['Samhällsbyggnadsförvaltningen', 'samhallsbyggnad'], ['Utbildningsförvaltningen', 'utbildning'], ['Socialförvaltningen', 'social']]) {
    page(s, `${org}${x}/`, l ?? '', [['Kommun och politik', kp], ['Kommunens organisation', org]], '<p>Förvaltningschef och enheter.</p>');
  }
  page(s, klf, 'Kommunledningsförvaltningen', [['Kommun och politik', kp], ['Kommunens organisation', org]], `<p>Kommunledningsförvaltningen stödjer kommunstyrelsen. Här finns ekonomi, HR, kansli, IT och näringsliv.</p>${ul([['Ekonomienheten', `${klf}ekonomienheten/`], ['HR-enheten', `${klf}hr-enheten/`], ['Kansliet', `${klf}kansliet/`], ['Näringslivsenheten', ne]])}`);
  for (const [l, x] of [['Ekonomienheten', 'ekonomienheten'], ['HR-enheten', 'hr-enheten'], ['Kansliet', 'kansliet']]) {
    page(s, `${klf}${x}/`, l ?? '', [['Kommun och politik', kp], ['Kommunens organisation', org], ['Kommunledningsförvaltningen', klf]], '<p>Kontaktuppgifter till enheten.</p>');
  }
  page(s, ne, 'Näringslivsenheten', [['Kommun och politik', kp], ['Kommunens organisation', org], ['Kommunledningsförvaltningen', klf]], `<p>Näringslivsenheten består av näringslivschef och en företagslots. Vi arbetar utifrån kommunens näringslivsstrategi som antogs av fullmäktige 2021.</p>
<div class="document-list"><h2>Dokument</h2><ul><li><a href="/file.ashx?id=1187">Ladda ner (pdf, 1 MB)</a> <span class="doc-title">Strategi</span></li><li><a href="/file.ashx?id=1190">Ladda ner (pdf, 180 kB)</a> <span class="doc-title">Företagsklimatet 2023</span></li></ul></div>`);
  doc(s, '/file.ashx?id=1187', program({ kommun: 'Lessebo kommun', ort: 'Lessebo', title: 'Näringslivsstrategi för Lessebo kommun 2021–2025', from: 2021, to: 2025, adopted: 'Antagen av kommunfullmäktige 2021-04-26, § 37', region: 'inter', regionText: 'Region Kronoberg och samarbetet i Kronobergs kommuner (Växjö, Alvesta, Uppvidinge, Tingsryd)', action: 'linked', sust: true, variant: 'b' }));
  doc(s, '/file.ashx?id=1190', styrdokument('Lessebo kommun', 'Företagsklimatet 2023 – sammanställning', 'Resultat från Svenskt Näringslivs enkät 2023 om det lokala företagsklimatet.'));
  return s;
}

/** 0834 Torsås: Sitevision; the strategy only in the A–Ö styrdokument register filtered with ?letter=N. */
function torsas(): Site {
  const s = newSite('0834', 'Torsås', 'sitevision');
  const kp = p(s, 'kommun och politik');
  const ssk = p(s, 'kommun och politik', 'sa styrs kommunen');
  const sd = p(s, 'kommun och politik', 'sa styrs kommunen', 'styrdokument');
  std(s, [
    { label: 'Näringsliv och arbete', href: p(s, 'naringsliv och arbete'), children: [['Företagsservice', p(s, 'naringsliv och arbete', 'foretagsservice')], ['Etablera dig', p(s, 'naringsliv och arbete', 'etablera dig')]] },
    { label: 'Kommun och politik', href: kp, children: [['Så styrs kommunen', ssk], ['Förtroendevalda', p(s, 'kommun och politik', 'fortroendevalda')]] },
  ]);
  page(s, '/', 'Torsås kommun', [], `<div class="sv-text-portlet"><h2>Snabblänkar</h2>${ul([['Lediga jobb', 'https://torsas.varbi.com/'], ['Felanmälan', p(s, 'Kontakta oss')], ['Sophämtning', p(s, 'bo och bygga', 'sophamtning och atervinning')]])}</div><a href="${p(s, 'nyheter')}">Fler nyheter</a>`);
  page(s, p(s, 'naringsliv och arbete'), 'Näringsliv och arbete', [], `<p>Välkommen till Torsås – en kommun med korta beslutsvägar.</p>${ul([['Företagsservice', p(s, 'naringsliv och arbete', 'foretagsservice')], ['Etablera dig', p(s, 'naringsliv och arbete', 'etablera dig')]])}`);
  page(s, p(s, 'naringsliv och arbete', 'foretagsservice'), 'Företagsservice', [['Näringsliv och arbete', p(s, 'naringsliv och arbete')]], '<p>Ring företagslotsen så hjälper vi dig med tillstånd och kontakter.</p>');
  page(s, p(s, 'naringsliv och arbete', 'etablera dig'), 'Etablera dig', [['Näringsliv och arbete', p(s, 'naringsliv och arbete')]], '<p>Vi har mark vid E22 och i Bergkvara.</p>');
  page(s, kp, 'Kommun och politik', [], ul([['Så styrs kommunen', ssk], ['Förtroendevalda', p(s, 'kommun och politik', 'fortroendevalda')]]));
  page(s, p(s, 'kommun och politik', 'fortroendevalda'), 'Förtroendevalda', [['Kommun och politik', kp]], '<p>Sök förtroendevalda i vår politikerdatabas.</p>');
  page(s, ssk, 'Så styrs kommunen', [['Kommun och politik', kp]], ul([['Styrdokument', sd], ['Kommunens vision', p(s, 'kommun och politik', 'sa styrs kommunen', 'vision')]]));
  page(s, p(s, 'kommun och politik', 'sa styrs kommunen', 'vision'), 'Kommunens vision', [['Kommun och politik', kp], ['Så styrs kommunen', ssk]], '<p>Torsås – det goda livet vid kusten.</p>');
  const all = otherStyrdokument(s, (t) => `/download/18.4a7c1d2e18b2f3c4d5e6${slugFirst(t)}/16${t.length}9${t.length}0000000/${encodeURIComponent(t.replaceAll('–', '-'))}.pdf`);
  const prog: [string, string] = ['Näringslivsstrategi 2023–2027', '/download/18.4a7c1d2e18b2f3c4d5e6777/1687261200000/N%C3%A4ringslivsstrategi%202023-2027.pdf'];
  doc(s, '/download/18.4a7c1d2e18b2f3c4d5e6777/1687261200000/Näringslivsstrategi 2023-2027.pdf', program({ kommun: 'Torsås kommun', ort: 'Torsås', title: 'Näringslivsstrategi 2023–2027', from: 2023, to: 2027, adopted: 'Antagen av kommunfullmäktige 2023-06-12, § 71', region: 'rus', regionText: 'Regional utvecklingsstrategi för Kalmar län 2019–2030', action: 'included', sust: true, variant: 'b' }));
  const list = [...all, prog];
  const letters = 'ABDEFGIJKLMNRSTUVÖ'.split('');
  const letterNav = `<nav class="az-filter" aria-label="Filtrera på bokstav">${letters.map((l) => `<a href="${sd}?letter=${encodeURIComponent(l)}">${l}</a>`).join(' ')} <a href="${sd}">Alla</a></nav>`;
  const form = `<form class="sv-search-form" action="${sd}" method="get"><label>Sök styrdokument <input name="query"></label><button>Sök</button></form>`;
  // The default view shows only the 10 most recently changed documents (not the strategy).
  page(s, sd, 'Styrdokument', [['Kommun och politik', kp], ['Så styrs kommunen', ssk]], `<p>Här hittar du kommunens gällande styrdokument. Filtrera på bokstav eller sök.</p>${form}${letterNav}<h2>Senast ändrade</h2>${ul(all.slice(0, 10))}`);
  for (const l of letters) {
    const hits = list.filter(([t]) => t.toUpperCase().startsWith(l) || (l === 'N' && t.startsWith('N')));
    s.files.set(`${sd}?letter=${encodeURIComponent(l)}`, layoutHtml(s, 'Styrdokument', [['Kommun och politik', kp], ['Så styrs kommunen', ssk]], `${form}${letterNav}<h2>${l}</h2>${hits.length ? ul(hits) : '<p>Inga dokument.</p>'}`));
  }
  return s;
}

function slugFirst(t: string): string {
  return String(t.length * 7 + t.charCodeAt(0)).padStart(3, '0');
}

/** 1762 Munkfors: Municipio; the program behind 'Visa fler' on a document page, with a separate action plan. */
function munkfors(): Site {
  const s = newSite('1762', 'Munkfors', 'municipio');
  std(s, [
    { label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete/', children: [['Näringslivsutveckling', '/naringsliv-och-arbete/naringslivsutveckling/'], ['Mark och lokaler', '/naringsliv-och-arbete/mark-och-lokaler/']] },
    { label: 'Kommun och politik', href: '/kommun-och-politik/', children: [['Dokument och publikationer', '/kommun-och-politik/dokument-och-publikationer/']] },
  ]);
  page(s, '/', 'Munkfors kommun', [], `<p>Välkommen till Munkfors – Klarälvdalens pärla.</p><a href="/nyheter/">Nyheter</a>`);
  page(s, '/naringsliv-och-arbete/', 'Näringsliv och arbete', [], ul([['Näringslivsutveckling', '/naringsliv-och-arbete/naringslivsutveckling/'], ['Mark och lokaler', '/naringsliv-och-arbete/mark-och-lokaler/']]));
  page(s, '/naringsliv-och-arbete/naringslivsutveckling/', 'Näringslivsutveckling', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], '<p>Kommunen driver näringslivsfrågor tillsammans med Munkfors Företagarförening. Kontakta näringslivsutvecklaren för rådgivning.</p>');
  page(s, '/naringsliv-och-arbete/mark-och-lokaler/', 'Mark och lokaler', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], '<p>Industrimark finns i Ransäter.</p>');
  page(s, '/kommun-och-politik/', 'Kommun och politik', [], ul([['Dokument och publikationer', '/kommun-och-politik/dokument-och-publikationer/']]));
  const up = (m: string, f: string) => `/wp-content/uploads/2023/${m}/${f}`;
  const docs: Link[] = [
    ['Taxa för bygglov 2024', up('12', 'Taxa-bygglov-2024.pdf')],
    ['Mål och budget 2024', up('11', 'Mal-och-budget-2024.pdf')],
    ['Avfallsplan', up('09', 'Avfallsplan-2021-2030.pdf')],
    ['Kulturpolicy', up('08', 'Kulturpolicy.pdf')],
    ['Handlingsplan för näringslivet 2024', up('06', 'Handlingsplan-naringsliv-2024.pdf')],
    ['Lönepolicy', up('05', 'Lonepolicy.pdf')],
    ['Näringslivsprogram 2023–2026', up('05', 'Naringslivsprogram-Munkfors-2023-2026.pdf')],
    ['Jämställdhetsplan', up('03', 'Jamstalldhetsplan.pdf')],
    ['Arkivreglemente', up('02', 'Arkivreglemente.pdf')],
  ];
  for (const [t, h] of docs) {
    if (t.startsWith('Näringslivsprogram')) doc(s, h, program({ kommun: 'Munkfors kommun', ort: 'Munkfors', title: 'Näringslivsprogram för Munkfors kommun 2023–2026', from: 2023, to: 2026, adopted: 'Antaget av kommunfullmäktige 2023-04-24, § 30', region: 'inter', regionText: 'Klarälvdalens samverkan med Hagfors, Torsby och Forshaga', action: 'linked', sust: false, variant: 'a' }));
    else if (t.startsWith('Handlingsplan')) doc(s, h, handlingsplan('Munkfors kommun', 'Näringslivsprogram 2023–2026', 2024));
    else doc(s, h, styrdokument('Munkfors kommun', t, `Dokumentet reglerar ${t.toLowerCase()}.`));
  }
  const dp = '/kommun-och-politik/dokument-och-publikationer/';
  page(s, dp, 'Dokument och publikationer', [['Kommun och politik', '/kommun-och-politik/']], `<div class="c-card-list">${docs.slice(0, 4).map(([t, h]) => `<div class="c-card"><h3>${esc(t)}</h3><a class="c-button" href="${h}">Ladda ner</a></div>`).join('')}</div><a class="c-button c-button--secondary" href="${dp}?visa=alla">Visa fler</a>`);
  s.files.set(`${dp}?visa=alla`, layoutHtml(s, 'Dokument och publikationer', [['Kommun och politik', '/kommun-och-politik/']], `<div class="c-card-list">${docs.map(([t, h]) => `<div class="c-card"><h3>${esc(t)}</h3><a class="c-button" href="${h}">Ladda ner</a></div>`).join('')}</div>`));
  return s;
}

/** 1860 Laxå: Drupal; the program inside the 'Dokument' tab (?tab=dokument) of the business page. */
function laxa(): Site {
  const s = newSite('1860', 'Laxå', 'drupal');
  const nl = '/naringsliv';
  std(s, [
    { label: 'Näringsliv', href: nl, children: [['Företagsstöd', '/naringsliv/foretagsstod'], ['Laxå Näringslivsråd', '/naringsliv/naringslivsrad']] },
    { label: 'Kommun och politik', href: '/kommun-och-politik' },
  ], { megaChildren: true });
  page(s, '/', 'Laxå kommun', [], `<div class="view-frontpage">${ul([['Näringsliv', nl], ['Nyheter', p(s, 'nyheter')]])}</div>`);
  const tabs = (active: string) => `<ul class="tabs tabs--primary"><li${active === 'om' ? ' class="is-active"' : ''}><a href="${nl}">Om näringslivet</a></li><li${active === 'kontakt' ? ' class="is-active"' : ''}><a href="${nl}?tab=kontakt">Kontakt</a></li><li${active === 'dokument' ? ' class="is-active"' : ''}><a href="${nl}?tab=dokument">Dokument</a></li></ul>`;
  page(s, nl, 'Näringsliv', [], `${tabs('om')}<p>Laxå ligger mitt i Sverige med järnväg, E20 och närhet till Örebro. Kommunen har ett aktivt näringslivsråd.</p>${ul([['Företagsstöd', '/naringsliv/foretagsstod'], ['Laxå Näringslivsråd', '/naringsliv/naringslivsrad']])}`);
  s.files.set(`${nl}?tab=kontakt`, layoutHtml(s, 'Näringsliv', [], `${tabs('kontakt')}<p>Näringslivschef: Anna Berg, 0584-473 00.</p>`));
  s.files.set(`${nl}?tab=dokument`, layoutHtml(s, 'Näringsliv', [], `${tabs('dokument')}<div class="field--name-field-documents"><span class="file file--mime-application-pdf"><a href="/sites/default/files/2022-11/tillvaxtprogram_laxa_2023-2026.pdf" type="application/pdf">tillvaxtprogram_laxa_2023-2026.pdf</a></span> (1.2 MB)<br><span class="file file--mime-application-pdf"><a href="/sites/default/files/2019-02/naringslivsprogram_2015-2018.pdf" type="application/pdf">naringslivsprogram_2015-2018.pdf</a></span> (880 KB)</div>`));
  doc(s, '/sites/default/files/2022-11/tillvaxtprogram_laxa_2023-2026.pdf', program({ kommun: 'Laxå kommun', ort: 'Laxå', title: 'Tillväxtprogram för Laxå kommun 2023–2026', from: 2023, to: 2026, adopted: 'Antaget av kommunfullmäktige 2022-11-28, § 112', region: 'inter', regionText: 'Business Region Örebro och samarbetet med Hallsberg, Askersund och Lekeberg', action: 'included', sust: true, variant: 'c' }));
  doc(s, '/sites/default/files/2019-02/naringslivsprogram_2015-2018.pdf', program({ kommun: 'Laxå kommun', ort: 'Laxå', title: 'Näringslivsprogram 2015–2018', from: 2015, to: 2018, adopted: 'Antaget av kommunfullmäktige 2015-03-30, § 20', region: 'none', regionText: '', action: 'none', sust: false, variant: 'a' }));
  page(s, '/naringsliv/foretagsstod', 'Företagsstöd', [['Näringsliv', nl]], '<p>Almi, Region Örebro län och Tillväxtverket erbjuder stöd.</p>');
  page(s, '/naringsliv/naringslivsrad', 'Laxå Näringslivsråd', [['Näringsliv', nl]], '<p>Rådet träffas fyra gånger per år.</p>');
  page(s, '/kommun-och-politik', 'Kommun och politik', [], '<p>Kommunfullmäktige, nämnder och protokoll.</p>');
  return s;
}

/** 1864 Ljusnarsberg: the program page is linked from nowhere but sitemap.xml. */
function ljusnarsberg(): Site {
  const s = newSite('1864', 'Ljusnarsberg', 'sitevision');
  const nl = p(s, 'naringsliv och arbete');
  std(s, [
    { label: 'Näringsliv och arbete', href: nl, children: [['Starta företag', p(s, 'naringsliv och arbete', 'starta foretag')], ['Tillstånd', p(s, 'naringsliv och arbete', 'tillstand')]] },
    { label: 'Kommun och politik', href: p(s, 'kommun och politik') },
  ]);
  page(s, '/', 'Ljusnarsbergs kommun', [], `<p>Kopparberg – bergslagens pärla.</p><a href="${p(s, 'nyheter')}">Nyheter</a>`);
  page(s, nl, 'Näringsliv och arbete', [], ul([['Starta företag', p(s, 'naringsliv och arbete', 'starta foretag')], ['Tillstånd', p(s, 'naringsliv och arbete', 'tillstand')]]));
  page(s, p(s, 'naringsliv och arbete', 'starta foretag'), 'Starta företag', [['Näringsliv och arbete', nl]], '<p>Nyföretagarcentrum Bergslagen hjälper dig.</p>');
  page(s, p(s, 'naringsliv och arbete', 'tillstand'), 'Tillstånd', [['Näringsliv och arbete', nl]], '<p>Serveringstillstånd, livsmedel och bygglov.</p>');
  page(s, p(s, 'kommun och politik'), 'Kommun och politik', [], '<p>Kommunfullmäktige sammanträder i Folkets hus.</p>');
  const hidden = p(s, 'naringsliv och arbete', 'naringslivsprogram');
  const pdf = '/download/18.61c2b3d417a9c8e0f1a2b3/1639475512345/Naringslivsprogram%20Ljusnarsberg%202022-2025.pdf';
  page(s, hidden, 'Näringslivsprogram', [['Näringsliv och arbete', nl]], `<p>Kommunfullmäktige antog i december 2021 ett nytt näringslivsprogram.</p><div class="sv-file-portlet"><a href="${pdf}">Naringslivsprogram Ljusnarsberg 2022-2025 (pdf, 2 MB)</a></div>`);
  doc(s, decodeURIComponent(pdf), program({ kommun: 'Ljusnarsbergs kommun', ort: 'Ljusnarsberg', title: 'Näringslivsprogram 2022–2025', from: 2022, to: 2025, adopted: 'Antaget av kommunfullmäktige 2021-12-13, § 98', region: 'rus', regionText: 'Regional utvecklingsstrategi för Örebro län', action: 'included', sust: false, variant: 'a' }));
  s.sitemap = [...[...s.files.keys()].filter((k) => !k.includes('?') && k.endsWith('.html') && k !== hidden), hidden];
  return s;
}

/** 2021 Vansbro: the program only via the footer link 'Styrdokument'. */
function vansbro(): Site {
  const s = newSite('2021', 'Vansbro', 'episerver');
  std(s, [
    { label: 'Näringsliv', href: '/naringsliv/', children: [['Företagsservice', '/naringsliv/foretagsservice/'], ['Lediga lokaler', '/naringsliv/lediga-lokaler/']] },
    { label: 'Kommun och politik', href: '/kommun-och-politik/', children: [['Politisk organisation', '/kommun-och-politik/politisk-organisation/']] },
  ]);
  s.footer = [['Kontakta oss', '/kontakta-oss/'], ['Styrdokument', '/globalt/styrdokument/'], ['Lediga jobb', 'https://www.offentligajobb.se/'], ['Press', '/kontakta-oss/']];
  page(s, '/', 'Vansbro kommun', [], `<p>Välkommen till Vansbro.</p><a href="/nyheter/">Nyheter</a>`);
  page(s, '/naringsliv/', 'Näringsliv', [], `<p>Vansbro har ett starkt näringsliv inom trä och livsmedel.</p>${ul([['Företagsservice', '/naringsliv/foretagsservice/'], ['Lediga lokaler', '/naringsliv/lediga-lokaler/']])}`);
  page(s, '/naringsliv/foretagsservice/', 'Företagsservice', [['Näringsliv', '/naringsliv/']], '<p>Vi hjälper dig.</p>');
  page(s, '/naringsliv/lediga-lokaler/', 'Lediga lokaler', [['Näringsliv', '/naringsliv/']], '<p>Se aktuella lokaler.</p>');
  page(s, '/kommun-och-politik/', 'Kommun och politik', [], ul([['Politisk organisation', '/kommun-och-politik/politisk-organisation/']]));
  page(s, '/kommun-och-politik/politisk-organisation/', 'Politisk organisation', [['Kommun och politik', '/kommun-och-politik/']], '<p>Fullmäktige, styrelse och nämnder.</p>');
  const list = otherStyrdokument(s, (t) => `/globalassets/dokument/styrdokument/${encodeURIComponent(t.toLowerCase().replaceAll(' ', '-').replaceAll('–', '-'))}.pdf`);
  const prog: Link = ['Näringslivsprogram 2020–2024', '/globalassets/dokument/styrdokument/naringslivsprogram-2020-2024.pdf'];
  doc(s, prog[1], program({ kommun: 'Vansbro kommun', ort: 'Vansbro', title: 'Näringslivsprogram Vansbro kommun 2020–2024', from: 2020, to: 2024, adopted: 'Antaget av kommunfullmäktige 2020-02-24, § 8', region: 'rus', regionText: 'Dalastrategin – Dalarna 2030, den regionala utvecklingsstrategin', action: 'included', sust: true, variant: 'a' }));
  const all = [...list, prog].sort((a, b) => a[0].localeCompare(b[0], 'sv'));
  page(s, '/globalt/styrdokument/', 'Styrdokument', [], `<p>Gällande styrdokument i alfabetisk ordning.</p><table class="doclist"><thead><tr><th>Dokument</th><th>Typ</th></tr></thead><tbody>${all.map(([t, h]) => `<tr><td><a href="${h}">${esc(t)}</a></td><td>pdf</td></tr>`).join('')}</tbody></table>`);
  return s;
}

/** 2403 Bjurholm: link through a short-link redirect; an old expired program next to the current. */
function bjurholm(): Site {
  const s = newSite('2403', 'Bjurholm', 'sitevision');
  const nl = p(s, 'naringsliv');
  std(s, [
    { label: 'Näringsliv', href: nl, children: [['Näringslivsutveckling', p(s, 'naringsliv', 'naringslivsutveckling')], ['Företagsträffar', p(s, 'naringsliv', 'foretagstraffar')]] },
    { label: 'Kommun och politik', href: p(s, 'kommun och politik') },
  ]);
  page(s, '/', 'Bjurholms kommun', [], `<p>Bjurholm – älgens rike.</p><a href="${p(s, 'nyheter')}">Nyheter</a>`);
  page(s, nl, 'Näringsliv', [], ul([['Näringslivsutveckling', p(s, 'naringsliv', 'naringslivsutveckling')], ['Företagsträffar', p(s, 'naringsliv', 'foretagstraffar')]]));
  page(s, p(s, 'naringsliv', 'foretagstraffar'), 'Företagsträffar', [['Näringsliv', nl]], '<p>Frukostmöten varannan månad.</p>');
  const cur = '/download/18.2c9d8e7f1862a1b2c3d4e5/1678954321000/Naringslivsprogram%20Bjurholm%202023-2027.pdf';
  const old = '/download/18.2c9d8e7f14f1a2b3c4d5e6/1441111111000/Naringslivsprogram%202014-2018.pdf';
  s.redirects.push(`/naringslivsprogram ${cur}`);
  page(s, p(s, 'naringsliv', 'naringslivsutveckling'), 'Näringslivsutveckling', [['Näringsliv', nl]], `<p>Kommunens arbete med näringslivet styrs av näringslivsprogrammet. Det nya programmet hittar du <a href="/naringslivsprogram">här</a>.</p><h2>Arkiv</h2><p><a href="${old}">Tidigare program (pdf)</a></p>`);
  doc(s, decodeURIComponent(cur), program({ kommun: 'Bjurholms kommun', ort: 'Bjurholm', title: 'Näringslivsprogram 2023–2027', from: 2023, to: 2027, adopted: 'Antaget av kommunfullmäktige 2023-03-20, § 14', region: 'inter', regionText: 'Umeåregionen (Umeå, Vännäs, Vindeln, Robertsfors, Nordmaling och Bjurholm)', action: 'included', sust: true, variant: 'a' }));
  doc(s, decodeURIComponent(old), program({ kommun: 'Bjurholms kommun', ort: 'Bjurholm', title: 'Näringslivsprogram 2014–2018', from: 2014, to: 2018, adopted: 'Antaget av kommunfullmäktige 2014-05-19, § 40', region: 'none', regionText: '', action: 'none', sust: false, variant: 'b' }));
  page(s, p(s, 'kommun och politik'), 'Kommun och politik', [], '<p>Kommunfullmäktige och nämnder.</p>');
  return s;
}

/** 2425 Dorotea: only an expired growth program. */
function dorotea(): Site {
  const s = newSite('2425', 'Dorotea', 'municipio');
  std(s, [
    { label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete/', children: [['Näringslivsutveckling', '/naringsliv-och-arbete/naringslivsutveckling/']] },
    { label: 'Kommun och politik', href: '/kommun-och-politik/' },
  ]);
  page(s, '/', 'Dorotea kommun', [], `<p>Välkommen till Dorotea.</p><a href="/nyheter/">Nyheter</a>`);
  page(s, '/naringsliv-och-arbete/', 'Näringsliv och arbete', [], ul([['Näringslivsutveckling', '/naringsliv-och-arbete/naringslivsutveckling/']]));
  page(s, '/naringsliv-och-arbete/naringslivsutveckling/', 'Näringslivsutveckling', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<p>Kommunens tillväxtprogram antogs 2017. Ett nytt program ska tas fram under mandatperioden.</p><p><a href="/wp-content/uploads/2017/06/Tillvaxtprogram-Dorotea-2017-2021.pdf">Tillväxtprogram 2017–2021 (pdf)</a></p>`);
  doc(s, '/wp-content/uploads/2017/06/Tillvaxtprogram-Dorotea-2017-2021.pdf', program({ kommun: 'Dorotea kommun', ort: 'Dorotea', title: 'Tillväxtprogram Dorotea kommun 2017–2021', from: 2017, to: 2021, adopted: 'Antaget av kommunfullmäktige 2017-05-29, § 41', region: 'rus', regionText: 'Västerbottens regionala utvecklingsstrategi 2014–2020', action: 'included', sust: false, variant: 'c' }));
  page(s, '/kommun-och-politik/', 'Kommun och politik', [], '<p>Politik och protokoll.</p>');
  return s;
}

/** 2463 Åsele: only a consultation draft. */
function asele(): Site {
  const s = newSite('2463', 'Åsele', 'episerver');
  std(s, [
    { label: 'Näringsliv', href: '/naringsliv/', children: [['Remisser', '/naringsliv/remisser/']] },
    { label: 'Kommun och politik', href: '/kommun-och-politik/' },
  ]);
  page(s, '/', 'Åsele kommun', [], `<p>Välkommen till Åsele.</p><a href="/nyheter/">Nyheter</a>`);
  page(s, '/naringsliv/', 'Näringsliv', [], `<p>Åsele kommun tar fram en ny näringslivsstrategi. Förslaget är ute på remiss till 31 januari 2025.</p>${ul([['Remisser', '/naringsliv/remisser/']])}`);
  page(s, '/naringsliv/remisser/', 'Remiss: Näringslivsstrategi', [['Näringsliv', '/naringsliv/']], `<p>Lämna synpunkter senast 2025-01-31.</p><p><a href="/globalassets/remiss/remissversion-naringslivsstrategi-2025-2030.pdf">Remissversion Näringslivsstrategi 2025–2030</a></p>`);
  doc(s, '/globalassets/remiss/remissversion-naringslivsstrategi-2025-2030.pdf', {
    ...program({ kommun: 'Åsele kommun', ort: 'Åsele', title: 'REMISSVERSION – Näringslivsstrategi 2025–2030', from: 2025, to: 2030, adopted: 'Förslag till kommunfullmäktige. Remissversion 2024-11-15 – ej antagen', region: 'rus', regionText: 'Västerbottens regionala utvecklingsstrategi 2020–2030', action: 'linked', sust: true, variant: 'b' }),
  });
  page(s, '/kommun-och-politik/', 'Kommun och politik', [], '<p>Politik och protokoll.</p>');
  return s;
}

/** 2418 Malå: only a comprehensive plan with a business chapter and a news item about a program being written. */
function mala(): Site {
  const s = newSite('2418', 'Malå', 'sitevision');
  std(s, [
    { label: 'Näringsliv och arbete', href: p(s, 'naringsliv och arbete') },
    { label: 'Kommun och politik', href: p(s, 'kommun och politik'), children: [['Översiktsplan', p(s, 'kommun och politik', 'oversiktsplan')]] },
  ]);
  page(s, '/', 'Malå kommun', [], `<p>Välkommen till Malå.</p><a href="${p(s, 'nyheter', 'arbetet med nytt naringslivsprogram har borjat')}">Arbetet med nytt näringslivsprogram har börjat</a> <a href="${p(s, 'nyheter')}">Nyheter</a>`);
  page(s, p(s, 'nyheter', 'arbetet med nytt naringslivsprogram har borjat'), 'Arbetet med nytt näringslivsprogram har börjat', [['Nyheter', p(s, 'nyheter')]], '<p class="date">2024-03-04</p><p>Kommunstyrelsen har gett näringslivsenheten i uppdrag att ta fram ett näringslivsprogram. Företagare bjuds in till workshoppar under våren. Programmet väntas antas av fullmäktige under 2025.</p>');
  page(s, p(s, 'naringsliv och arbete'), 'Näringsliv och arbete', [], `<p>Malå har gruvnäring, skogsbruk och besöksnäring. Läs om mark för verksamheter i <a href="${p(s, 'kommun och politik', 'oversiktsplan')}">översiktsplanen</a>.</p>`);
  page(s, p(s, 'kommun och politik'), 'Kommun och politik', [], ul([['Översiktsplan', p(s, 'kommun och politik', 'oversiktsplan')]]));
  page(s, p(s, 'kommun och politik', 'oversiktsplan'), 'Översiktsplan', [['Kommun och politik', p(s, 'kommun och politik')]], `<p><a href="/download/18.7d1e2f3a17c4b5a6d7e8f9/1623318645123/Oversiktsplan%20Mala%202040.pdf">Översiktsplan Malå 2040 (pdf, 6 MB)</a></p>`);
  doc(s, '/download/18.7d1e2f3a17c4b5a6d7e8f9/1623318645123/Oversiktsplan Mala 2040.pdf', oversiktsplan('Malå kommun', 'Malå'));
  return s;
}

/** 2513 Överkalix: the program is a web page with accordions under Näringslivsutveckling. */
function overkalix(): Site {
  const s = newSite('2513', 'Överkalix', 'sitevision');
  const nl = p(s, 'naringsliv och arbete');
  const nu = p(s, 'naringsliv och arbete', 'naringslivsutveckling');
  const prog = p(s, 'naringsliv och arbete', 'naringslivsutveckling', 'naringslivsprogram');
  std(s, [
    { label: 'Näringsliv och arbete', href: nl, children: [['Näringslivsutveckling', nu], ['Arbetsmarknad', p(s, 'naringsliv och arbete', 'arbetsmarknad')]] },
    { label: 'Kommun och politik', href: p(s, 'kommun och politik') },
  ]);
  page(s, '/', 'Överkalix kommun', [], `<p>Välkommen till Överkalix.</p><a href="${p(s, 'nyheter')}">Nyheter</a>`);
  page(s, nl, 'Näringsliv och arbete', [], ul([['Näringslivsutveckling', nu], ['Arbetsmarknad', p(s, 'naringsliv och arbete', 'arbetsmarknad')]]));
  page(s, p(s, 'naringsliv och arbete', 'arbetsmarknad'), 'Arbetsmarknad', [['Näringsliv och arbete', nl]], '<p>Arbetsmarknadsenheten hjälper dig till jobb.</p>');
  page(s, nu, 'Näringslivsutveckling', [['Näringsliv och arbete', nl]], `<p>Vi vill att fler företag ska starta och växa i Överkalix.</p>${ul([['Näringslivsprogram', prog], ['Företagsbesök', p(s, 'naringsliv och arbete', 'naringslivsutveckling', 'foretagsbesok')]])}`);
  page(s, p(s, 'naringsliv och arbete', 'naringslivsutveckling', 'foretagsbesok'), 'Företagsbesök', [['Näringsliv och arbete', nl], ['Näringslivsutveckling', nu]], '<p>Vi besöker gärna ditt företag.</p>');
  const acc = (h: string, body: string) => `<details class="sv-accordion"><summary>${esc(h)}</summary><div>${body}</div></details>`;
  page(s, prog, 'Näringslivsprogram för Överkalix kommun 2022–2026', [['Näringsliv och arbete', nl], ['Näringslivsutveckling', nu]], `<p class="lead">Näringslivsprogrammet antogs av kommunfullmäktige 2022-04-25, § 33, och gäller 2022–2026. Programmet är framtaget tillsammans med företagare i Överkalix och Överkalix Företagarförening.</p>
${acc('Vision', '<p>Överkalix – där företag växer med älven. Vi ska ha ett av Norrbottens bästa företagsklimat.</p>')}
${acc('Mål', '<ul><li>Företagsklimatet: förbättra kommunens placering i Svenskt Näringslivs ranking varje år.</li><li>Fler nystartade företag per 1 000 invånare.</li><li>NKI för myndighetsutövning över 75.</li><li>Fler unga som stannar eller flyttar tillbaka.</li></ul>')}
${acc('Fokusområden', '<p>Service och bemötande, kompetensförsörjning, besöksnäring, infrastruktur och bredband, mark och lokaler.</p>')}
${acc('Regional samverkan', '<p>Programmet utgår från Norrbottens regionala utvecklingsstrategi 2030 och vi samverkar inom Östra Norrbotten med Haparanda, Kalix och Övertorneå.</p>')}
${acc('Hållbar utveckling', '<p>Programmet bidrar till Agenda 2030 och de globala målen. Näringslivet i Överkalix ska ställa om till fossilfritt, och kommunen stöttar företag i omställningen till cirkulär ekonomi.</p>')}
${acc('Handlingsplan', '<p>Aktiviteter 2022–2026: företagsbesök (30 per år), företagsfrukost, förenklad bygglovsprocess, lokal upphandlingsdialog. Handlingsplanen följs upp årligen av kommunstyrelsen.</p>')}
${acc('Uppföljning', '<p>Programmet följs upp årligen i årsredovisningen och revideras inför nästa mandatperiod.</p>')}`);
  page(s, p(s, 'kommun och politik'), 'Kommun och politik', [], '<p>Politik och protokoll.</p>');
  s.robots = 'User-agent: *\nDisallow: /sok.html\n';
  return s;
}

/** 1760 Storfors: document archive with ?page=N, /dokument/visa?id=88 links, ?download=1, robots.txt disallows /sok/ and /kalender/. */
function storfors(): Site {
  const s = newSite('1760', 'Storfors', 'episerver');
  std(s, [
    { label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete/', children: [['Företagsservice', '/naringsliv-och-arbete/foretagsservice/']] },
    { label: 'Kommun och politik', href: '/kommun-och-politik/', children: [['Dokumentarkiv', '/kommun-och-politik/dokumentarkiv/']] },
  ]);
  s.robots = 'User-agent: *\nDisallow: /sok/\nDisallow: /kalender/\n\nSitemap: {{ORIGIN}}/sitemap.xml\n';
  page(s, '/', 'Storfors kommun', [], `<p>Välkommen till Storfors.</p><a href="/nyheter/">Nyheter</a> <a href="/kalender/">Kalender</a> <a href="/sok/?q=bygglov">Sök bygglov</a>`);
  page(s, '/sok/', 'Sök', [], '<p>Skriv ett sökord.</p>');
  page(s, '/naringsliv-och-arbete/', 'Näringsliv och arbete', [], `<p>Storfors har stark verkstadsindustri. Kommunens styrdokument finns i <a href="/kommun-och-politik/dokumentarkiv/">dokumentarkivet</a>.</p>${ul([['Företagsservice', '/naringsliv-och-arbete/foretagsservice/']])}`);
  page(s, '/naringsliv-och-arbete/foretagsservice/', 'Företagsservice', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], '<p>Ring oss.</p>');
  page(s, '/kommun-och-politik/', 'Kommun och politik', [], ul([['Dokumentarkiv', '/kommun-och-politik/dokumentarkiv/']]));
  const titles = ['Protokoll KF 2024-05-20', 'Protokoll KS 2024-05-06', 'Kallelse KF 2024-05-20', 'Delårsrapport april 2024', 'Taxa renhållning 2024', 'Protokoll KS 2024-03-11', 'Protokoll KF 2024-02-26', 'Mål och budget 2024', 'Internkontrollplan 2024', 'Riktlinjer för serveringstillstånd', 'Protokoll KS 2023-12-04', 'Årsredovisning 2023', 'Näringslivsstrategi 2022–2026', 'Bredbandsstrategi', 'Protokoll KF 2023-11-27', 'Policy mot mutor', 'Föreningsbidrag regler', 'Informationshanteringsplan'];
  const per = 6;
  const ids = titles.map((_, i) => 80 + i);
  titles.forEach((t, i) => {
    const id = ids[i] ?? 0;
    const href = `/dokument/visa?id=${id}`;
    const add = (spec: Parameters<typeof doc>[2]) => {
      doc(s, href, spec);
      doc(s, `${href}&download=1`, spec);
    };
    if (t.startsWith('Näringslivsstrategi')) add(program({ kommun: 'Storfors kommun', ort: 'Storfors', title: 'Näringslivsstrategi för Storfors kommun 2022–2026', from: 2022, to: 2026, adopted: 'Antagen av kommunfullmäktige 2022-01-31, § 5', region: 'rus', regionText: 'Värmlandsstrategin 2040, den regionala utvecklingsstrategin för Värmland', action: 'included', sust: true, variant: 'b' }));
    else if (t.startsWith('Protokoll KS 2023-12-04')) add(protokoll('Storfors kommun', '2023-12-04', 'Uppföljning av näringslivsstrategin'));
    else add(styrdokument('Storfors kommun', t, `${t} för Storfors kommun.`));
  });
  const pages = Math.ceil(titles.length / per);
  const base = '/kommun-och-politik/dokumentarkiv/';
  for (let pg = 1; pg <= pages; pg++) {
    const rows = titles
      .slice((pg - 1) * per, pg * per)
      .map((t, k) => `<tr><td>${esc(t)}</td><td>2024</td><td><a href="/dokument/visa?id=${ids[(pg - 1) * per + k] ?? 0}&amp;download=1">Här</a></td></tr>`)
      .join('');
    const pager = `<div class="pager">${Array.from({ length: pages }, (_, k) => `<a href="${base}?page=${k + 1}">${k + 1}</a>`).join(' ')}${pg < pages ? ` <a href="${base}?page=${pg + 1}">Nästa sida »</a>` : ''}</div>`;
    s.files.set(pg === 1 ? base : `${base}?page=${pg}`, layoutHtml(s, 'Dokumentarkiv', [['Kommun och politik', '/kommun-och-politik/']], `<table class="documents"><thead><tr><th>Titel</th><th>År</th><th>Ladda ner</th></tr></thead><tbody>${rows}</tbody></table>${pager}`));
  }
  s.sitemap = [...s.files.keys()].filter((k) => !k.includes('?') && k.endsWith('/') && !k.startsWith('/sok') && !k.startsWith('/kalender')).slice(0, 40);
  return s;
}

/** 2326 Berg: nothing at all; a page with 300+ links; robots disallows /sok/ and /kalender/. */
function berg(): Site {
  const s = newSite('2326', 'Berg', 'drupal');
  std(s, [{ label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete' }, { label: 'Kommun och politik', href: '/kommun-och-politik' }], { news: 30, perPage: 10 });
  s.robots = 'User-agent: *\nDisallow: /sok/\nDisallow: /kalender/\n';
  page(s, '/', 'Bergs kommun', [], `<p>Välkommen till Bergs kommun – Svenstavik, Myrviken, Klövsjö och Vemdalen.</p>${ul([['A–Ö', '/a-o'], ['Nyheter', p(s, 'nyheter')], ['Kalender', '/kalender/'], ['Sök', '/sok/?q=']])}`);
  page(s, '/naringsliv-och-arbete', 'Näringsliv och arbete', [], '<p>Besöksnäring, skogs- och jordbruk dominerar. Kontakta kommunens näringslivsutvecklare om du vill starta eller utveckla företag. Bergs kommun samarbetar med Jämtland Härjedalen Turism.</p>');
  page(s, '/kommun-och-politik', 'Kommun och politik', [], '<p>Kommunfullmäktige, nämnder och protokoll.</p>');
  const words = ['Adress', 'Avgift', 'Bad', 'Bidrag', 'Blankett', 'Bostad', 'Bygglov', 'Cykel', 'Dagis', 'Detaljplan', 'E-tjänst', 'Färdtjänst', 'Förening', 'Gata', 'Hemtjänst', 'Idrott', 'Jakt', 'Kultur', 'Lov', 'Miljö', 'Natur', 'Park', 'Renhållning', 'Skola', 'Taxa', 'Vatten', 'Väg', 'Äldre', 'Återvinning', 'Öppettider'];
  const links: string[] = [];
  for (let i = 0; i < 320; i++) {
    const w = words[i % words.length] ?? 'Ord';
    links.push(`<li><a href="/a-o/${slugOf(w)}-${i}">${esc(w)} ${i + 1}</a></li>`);
  }
  page(s, '/a-o', 'A–Ö', [], `<ul class="az">${links.join('')}</ul>`);
  for (let i = 0; i < 20; i++) {
    const w = words[i % words.length] ?? 'Ord';
    page(s, `/a-o/${slugOf(w)}-${i}`, `${w} ${i + 1}`, [['A–Ö', '/a-o']], '<p>Information saknas ännu.</p>');
  }
  return s;
}
const slugOf = (w: string) =>
  w
    .toLowerCase()
    .replaceAll(/[åä]/g, 'a')
    .replaceAll('ö', 'o')
    .replaceAll(/[^a-z0-9]+/g, '-');

/** 0617 Gnosjö: deep <nav> tree; the program reached only from a news item; separate action plan (docx); English 'Invest in' page. */
function gnosjo(): Site {
  const s = newSite('0617', 'Gnosjö', 'drupal');
  std(s, [
    { label: 'Näringsliv och arbete', href: '/naringsliv-och-arbete', children: [['Företagsservice', '/naringsliv-och-arbete/foretagsservice'], ['Gnosjöandan', '/naringsliv-och-arbete/gnosjoandan'], ['Mark och etablering', '/naringsliv-och-arbete/mark-och-etablering']] },
    { label: 'Kommun och politik', href: '/kommun-och-politik', children: [['Nämnder', '/kommun-och-politik/namnder'], ['Protokoll', '/kommun-och-politik/protokoll']] },
    { label: 'English', href: '/invest-in-gnosjo' },
  ], { news: 18, perPage: 6 });
  const news = '/nyheter/nu-ar-det-nya-programmet-antaget';
  page(s, '/', 'Gnosjö kommun', [], `<section class="news"><h2>Nyheter</h2><ul><li><a href="${news}">Nu är det nya programmet antaget</a></li></ul><a href="${p(s, 'nyheter')}">Alla nyheter</a></section>`);
  const fileUrl = '/sites/default/files/2024-02/Program%20f%C3%B6r%20n%C3%A4ringsliv%20och%20tillv%C3%A4xt%202024-2028.pdf';
  const hpUrl = '/sites/default/files/2024-02/Handlingsplan%202024.docx';
  page(s, news, 'Nu är det nya programmet antaget', [['Nyheter', p(s, 'nyheter')]], `<p class="date">2024-02-19</p><p>Kommunfullmäktige antog på måndagen Gnosjö kommuns nya program för näringsliv och tillväxt. Programmet har tagits fram tillsammans med företagen i kommunen.</p><p>– Gnosjöandan lever, säger kommunstyrelsens ordförande.</p><p><a href="${fileUrl}">Läs programmet här</a> och den tillhörande <a href="${hpUrl}">handlingsplanen</a>.</p>`);
  doc(s, decodeURIComponent(fileUrl), program({ kommun: 'Gnosjö kommun', ort: 'Gnosjö', title: 'Program för näringsliv och tillväxt 2024–2028', from: 2024, to: 2028, adopted: 'Antaget av kommunfullmäktige 2024-02-19, § 12', region: 'rus', regionText: 'Regional utvecklingsstrategi för Jönköpings län 2019–2035', action: 'linked', sust: true, variant: 'c' }));
  doc(s, decodeURIComponent(hpUrl), handlingsplan('Gnosjö kommun', 'Program för näringsliv och tillväxt 2024–2028', 2024), 'docx');
  page(s, '/naringsliv-och-arbete', 'Näringsliv och arbete', [], `<p>Gnosjöregionen är känd för sitt entreprenörskap.</p>${ul([['Företagsservice', '/naringsliv-och-arbete/foretagsservice'], ['Gnosjöandan', '/naringsliv-och-arbete/gnosjoandan'], ['Mark och etablering', '/naringsliv-och-arbete/mark-och-etablering']])}`);
  for (const [l, h] of [['Företagsservice', '/naringsliv-och-arbete/foretagsservice'], ['Gnosjöandan', '/naringsliv-och-arbete/gnosjoandan'], ['Mark och etablering', '/naringsliv-och-arbete/mark-och-etablering']] as Link[]) {
    page(s, h, l, [['Näringsliv och arbete', '/naringsliv-och-arbete']], `<p>${esc(l)} i Gnosjö.</p>`);
  }
  page(s, '/kommun-och-politik', 'Kommun och politik', [], ul([['Nämnder', '/kommun-och-politik/namnder'], ['Protokoll', '/kommun-och-politik/protokoll']]));
  page(s, '/kommun-och-politik/namnder', 'Nämnder', [['Kommun och politik', '/kommun-och-politik']], '<p>Kommunstyrelsen, barn- och utbildningsnämnden, omsorgsnämnden.</p>');
  page(s, '/kommun-och-politik/protokoll', 'Protokoll', [['Kommun och politik', '/kommun-och-politik']], '<p>Protokoll publiceras i vår diarietjänst.</p>');
  page(s, '/invest-in-gnosjo', 'Invest in Gnosjö', [], `<p lang="en">Gnosjö is one of Sweden's most entrepreneurial regions, with more than 600 manufacturing companies. Contact our business development team for sites and premises.</p><p lang="en"><a href="/naringsliv-och-arbete/mark-och-etablering">Available land</a></p>`);
  return s;
}

/** 0821 Högsby: Sitevision; program under Styrdokument > Program och planer (long list) with anchor 'Ladda ner (pdf, 2 MB)'. */
function hogsby(): Site {
  const s = newSite('0821', 'Högsby', 'sitevision');
  const kp = p(s, 'kommun och politik');
  const sd = p(s, 'kommun och politik', 'styrdokument');
  const pp = p(s, 'kommun och politik', 'styrdokument', 'program och planer');
  std(s, [
    { label: 'Näringsliv och arbete', href: p(s, 'naringsliv och arbete'), children: [['Företagslots', p(s, 'naringsliv och arbete', 'foretagslots')]] },
    { label: 'Kommun och politik', href: kp, children: [['Styrdokument', sd], ['Politik', p(s, 'kommun och politik', 'politik')]] },
  ]);
  page(s, '/', 'Högsby kommun', [], `<p>Välkommen till Högsby.</p><a href="${p(s, 'nyheter')}">Nyheter</a>`);
  page(s, p(s, 'naringsliv och arbete'), 'Näringsliv och arbete', [], ul([['Företagslots', p(s, 'naringsliv och arbete', 'foretagslots')]]));
  page(s, p(s, 'naringsliv och arbete', 'foretagslots'), 'Företagslots', [['Näringsliv och arbete', p(s, 'naringsliv och arbete')]], '<p>Företagslotsen samordnar dina kontakter med kommunen.</p>');
  page(s, kp, 'Kommun och politik', [], ul([['Styrdokument', sd], ['Politik', p(s, 'kommun och politik', 'politik')]]));
  page(s, p(s, 'kommun och politik', 'politik'), 'Politik', [['Kommun och politik', kp]], '<p>Fullmäktige och styrelse.</p>');
  page(s, sd, 'Styrdokument', [['Kommun och politik', kp]], ul([['Policyer', p(s, 'kommun och politik', 'styrdokument', 'policyer')], ['Program och planer', pp], ['Reglementen', p(s, 'kommun och politik', 'styrdokument', 'reglementen')]]));
  page(s, p(s, 'kommun och politik', 'styrdokument', 'policyer'), 'Policyer', [['Kommun och politik', kp], ['Styrdokument', sd]], '<p>Se listan under Program och planer.</p>');
  page(s, p(s, 'kommun och politik', 'styrdokument', 'reglementen'), 'Reglementen', [['Kommun och politik', kp], ['Styrdokument', sd]], '<p>Reglementen för nämnderna.</p>');
  const list = otherStyrdokument(s, (t) => `/download/18.5f3e2d1c17b8a9c0d1e2${slugFirst(t)}/1623318645${String(t.length).padStart(3, '0')}/${encodeURIComponent(t.replaceAll('–', '-'))}.pdf`);
  const progUrl = '/download/18.5f3e2d1c17b8a9c0d1e2999/1623318645999/Styrdokument_KF_2021_45.pdf';
  doc(s, progUrl, program({ kommun: 'Högsby kommun', ort: 'Högsby', title: 'Näringslivsprogram Högsby kommun 2021–2024', from: 2021, to: 2024, adopted: 'Antaget av kommunfullmäktige 2021-06-21, § 45', region: 'inter', regionText: 'Samverkan i Kalmarsundsregionen och med Mönsterås och Oskarshamn', action: 'included', sust: false, variant: 'a' }));
  const items = [...list.map(([t, h]) => [t, h] as Link), ['Näringslivsprogram', progUrl] as Link].sort((a, b) => a[0].localeCompare(b[0], 'sv'));
  page(s, pp, 'Program och planer', [['Kommun och politik', kp], ['Styrdokument', sd]], `<p>Program och planer antagna av kommunfullmäktige.</p><ul class="sv-linklist">${items.map(([t, h]) => `<li><h3>${esc(t)}</h3><a href="${h}">Ladda ner (pdf, 2 MB)</a></li>`).join('')}</ul>`);
  return s;
}

export function buildSites(): Site[] {
  const sites = [ydre(), lessebo(), torsas(), munkfors(), laxa(), ljusnarsberg(), vansbro(), bjurholm(), dorotea(), asele(), mala(), overkalix(), storfors(), berg(), gnosjo(), hogsby()];
  for (const s of sites) finalize(s);
  return sites;
}
