/** Hand-written sites, part C: Vansbro, Ljusdal, Robertsfors, Forshaga, Älvkarleby. */
import { filler, fillerMenu, minorDoc, SiteBuilder, type SiteOut } from './lib.ts';

// ---------------------------------------------------------------- Vansbro (Drupal, only ÖP with business chapter; robots disallows /sok/ and /kalender/)
export function vansbro(): SiteOut {
  const b = new SiteBuilder({
    code: '2021', name: 'Vansbro', slug: 'vansbro', cms: 'drupal', phone: '0281-750 00',
    robots: 'User-agent: *\nDisallow: /sok/\nDisallow: /kalender/\nDisallow: /search/\n',
    menu: [
      ...fillerMenu('slash'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete/' },
      { label: 'Kommun och politik', url: '/kommun-och-politik/', children: [['Översiktsplan', '/kommun-och-politik/oversiktsplan']] },
    ],
    footer: [['Kontakt', '/kontakt'], ['Evenemang', '/kalender/'], ['Sök', '/sok/'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/']],
  });
  filler(b, { style: 'slash', newsCount: 12 });
  b.page('/', 'Startsida', [], `<h1>Vansbro kommun</h1><p><a href="/kalender/?manad=2024-04">Vad händer i april?</a></p>`);
  b.page('/sok/', 'Sök', [], `<h1>Sök</h1><form action="/sok/"><input name="q"></form>`);
  const op = '/sites/default/files/2022-11/oversiktsplan_vansbro_2040_antagen.pdf';
  b.page('/naringsliv-och-arbete/', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><p>Vansbro har ett starkt näringsliv inom trä och besöksnäring. Kommunens inriktning för näringslivet finns i <a href="/kommun-och-politik/oversiktsplan">översiktsplanen</a>, kapitel 6.</p>`);
  b.page('/kommun-och-politik/', 'Kommun och politik', [], `<h1>Kommun och politik</h1><ul><li><a href="/kommun-och-politik/oversiktsplan">Översiktsplan</a></li></ul>`);
  b.page('/kommun-och-politik/oversiktsplan', 'Översiktsplan', [['Kommun och politik', '/kommun-och-politik/']], `<h1>Översiktsplan Vansbro 2040</h1><p>Översiktsplanen antogs av kommunfullmäktige 2022-10-24.</p><p><a href="${op}">oversiktsplan_vansbro_2040_antagen.pdf</a></p>`);
  b.pdf(op, {
    title: 'Översiktsplan Vansbro kommun 2040', header: 'Vansbro kommun – Översiktsplan 2040', footer: 'Antagen KF 2022-10-24',
    pages: [
      ['# Översiktsplan Vansbro kommun 2040', 'Antagen av kommunfullmäktige 2022-10-24, § 71. Översiktsplanen är kommunens långsiktiga plan för användningen av mark och vatten enligt plan- och bygglagen.'],
      ['# Kapitel 1. Planens syfte', 'Översiktsplanen redovisar grunddragen i mark- och vattenanvändningen, bebyggelseutvecklingen och riksintressen.'],
      ['# Kapitel 4. Bebyggelse', 'Ny bebyggelse ska i första hand tillkomma i Vansbro tätort och Äppelbo.'],
      ['# Kapitel 6. Näringsliv', 'Kommunen ska verka för ett gott företagsklimat. Verksamhetsmark reserveras vid Dala-Järna och längs väg 26. Besöksnäringen kring Vansbrosimningen utvecklas.', 'Mål: fler arbetstillfällen inom trä- och besöksnäringen.'],
      ['# Kapitel 8. Riksintressen', 'Västerdalälven är riksintresse för friluftsliv.'],
    ],
  });
  return b.out;
}

// ---------------------------------------------------------------- Ljusdal (Optimizely, only news about a program)
export function ljusdal(): SiteOut {
  const b = new SiteBuilder({
    code: '2161', name: 'Ljusdal', slug: 'ljusdal', cms: 'episerver', sitemap: true, phone: '0651-180 00',
    menu: [
      ...fillerMenu('slash'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete/', children: [['Företagare', '/naringsliv-och-arbete/foretagare/']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik/' },
    ],
    footer: [['Kontakt', '/kontakt'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/'], ['Evenemang', '/kalender/']],
  });
  filler(b, {
    style: 'slash', newsCount: 14,
    extraNews: [{ slug: 'nytt-naringslivsprogram-antaget', title: 'Nytt näringslivsprogram antaget', date: '2024-03-28', body: '<p>Kommunfullmäktige antog på måndagen ett nytt näringslivsprogram för Ljusdals kommun för åren 2024–2028. Programmet har tagits fram tillsammans med företagare i hela kommunen.</p><p>– Nu har vi en tydlig riktning för hur vi ska förbättra företagsklimatet, säger kommunstyrelsens ordförande.</p><p>Programmet innehåller fyra fokusområden: service, kompetens, infrastruktur och attraktivitet. Det publiceras på webbplatsen när protokollet är justerat.</p>' }],
  });
  b.page('/', 'Startsida', [], `<h1>Ljusdals kommun</h1><p><a href="/nyheter/nytt-naringslivsprogram-antaget/">Nytt näringslivsprogram antaget</a></p>`);
  b.page('/kommun-och-politik/', 'Kommun och politik', [], `<h1>Kommun och politik</h1><p>Politiska organ och protokoll.</p>`);
  b.page('/naringsliv-och-arbete/', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><ul><li><a href="/naringsliv-och-arbete/foretagare/">Företagare</a></li></ul>`);
  b.page('/naringsliv-och-arbete/foretagare/', 'Företagare', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<h1>Företagare</h1><p>Kommunens näringslivsenhet erbjuder företagsbesök, rådgivning och nätverk. Läs om <a href="/nyheter/nytt-naringslivsprogram-antaget/">det nya näringslivsprogrammet</a>.</p>`);
  return b.out;
}

// ---------------------------------------------------------------- Robertsfors (Sitevision, nothing at all)
export function robertsfors(): SiteOut {
  const b = new SiteBuilder({
    code: '2409', name: 'Robertsfors', slug: 'robertsfors', cms: 'sitevision', phone: '0934-140 00',
    menu: [
      ...fillerMenu('svid'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete.html', children: [['Näringslivsrådet', '/naringsliv-och-arbete/naringslivsradet.4.7a8b9c0d17e2f3a4b5c6001.html']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik.html' },
    ],
    footer: [['Kontakt', '/kontakt'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/']],
  });
  filler(b, { style: 'svid', newsCount: 8 });
  b.page('/', 'Startsida', [], `<h1>Robertsfors kommun</h1>`);
  const vision = '/download/18.7a8b9c0d17e2f3a4b5c6d7e/1580000000000/Vision%202030.pdf';
  b.page('/kommun-och-politik.html', 'Kommun och politik', [], `<h1>Kommun och politik</h1><p>Kommunens vision: <a href="${vision}">Vision 2030 (pdf)</a></p>`);
  b.pdf(vision, minorDoc('Vision 2030 Robertsfors kommun', 'I Robertsfors kommun finns plats för alla. Vi är en trygg och hållbar kommun med goda möjligheter till arbete, boende och fritid i hela kommunen.', 'Robertsfors'));
  b.page('/naringsliv-och-arbete.html', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><p>Robertsfors har många småföretag inom tillverkning och jordbruk. Vi hjälper dig att hitta lokaler och kontakter.</p><ul><li><a href="/naringsliv-och-arbete/naringslivsradet.4.7a8b9c0d17e2f3a4b5c6001.html">Näringslivsrådet</a></li></ul>`);
  b.page('/naringsliv-och-arbete/naringslivsradet.4.7a8b9c0d17e2f3a4b5c6001.html', 'Näringslivsrådet', [['Näringsliv och arbete', '/naringsliv-och-arbete.html']], `<h1>Näringslivsrådet</h1><p>I näringslivsrådet träffas företagare och politiker fyra gånger per år för att diskutera företagsklimatet.</p>`);
  return b.out;
}

// ---------------------------------------------------------------- Forshaga (Sitevision, program only linked from a news item)
export function forshaga(): SiteOut {
  const b = new SiteBuilder({
    code: '1763', name: 'Forshaga', slug: 'forshaga', cms: 'sitevision', phone: '054-17 20 00',
    menu: [
      ...fillerMenu('svid'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete.html' },
      { label: 'Kommun och politik', url: '/kommun-och-politik.html' },
    ],
    footer: [['Kontakt', '/kontakt'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/'], ['Evenemang', '/kalender/']],
  });
  const prog = '/download/18.7c1d2e3f18d4a5b6c7d8e9f/1706000000000/Naringslivsprogram%20Forshaga%202024-2028.pdf';
  filler(b, {
    style: 'svid', newsCount: 16,
    extraNews: [{ slug: 'nytt-naringslivsprogram-antaget', title: 'Nytt näringslivsprogram antaget', date: '2024-01-30', body: `<p>Kommunfullmäktige har antagit ett nytt näringslivsprogram för 2024–2028. Programmet har tagits fram tillsammans med Forshaga Näringsliv.</p><p>Programmet hittar du <a href="${prog}">här</a>.</p>` }],
  });
  b.page('/', 'Startsida', [], `<h1>Forshaga kommun</h1>`);
  b.page('/kommun-och-politik.html', 'Kommun och politik', [], `<h1>Kommun och politik</h1><p>Protokoll och politiska organ.</p>`);
  b.page('/naringsliv-och-arbete.html', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><p>Forshaga ligger vid Klarälven strax norr om Karlstad. Kontakta näringslivsutvecklaren för hjälp med etablering.</p>`);
  b.pdf(prog, {
    title: 'Näringslivsprogram Forshaga 2024–2028', header: 'Forshaga kommun', footer: 'Näringslivsprogram 2024–2028',
    pages: [
      ['# Näringslivsprogram för Forshaga kommun 2024–2028', 'Antaget av kommunfullmäktige 2024-01-29, § 4. Programmet gäller 2024–2028.'],
      ['# Bakgrund', 'Forshaga är en del av Karlstadsregionen. Programmet utgår från Värmlandsstrategin 2040, Region Värmlands regionala utvecklingsstrategi, och från samverkan i Karlstadsregionen.', 'Programmet har tagits fram i dialog med Forshaga Näringsliv och företagare i Deje och Forshaga.'],
      ['# Fokusområden', 'Service: snabb och rättssäker handläggning. Kompetens: samverkan med skolan och Karlstads universitet. Platsutveckling: levande centrum i Forshaga och Deje. Hållbarhet: stöd till företagens klimatomställning och cirkulära flöden, i linje med Agenda 2030.'],
      ['# Genomförande', 'Programmet omsätts i en årlig aktivitetsplan som tas fram av näringslivsutvecklaren tillsammans med Forshaga Näringsliv. Uppföljning sker årligen i kommunstyrelsen.'],
    ],
  });
  return b.out;
}

// ---------------------------------------------------------------- Älvkarleby (Drupal, document archive with ?page=N)
export function alvkarleby(): SiteOut {
  const b = new SiteBuilder({
    code: '0319', name: 'Älvkarleby', slug: 'alvkarleby', cms: 'drupal', sitemap: true, phone: '026-830 00',
    menu: [
      ...fillerMenu('slash'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete/' },
      { label: 'Kommun och politik', url: '/kommun-och-politik/', children: [['Dokumentarkiv', '/kommun-och-politik/dokument']] },
    ],
    footer: [['Kontakt', '/kontakt'], ['Dokumentarkiv', '/kommun-och-politik/dokument'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/']],
  });
  filler(b, { style: 'slash', newsCount: 12 });
  b.page('/', 'Startsida', [], `<h1>Älvkarleby kommun</h1>`);
  b.page('/naringsliv-och-arbete/', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><p>Älvkarleby – mellan Gävle och Uppsala. Styrdokument för näringslivsarbetet finns i <a href="/kommun-och-politik/dokument">dokumentarkivet</a>.</p>`);
  b.page('/kommun-och-politik/', 'Kommun och politik', [], `<h1>Kommun och politik</h1><ul><li><a href="/kommun-och-politik/dokument">Dokumentarkiv</a></li></ul>`);
  const prog = '/sites/default/files/2022-05/naringslivsprogram_2022-2026_0.pdf';
  const akt = '/sites/default/files/2024-02/aktivitetsplan_naringsliv_2024.pdf';
  const docs: Array<[string, string]> = [
    ['Taxa för bygglov 2024', '/sites/default/files/2023-12/taxa_bygglov_2024.pdf'],
    ['Budget 2024', '/sites/default/files/2023-11/budget_2024.pdf'],
    ['Årsredovisning 2023', '/sites/default/files/2024-04/arsredovisning_2023.pdf'],
    ['Avfallsföreskrifter', '/sites/default/files/2023-01/avfallsforeskrifter.pdf'],
    ['Delegationsordning KS', '/sites/default/files/2023-03/delegationsordning_ks.pdf'],
    ['Biblioteksplan 2023–2026', '/sites/default/files/2023-02/biblioteksplan_2023-2026.pdf'],
    ['Krisledningsplan', '/sites/default/files/2022-12/krisledningsplan.pdf'],
    ['Lokala ordningsföreskrifter', '/sites/default/files/2022-09/ordningsforeskrifter.pdf'],
    ['Kommunikationspolicy', '/sites/default/files/2022-08/kommunikationspolicy.pdf'],
    ['Riktlinjer för bostadsanpassning', '/sites/default/files/2022-07/bostadsanpassning.pdf'],
    ['Drogpolicy', '/sites/default/files/2022-06/drogpolicy.pdf'],
    ['Näringslivsprogram 2022–2026', prog],
    ['Aktivitetsplan näringsliv 2024', akt],
    ['Klimatstrategi', '/sites/default/files/2022-04/klimatstrategi.pdf'],
    ['Skolplan', '/sites/default/files/2022-03/skolplan.pdf'],
    ['Riktlinjer för investeringar', '/sites/default/files/2022-02/investeringar.pdf'],
    ['Arkivreglemente', '/sites/default/files/2021-12/arkivreglemente.pdf'],
    ['Policy för sociala medier', '/sites/default/files/2021-10/sociala_medier.pdf'],
    ['Landsbygdsstrategi', '/sites/default/files/2021-09/landsbygdsstrategi.pdf'],
    ['Jämställdhetsplan', '/sites/default/files/2021-06/jamstalldhetsplan.pdf'],
    ['Bostadsförsörjningsprogram', '/sites/default/files/2021-03/bostadsforsorjning.pdf'],
  ];
  const per = 5;
  const pages = Math.ceil(docs.length / per);
  for (let p = 0; p < pages; p++) {
    const slice = docs.slice(p * per, p * per + per);
    const pager = `<nav class="pager"><ul>${Array.from({ length: pages }, (_, k) => `<li>${k === p ? `<span>${k + 1}</span>` : `<a href="/kommun-och-politik/dokument${k ? `?page=${k}` : ''}">${k + 1}</a>`}</li>`).join('')}${p + 1 < pages ? `<li class="pager__item--next"><a href="/kommun-och-politik/dokument?page=${p + 1}" rel="next">Nästa ›</a></li>` : ''}</ul></nav>`;
    b.page(`/kommun-och-politik/dokument${p ? `?page=${p}` : ''}`, 'Dokumentarkiv', [['Kommun och politik', '/kommun-och-politik/']], `<h1>Dokumentarkiv</h1><p>Styrdokument, planer och taxor, nyast först.</p><div class="view-content">${slice.map(([t, u]) => `<div class="views-row"><h3>${t}</h3><span class="file file--mime-application-pdf"><a href="${u}">Ladda ner</a></span></div>`).join('')}</div>${pager}`);
  }
  for (const [t, u] of docs) if (u !== prog && u !== akt) b.pdf(u, minorDoc(t, `${t} för Älvkarleby kommun.`, 'Älvkarleby'));
  b.pdf(prog, {
    title: 'Näringslivsprogram 2022–2026', header: 'Älvkarleby kommun', footer: 'Näringslivsprogram 2022–2026',
    pages: [
      ['# Näringslivsprogram för Älvkarleby kommun 2022–2026', 'Antaget av kommunfullmäktige 2022-04-26, § 45. Programmet gäller 2022–2026.'],
      ['# Inledning', 'Älvkarleby ska vara en kommun där företag trivs och växer. Programmet beskriver hur kommunen arbetar för ett bättre företagsklimat tillsammans med näringslivet.', 'Programmet har tagits fram med Företagarna Älvkarleby och Skutskärs Företagarförening.'],
      ['# Regional samverkan', 'Programmet är kopplat till Region Uppsalas regionala utvecklingsstrategi och till samarbetet i Gävle–Dala-stråket.'],
      ['# Mål och prioriteringar', 'Företagsklimat: förbättrat betyg i Svenskt Näringslivs enkät varje år. Etableringar: utveckla verksamhetsområdet i Skutskär. Besöksnäring: Laxön och Fallet. Kompetens: samverkan med vuxenutbildningen.'],
      ['# Genomförande', 'Programmet genomförs genom en separat aktivitetsplan som tas fram varje år och antas av kommunstyrelsen.'],
    ],
  });
  b.pdf(akt, {
    title: 'Aktivitetsplan näringsliv 2024', header: 'Älvkarleby kommun', footer: 'Aktivitetsplan 2024',
    pages: [['# Aktivitetsplan 2024 för Näringslivsprogram 2022–2026', 'Antagen av kommunstyrelsen 2024-02-06.'], ['# Aktiviteter', 'Företagsfrukost sex gånger per år. Företagsbesök 40 st. Ny webbsida för etablering. Nätverk för besöksnäringen.']],
  });
  return b.out;
}
