/** Hand-written sites, part B: Olofström, Klippan, Kungsbacka, Ale, Kil. */
import { filler, fillerMenu, minorDoc, SiteBuilder, type SiteOut } from './lib.ts';

// ---------------------------------------------------------------- Olofström (Sitevision, anchor = file name)
export function olofstrom(): SiteOut {
  const b = new SiteBuilder({
    code: '1060', name: 'Olofström', slug: 'olofstrom', cms: 'sitevision', phone: '0454-930 00',
    menu: [
      ...fillerMenu('svid'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete.html', children: [['Näringslivsutveckling', '/naringsliv-och-arbete/naringslivsutveckling.4.1d2e3f4a17b8c9d0e1f2001.html'], ['Mark och lokaler', '/naringsliv-och-arbete/mark-och-lokaler.4.1d2e3f4a17b8c9d0e1f2002.html']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik.html' },
    ],
    footer: [['Kontakt', '/kontakt'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/'], ['Evenemang', '/kalender/']],
  });
  filler(b, { style: 'svid', newsCount: 10 });
  b.page('/', 'Startsida', [], `<h1>Olofströms kommun</h1><p>Välkommen till Olofström.</p>`);
  b.page('/kommun-och-politik.html', 'Kommun och politik', [], `<h1>Kommun och politik</h1><p>Politiska organ och protokoll.</p>`);
  b.page('/naringsliv-och-arbete.html', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><p>Olofström är en industriort med lång tradition.</p><ul><li><a href="/naringsliv-och-arbete/naringslivsutveckling.4.1d2e3f4a17b8c9d0e1f2001.html">Näringslivsutveckling</a></li><li><a href="/naringsliv-och-arbete/mark-och-lokaler.4.1d2e3f4a17b8c9d0e1f2002.html">Mark och lokaler</a></li></ul>`);
  b.page('/naringsliv-och-arbete/mark-och-lokaler.4.1d2e3f4a17b8c9d0e1f2002.html', 'Mark och lokaler', [['Näringsliv och arbete', '/naringsliv-och-arbete.html']], `<h1>Mark och lokaler</h1><p>Industrimark finns i Vilshult.</p>`);
  const prog = '/download/18.1d2e3f4a17b8c9d0e1f2a3b/1632745678123/KS_2021_0345_bilaga_3.pdf';
  const prot = '/download/18.1d2e3f4a17b8c9d0e1f2a3c/1632745678124/KF_protokoll_2021-09-27.pdf';
  b.page('/naringsliv-och-arbete/naringslivsutveckling.4.1d2e3f4a17b8c9d0e1f2001.html', 'Näringslivsutveckling', [['Näringsliv och arbete', '/naringsliv-och-arbete.html']], `<h1>Näringslivsutveckling</h1><p>Kommunen arbetar tillsammans med Olofströms Näringsliv AB för ett bättre företagsklimat. Kommunfullmäktige antog den 27 september 2021 ett nytt program för arbetet.</p><h2>Handlingar</h2><ul class="sv-file-list"><li><a href="${prog}">KS_2021_0345_bilaga_3.pdf</a></li><li><a href="${prot}">KF_protokoll_2021-09-27.pdf</a></li></ul>`);
  b.pdf(prot, { title: 'Protokoll kommunfullmäktige 2021-09-27', header: 'Olofströms kommun – Sammanträdesprotokoll', pages: [['# Kommunfullmäktige 2021-09-27', '§ 112 Näringslivsprogram 2021–2025. Dnr KS 2021/0345.', 'Kommunfullmäktige beslutar att anta Näringslivsprogram 2021–2025 enligt bilaga 3.'], ['# Justering', 'Protokollet justerades 2021-09-30.']] });
  b.pdf(prog, {
    title: 'KS_2021_0345_bilaga_3', header: 'Olofströms kommun', footer: 'Bilaga 3 KS 2021/0345',
    pages: [
      ['# Näringslivsprogram för Olofströms kommun 2021–2025', 'Antaget av kommunfullmäktige 2021-09-27, § 112. Programmet gäller 2021–2025.'],
      ['# Vision och syfte', 'Olofström ska vara Blekinges mest företagsvänliga kommun. Programmet visar vad kommunen gör för att företag ska kunna starta, växa och stanna i Olofström.', 'Programmet har tagits fram i samverkan med Olofströms Näringsliv AB och lokala företagare genom workshops våren 2021.'],
      ['# Regional koppling', 'Programmet bidrar till Region Blekinges regionala utvecklingsstrategi och till samarbetet i Skåne Nordost om kompetens och infrastruktur.'],
      ['# Prioriteringar', 'Industrins framtid: stötta underleverantörerna i fordonsindustrin i omställningen till elektrifiering.', 'Kompetens: industritekniskt college och yrkesvux.', 'Service: en väg in för företagare.', 'Attraktivitet: boende och fritid som lockar arbetskraft.'],
      ['# Handlingsplan och uppföljning', 'En handlingsplan med årliga aktiviteter ingår i bilaga A. Kommunstyrelsen följer upp programmet varje år.', 'Bilaga A. Aktiviteter 2022: företagsbesök 80 st. 2023: kompetensforum. 2024: etableringskampanj.'],
    ],
  });
  return b.out;
}

// ---------------------------------------------------------------- Klippan (Municipio, link behind a redirect)
export function klippan(): SiteOut {
  const b = new SiteBuilder({
    code: '1276', name: 'Klippan', slug: 'klippan', cms: 'municipio', phone: '0435-280 00',
    menu: [
      ...fillerMenu('slash'),
      { label: 'Näringsliv och arbete', url: '/naringsliv/', children: [['Företagande', '/naringsliv/foretagande/'], ['Arbete', '/naringsliv/arbete/']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik/' },
    ],
    footer: [['Kontakt', '/kontakt'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/'], ['Evenemang', '/kalender/']],
  });
  filler(b, { style: 'slash', newsCount: 12 });
  b.page('/', 'Startsida', [], `<h1>Klippans kommun</h1>`);
  b.page('/kommun-och-politik/', 'Kommun och politik', [], `<h1>Kommun och politik</h1><p>Politiken i Klippan.</p>`);
  b.page('/naringsliv/', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><ul><li><a href="/naringsliv/foretagande/">Företagande</a></li><li><a href="/naringsliv/arbete/">Arbete</a></li></ul>`);
  b.page('/naringsliv/arbete/', 'Arbete', [['Näringsliv och arbete', '/naringsliv/']], `<h1>Arbete</h1><p>Lediga jobb och feriejobb.</p>`);
  b.page('/naringsliv/foretagande/', 'Företagande', [['Näringsliv och arbete', '/naringsliv/']], `<h1>Företagande</h1><p>Klippan ligger mitt i Skåne med nära till E4 och Söderåsbanan. Vårt arbete för ett bättre företagsklimat beskrivs i <a href="/naringslivsprogrammet">Näringslivsprogrammet</a>.</p><p>Frågor? Kontakta näringslivsutvecklare Sara Holm.</p>`);
  const prog = '/wp-content/uploads/2024/02/Naringslivsprogram-2024-2027-Klippans-kommun.pdf';
  b.redirect('/naringslivsprogrammet', prog);
  b.pdf(prog, {
    title: 'Näringslivsprogram 2024–2027 Klippans kommun', header: 'Klippans kommun', footer: 'Näringslivsprogram 2024–2027',
    pages: [
      ['# Näringslivsprogram 2024–2027', 'Klippans kommun. Antaget av kommunfullmäktige 2024-01-30, § 7. Gäller 2024–2027.'],
      ['# Inledning', 'Programmet beskriver kommunens mål och prioriteringar för näringslivsarbetet under mandatperioden. Det har tagits fram tillsammans med Klippans Näringslivsförening.', 'Klippan är en del av Familjen Helsingborg, och programmet bidrar till det gemensamma arbetet där och till Region Skånes utvecklingsstrategi Det öppna Skåne 2030.'],
      ['# Mål', 'Företagsklimatet ska förbättras till betyget 4,0 i Svenskt Näringslivs enkät 2027.', 'Minst 15 nya företagsetableringar under perioden.', 'Alla företag ska få svar inom två arbetsdagar.'],
      ['# Insatser', 'Näringslivsfrukostar varannan månad, företagsbesök, förenklad tillståndsprocess, dialog om kompetensbehov med gymnasiet. Hållbarhet: stöd till lokala företag för energieffektivisering och omställning i linje med Agenda 2030.'],
    ],
  });
  return b.out;
}

// ---------------------------------------------------------------- Kungsbacka (Optimizely, plain view + action plan + English)
export function kungsbacka(): SiteOut {
  const b = new SiteBuilder({
    code: '1384', name: 'Kungsbacka', slug: 'kungsbacka', cms: 'episerver', sitemap: true, phone: '0300-83 40 00',
    robots: 'User-agent: *\nDisallow: /sok/\nDisallow: /kalender/\nSitemap: {{ORIGIN}}/sitemap.xml\n',
    menu: [
      ...fillerMenu('slash'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete/', children: [['Näringslivsutveckling', '/naringsliv-och-arbete/naringslivsutveckling/'], ['Starta företag', '/naringsliv-och-arbete/starta-foretag/']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik/' },
    ],
    footer: [['Kontakt', '/kontakt'], ['English', '/english/'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/'], ['Evenemang', '/kalender/'], ['Sök', '/sok/?q=']],
  });
  filler(b, { style: 'slash', newsCount: 18 });
  b.page('/', 'Startsida', [], `<h1>Kungsbacka kommun</h1><p><a href="/sok/?q=bygglov">Populärt: bygglov</a> <a href="/sok/?q=lediga+jobb">lediga jobb</a></p>`);
  b.page('/sok/', 'Sök', [], `<h1>Sök</h1><p>Inga träffar.</p><a href="/sok/?q=skola&amp;page=2">Nästa</a>`);
  b.page('/kommun-och-politik/', 'Kommun och politik', [], `<h1>Kommun och politik</h1><p>Så fungerar kommunen.</p>`);
  const strat = '/globalassets/dokument/kommun-och-politik/styrdokument/tillvaxtstrategi-2019-2030.pdf';
  const hp = '/globalassets/dokument/naringsliv/handlingsplan-tillvaxtstrategi-2024-2025.pdf';
  b.page('/naringsliv-och-arbete/', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><ul><li><a href="/naringsliv-och-arbete/naringslivsutveckling/">Näringslivsutveckling</a></li><li><a href="/naringsliv-och-arbete/starta-foretag/">Starta företag</a></li></ul>`);
  b.page('/naringsliv-och-arbete/starta-foretag/', 'Starta företag', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<h1>Starta företag</h1><p>Rådgivning via Almi och Nyföretagarcentrum.</p>`);
  b.page('/naringsliv-och-arbete/naringslivsutveckling/', 'Näringslivsutveckling', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<h1>Näringslivsutveckling</h1><p class="preamble">Kungsbacka ska vara en av Sveriges bästa kommuner för företag. Arbetet styrs av kommunens tillväxtstrategi och en handlingsplan.</p><h2>Tillväxtstrategi</h2><p><a href="${strat}">Tillväxtstrategi för Kungsbacka kommun 2019–2030 (pdf)</a></p><p><a href="${hp}">Handlingsplan 2024–2025 för tillväxtstrategin (pdf)</a></p>`);
  b.page('/english/', 'English', [], `<h1>Welcome to Kungsbacka</h1><ul><li><a href="/english/invest-in-kungsbacka/">Invest in Kungsbacka</a></li></ul>`);
  b.page('/english/invest-in-kungsbacka/', 'Invest in Kungsbacka', [['English', '/english/']], `<h1>Invest in Kungsbacka</h1><p>Kungsbacka is located 25 minutes south of Gothenburg. Read our <a href="${strat}">growth strategy (in Swedish)</a>.</p>`);
  b.pdf(strat, {
    title: 'Tillväxtstrategi för Kungsbacka kommun 2019–2030', header: 'Kungsbacka kommun', footer: 'Tillväxtstrategi 2019–2030',
    pages: [
      ['# Tillväxtstrategi för Kungsbacka kommun 2019–2030', 'Antagen av kommunfullmäktige 2019-06-11, § 98. Strategin gäller 2019–2030 och revideras varje mandatperiod.'],
      ['# Inledning', 'Kungsbacka växer snabbt. Strategin beskriver hur kommunen ska möta tillväxten med fler arbetsplatser, en hållbar stadsutveckling och ett starkt företagsklimat.', 'Strategin bygger på Västra Götalandsregionens och Region Hallands utvecklingsstrategier och på samarbetet inom Göteborgsregionen (GR).'],
      ['# Strategiska mål', 'Fler arbetstillfällen: 10 000 nya arbetstillfällen till 2030.', 'Företagsklimat: topp 50 i Svenskt Näringslivs ranking.', 'Hållbar tillväxt: tillväxten ska ske inom planetens gränser. Kungsbacka ska vara klimatneutralt 2030 och näringslivet är en viktig partner.'],
      ['# Genomförande', 'Strategin genomförs genom separata handlingsplaner för två år i taget. Handlingsplanerna antas av kommunstyrelsen.'],
    ],
  });
  b.pdf(hp, {
    title: 'Handlingsplan 2024–2025 för tillväxtstrategin', header: 'Kungsbacka kommun', footer: 'Handlingsplan 2024–2025',
    pages: [
      ['# Handlingsplan 2024–2025', 'Handlingsplan för Tillväxtstrategi för Kungsbacka kommun 2019–2030. Antagen av kommunstyrelsen 2023-12-05.'],
      ['# Aktiviteter', 'Etablera ett företagscenter i Kungsbacka stad. Digital ansökan om serveringstillstånd. Kompetensmässa med gymnasiet. Klimatlöfte för företag.'],
    ],
  });
  return b.out;
}

// ---------------------------------------------------------------- Ale (Municipio, only expired)
export function ale(): SiteOut {
  const b = new SiteBuilder({
    code: '1440', name: 'Ale', slug: 'ale', cms: 'municipio', phone: '0303-33 00 00',
    menu: [
      ...fillerMenu('slash'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete/', children: [['För företagare', '/naringsliv-och-arbete/for-foretagare/']] },
      { label: 'Kommun och politik', url: '/kommun-och-politik/', children: [['Styrdokument', '/kommun-och-politik/styrdokument/']] },
    ],
    footer: [['Kontakt', '/kontakt'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/']],
  });
  filler(b, {
    style: 'slash', newsCount: 10,
    extraNews: [{ slug: 'arbetet-med-ny-naringslivsstrategi-har-startat', title: 'Arbetet med ny näringslivsstrategi har startat', date: '2024-09-12', body: '<p>Ale kommun har börjat arbeta fram en ny näringslivsstrategi. Under hösten bjuder vi in företagare till dialogmöten. Strategin väntas bli klar under 2025.</p>' }],
  });
  b.page('/', 'Startsida', [], `<h1>Ale kommun</h1>`);
  const old = '/wp-content/uploads/2016/05/Naringslivsprogram-2016-2019.pdf';
  b.page('/kommun-och-politik/', 'Kommun och politik', [], `<h1>Kommun och politik</h1><ul><li><a href="/kommun-och-politik/styrdokument/">Styrdokument</a></li></ul>`);
  b.page('/kommun-och-politik/styrdokument/', 'Styrdokument', [['Kommun och politik', '/kommun-och-politik/']], `<h1>Styrdokument</h1><ul><li><a href="/wp-content/uploads/2020/03/Miljopolicy.pdf">Miljöpolicy</a></li><li><a href="/wp-content/uploads/2021/11/Kulturplan-2022-2025.pdf">Kulturplan 2022–2025</a></li><li><a href="${old}">Näringslivsprogram 2016–2019</a></li></ul>`);
  b.pdf('/wp-content/uploads/2020/03/Miljopolicy.pdf', minorDoc('Miljöpolicy', 'Ale kommun ska minska sin klimatpåverkan.', 'Ale'));
  b.pdf('/wp-content/uploads/2021/11/Kulturplan-2022-2025.pdf', minorDoc('Kulturplan 2022–2025', 'Kulturplanen anger inriktningen för kulturverksamheten.', 'Ale'));
  b.page('/naringsliv-och-arbete/', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><p>Ale ligger längs Göta älv mellan Göteborg och Trollhättan.</p><ul><li><a href="/naringsliv-och-arbete/for-foretagare/">För företagare</a></li></ul>`);
  b.page('/naringsliv-och-arbete/for-foretagare/', 'För företagare', [['Näringsliv och arbete', '/naringsliv-och-arbete/']], `<h1>För företagare</h1><p>Näringslivsenheten hjälper dig. Kommunens näringslivsprogram hittar du <a href="${old}">här</a>.</p>`);
  b.pdf(old, {
    title: 'Näringslivsprogram 2016–2019', header: 'Ale kommun', footer: 'Näringslivsprogram 2016–2019',
    pages: [
      ['# Näringslivsprogram för Ale kommun 2016–2019', 'Antaget av kommunfullmäktige 2016-04-25. Programmet gäller 2016–2019.'],
      ['# Mål', 'Ale ska bli en av de 100 bästa kommunerna i Svenskt Näringslivs ranking. Antalet arbetstillfällen ska öka med 1 000.', 'Programmet bidrar till Göteborgsregionens strukturbild och samarbetet i GR.'],
      ['# Aktiviteter', 'Företagsbesök, näringslivsdagen, etablering vid Ale Torg och Nödinge.'],
    ],
  });
  return b.out;
}

// ---------------------------------------------------------------- Kil (Sitevision, only a draft on remiss)
export function kil(): SiteOut {
  const b = new SiteBuilder({
    code: '1715', name: 'Kil', slug: 'kil', cms: 'sitevision', phone: '0554-191 00',
    menu: [
      ...fillerMenu('html'),
      { label: 'Näringsliv och arbete', url: '/naringsliv-och-arbete.html' },
      { label: 'Kommun och politik', url: '/kommun-och-politik.html', children: [['Remisser och samråd', '/kommun-och-politik/remisser-och-samrad.html']] },
    ],
    footer: [['Kontakt', '/kontakt'], ['Om webbplatsen', '/om-webbplatsen'], ['Nyheter', '/nyheter/']],
  });
  filler(b, { style: 'html', newsCount: 10 });
  b.page('/', 'Startsida', [], `<h1>Kils kommun</h1>`);
  const draft = '/download/18.6a7b8c9d18e1f2a3b4c5d6e/1727345678901/Remissversion%20N%C3%A4ringslivsstrategi%202025-2030.pdf';
  b.page('/naringsliv-och-arbete.html', 'Näringsliv och arbete', [], `<h1>Näringsliv och arbete</h1><p>Kil är en pendlarkommun nära Karlstad. Just nu tar vi fram en ny näringslivsstrategi – <a href="/kommun-och-politik/remisser-och-samrad.html">lämna synpunkter</a>.</p>`);
  b.page('/kommun-och-politik.html', 'Kommun och politik', [], `<h1>Kommun och politik</h1><ul><li><a href="/kommun-och-politik/remisser-och-samrad.html">Remisser och samråd</a></li></ul>`);
  b.page('/kommun-och-politik/remisser-och-samrad.html', 'Remisser och samråd', [['Kommun och politik', '/kommun-och-politik.html']], `<h1>Remisser och samråd</h1><h2>Förslag till näringslivsstrategi 2025–2030</h2><p>Kommunstyrelsen har skickat ut förslaget på remiss. Lämna synpunkter senast 30 november 2024.</p><p><a href="${draft}">Remissversion (pdf)</a></p>`);
  b.pdf(draft, {
    title: 'Remissversion – Näringslivsstrategi för Kils kommun 2025–2030', header: 'REMISSVERSION – FÖRSLAG', footer: 'Remissversion 2024-09-20',
    pages: [
      ['# FÖRSLAG: Näringslivsstrategi för Kils kommun 2025–2030', 'Remissversion 2024-09-20. Synpunkter lämnas till kommunstyrelsen senast 2024-11-30. Strategin föreslås antas av kommunfullmäktige i februari 2025.'],
      ['# Syfte', 'Strategin ska ge en gemensam riktning för kommunens arbete med näringslivet. Förslaget har tagits fram i dialog med Kils Näringslivsråd.', 'Strategin kopplar till Region Värmlands regionala utvecklingsstrategi Värmlandsstrategin 2040.'],
      ['# Föreslagna mål', 'Kil ska vara bland de 50 bästa i Svenskt Näringslivs ranking 2030. Fler etableringar i Fagerås och Kils centrum.', 'Hållbar tillväxt i linje med Agenda 2030.'],
    ],
  });
  return b.out;
}
