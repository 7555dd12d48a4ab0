/**
 * The boring part of each site: section pages, topic pages, FAQ pages, news
 * archive with pagination, event list, footer targets. Hand-written pages in
 * sites.ts replace any of these by path.
 */
import { type Cms, type SiteShell, esc, pageUrl, slugify } from './layout.ts';

export interface Page {
  title: string;
  crumbs: Array<[string, string]>;
  body: string;
}

export interface NewsItem {
  date: string;
  title: string;
  lead: string;
  /** Hand-written body HTML; a generic one is used if absent. */
  body?: string;
}

export const SECTIONS: Array<{ title: string; items: string[] }> = [
  { title: 'Bo och bygga', items: ['Bygglov', 'Detaljplaner', 'Översiktsplan', 'Vatten och avlopp', 'Avfall och återvinning', 'Energi- och klimatrådgivning', 'Kartor och mätning'] },
  { title: 'Barn och utbildning', items: ['Förskola', 'Grundskola', 'Gymnasieskola', 'Vuxenutbildning', 'Skolskjuts'] },
  { title: 'Omsorg och stöd', items: ['Äldreomsorg', 'Funktionsnedsättning', 'Ekonomiskt bistånd', 'Stöd till barn och familj'] },
  { title: 'Näringsliv och arbete', items: ['Starta och driva företag', 'Tillstånd och regler', 'Upphandling', 'Mark och lokaler', 'Näringslivsutveckling', 'Arbetsmarknad'] },
  { title: 'Uppleva och göra', items: ['Bibliotek', 'Idrott och motion', 'Kultur', 'Friluftsliv', 'Föreningsliv'] },
  { title: 'Kommun och politik', items: ['Kommunfullmäktige', 'Kommunstyrelsen', 'Styrdokument', 'Budget och årsredovisning', 'Sammanträden och protokoll', 'Kommunens organisation', 'Statistik och fakta'] },
];

const BLURB: Record<string, string> = {
  Bygglov: 'Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad. Ansök via vår e-tjänst. Handläggningstiden är högst tio veckor från komplett ansökan.',
  Detaljplaner: 'En detaljplan reglerar hur mark och vatten får användas. Här ser du pågående planarbeten, samråd och granskningar.',
  Översiktsplan: 'Översiktsplanen visar hur kommunen vill att mark och vatten ska användas på lång sikt. Den är vägledande men inte bindande.',
  'Vatten och avlopp': 'Kommunen ansvarar för dricksvatten och avlopp inom verksamhetsområdet. Vid driftstörning, ring vår jour.',
  'Avfall och återvinning': 'Här hittar du hämtningsdagar, återvinningscentralernas öppettider och sorteringsguide.',
  'Energi- och klimatrådgivning': 'Kommunens energi- och klimatrådgivare ger kostnadsfri och opartisk rådgivning till privatpersoner, föreningar och företag.',
  'Kartor och mätning': 'Beställ nybyggnadskarta, utstakning och lägeskontroll. Se kommunens webbkarta.',
  Förskola: 'Ansök om plats i förskola eller pedagogisk omsorg senast fyra månader innan behovet. Avgiften följer maxtaxan.',
  Grundskola: 'Kommunens grundskolor tar emot elever från förskoleklass till årskurs 9. Läs om skolval, läsårstider och skolmat.',
  Gymnasieskola: 'Ansökan till gymnasiet görs via den gemensamma antagningen. Här finns program, inackorderingsstöd och busskort.',
  Vuxenutbildning: 'Komvux erbjuder kurser på grundläggande och gymnasial nivå samt SFI och yrkesutbildningar.',
  Skolskjuts: 'Elever i förskoleklass till årskurs 9 kan ha rätt till skolskjuts beroende på avstånd och trafikmiljö.',
  Äldreomsorg: 'Hemtjänst, trygghetslarm, dagverksamhet och särskilt boende. Kontakta en biståndshandläggare för att ansöka.',
  Funktionsnedsättning: 'Stöd enligt LSS och socialtjänstlagen, daglig verksamhet, ledsagning och bostad med särskild service.',
  'Ekonomiskt bistånd': 'Om du inte kan försörja dig kan du ansöka om ekonomiskt bistånd. Ansök via e-tjänsten.',
  'Stöd till barn och familj': 'Familjecentral, familjerådgivning och öppenvård för barn och unga. Orosanmälan görs till socialtjänsten.',
  'Starta och driva företag': 'Funderar du på att starta företag? Nyföretagarcentrum och Almi ger kostnadsfri rådgivning. Kommunens företagslots hjälper dig med tillstånd.',
  'Tillstånd och regler': 'Serveringstillstånd, livsmedelsregistrering, miljötillstånd, skyltlov och tillstånd för uteservering.',
  Upphandling: 'Kommunen köper varor och tjänster för stora belopp varje år. Här hittar du aktuella upphandlingar och leverantörsträffar.',
  'Mark och lokaler': 'Lediga tomter och lokaler för verksamheter. Kontakta mark- och exploateringsenheten för en visning.',
  Näringslivsutveckling: 'Näringslivsenheten är företagens väg in i kommunen. Vi ordnar företagsbesök, frukostmöten och hjälper till vid etableringar.',
  Arbetsmarknad: 'Arbetsmarknadsenheten erbjuder stöd till arbetssökande, feriejobb för unga och praktikplatser.',
  Bibliotek: 'Låna böcker, e-böcker och ljudböcker. Biblioteken har även datorer, utskrifter och programverksamhet för barn.',
  'Idrott och motion': 'Sporthallar, simhall, motionsspår och bokning av idrottsanläggningar.',
  Kultur: 'Kulturskola, konsthall, evenemang och kulturstöd till föreningar.',
  Friluftsliv: 'Vandringsleder, badplatser, naturreservat och grillplatser i hela kommunen.',
  Föreningsliv: 'Föreningsregister, bidrag till föreningar och lokaler att hyra.',
  Kommunfullmäktige: 'Kommunfullmäktige är kommunens högsta beslutande organ och har 41 ledamöter. Sammanträdena är öppna för allmänheten och sänds på webben.',
  Kommunstyrelsen: 'Kommunstyrelsen leder och samordnar kommunens verksamhet och bereder ärenden till fullmäktige.',
  Styrdokument: 'Styrdokument är policyer, program, planer och riktlinjer som styr kommunens verksamhet.',
  'Budget och årsredovisning': 'Här finns kommunens budget, delårsrapporter och årsredovisningar.',
  'Sammanträden och protokoll': 'Kallelser, handlingar och protokoll från fullmäktige, kommunstyrelsen och nämnderna.',
  'Kommunens organisation': 'Kommunen är organiserad i förvaltningar och bolag under de politiska nämnderna.',
  'Statistik och fakta': 'Befolkningsstatistik, kommunens nyckeltal och jämförelser med andra kommuner.',
};

const FAQ = ['Frågor och svar', 'Avgifter', 'Kontakt'];

export function shellFor(name: string, cms: Cms): SiteShell {
  return {
    name,
    cms,
    searchPath: cms === 'sitevision' ? '/sok.html' : cms === 'drupal' ? '/sok' : '/sok/',
    menu: SECTIONS.map((s) => ({
      title: s.title,
      path: pageUrl(cms, [s.title]),
      items: s.items.map((i): [string, string] => [i, pageUrl(cms, [s.title, i])]),
    })),
  };
}

function para(label: string): string {
  return `<p>${esc(BLURB[label] ?? `Information om ${label.toLowerCase()}.`)}</p>`;
}

export function fillerPages(name: string, cms: Cms, news: NewsItem[], newsPerPage: number): Map<string, Page> {
  const pages = new Map<string, Page>();
  const u = (parts: string[]) => pageUrl(cms, parts);
  for (const s of SECTIONS) {
    const sp = u([s.title]);
    pages.set(sp, {
      title: s.title,
      crumbs: [[s.title, sp]],
      body: `<h1>${esc(s.title)}</h1><ul class="cards">${s.items
        .map((i) => `<li class="card"><a href="${u([s.title, i])}"><h2>${esc(i)}</h2></a><p>${esc((BLURB[i] ?? '').split('. ')[0] ?? '')}.</p></li>`)
        .join('')}</ul>`,
    });
    s.items.forEach((item, idx) => {
      const ip = u([s.title, item]);
      const subs = FAQ.slice(0, 1 + (idx % 2));
      pages.set(ip, {
        title: item,
        crumbs: [[s.title, sp], [item, ip]],
        body: `<h1>${esc(item)}</h1>${para(item)}<p>Har du frågor är du välkommen att kontakta kommunens kontaktcenter.</p><ul class="subnav">${subs
          .map((f) => `<li><a href="${u([s.title, item, f])}">${esc(f)}</a></li>`)
          .join('')}</ul><p class="updated">Senast uppdaterad: 2024-0${(idx % 9) + 1}-1${idx % 9}</p>`,
      });
      for (const f of subs) {
        const fp = u([s.title, item, f]);
        pages.set(fp, {
          title: `${f} – ${item}`,
          crumbs: [[s.title, sp], [item, ip], [f, fp]],
          body: `<h1>${esc(f)}</h1><details><summary>Hur gör jag?</summary><p>${esc(BLURB[item] ?? '')}</p></details><details><summary>Vem kontaktar jag?</summary><p>Kontaktcenter svarar vardagar 08–16.</p></details>`,
        });
      }
    });
  }
  // Footer and header targets.
  const misc: Array<[string[], string, string]> = [
    [['kommun-och-politik', 'kontakta-oss'], 'Kontakta oss', 'Kontaktcenter svarar på dina frågor vardagar 08.00–16.30. Besöksadress: Kommunhuset.'],
    [['kommun-och-politik', 'lediga-jobb'], 'Lediga jobb', 'Alla lediga jobb i kommunen annonseras på Offentliga jobb.'],
    [['kommun-och-politik', 'press'], 'Press och media', 'Pressansvarig nås via kommunens växel. Pressbilder får användas fritt.'],
    [['kommun-och-politik', 'felanmalan'], 'Felanmälan', 'Anmäl fel på gator, belysning och parker via e-tjänsten.'],
    [['kommun-och-politik', 'synpunkter'], 'Lämna synpunkter', 'Vi vill veta vad du tycker om kommunens service.'],
    [['kommun-och-politik', 'visselblasarfunktion'], 'Visselblåsarfunktion', 'Anmäl allvarliga missförhållanden anonymt.'],
    [['om-webbplatsen', 'tillganglighetsredogorelse'], 'Tillgänglighetsredogörelse', 'Kommunen står bakom denna webbplats och vill att så många som möjligt ska kunna använda den.'],
    [['om-webbplatsen', 'behandling-av-personuppgifter'], 'Behandling av personuppgifter', 'Så behandlar vi dina personuppgifter enligt dataskyddsförordningen (GDPR).'],
    [['om-webbplatsen', 'kakor'], 'Kakor', 'En kaka är en liten textfil som lagras i din webbläsare.'],
    [['om-webbplatsen', 'lyssna-och-oversatt'], 'Lyssna och översätt', 'Du kan få texten uppläst och översatt med hjälp av verktyget i sidhuvudet.'],
    [['e-tjanster'], 'E-tjänster och blanketter', 'Logga in med BankID för att använda kommunens e-tjänster.'],
    [['other-languages'], 'Other languages', 'Information in English and other languages. The municipality provides basic information in English, Arabic, Somali and Tigrinya.'],
  ];
  for (const [parts, title, text] of misc) {
    const p = u(parts);
    pages.set(p, { title, crumbs: [[title, p]], body: `<h1>${esc(title)}</h1><p>${esc(text)}</p>` });
  }
  // Search page (static, no results).
  pages.set(shellFor(name, cms).searchPath, { title: 'Sök', crumbs: [['Sök', '']], body: '<h1>Sök</h1><p>Skriv ett sökord i rutan ovan.</p>' });
  // News archive with pagination (?page=N; Drupal counts from 0).
  const newsRoot = u(['nyheter']);
  const sorted = [...news].sort((a, b) => b.date.localeCompare(a.date));
  const nPages = Math.max(1, Math.ceil(sorted.length / newsPerPage));
  const pageQ = (n: number) => (cms === 'drupal' ? (n === 0 ? '' : `?page=${n}`) : n === 0 ? '' : `?page=${n + 1}`);
  for (let n = 0; n < nPages; n++) {
    const items = sorted.slice(n * newsPerPage, (n + 1) * newsPerPage);
    const pager = Array.from({ length: nPages }, (_, k) =>
      k === n ? `<li><span aria-current="page">${k + 1}</span></li>` : `<li><a href="${newsRoot}${pageQ(k)}">${k + 1}</a></li>`,
    ).join('');
    const next = n + 1 < nPages ? `<li><a href="${newsRoot}${pageQ(n + 1)}" rel="next">Nästa</a></li>` : '';
    pages.set(newsRoot + pageQ(n), {
      title: 'Nyheter',
      crumbs: [['Nyheter', newsRoot]],
      body: `<h1>Nyheter</h1><ul class="news-list">${items
        .map((it) => `<li><a href="${newsUrl(cms, it)}"><h2>${esc(it.title)}</h2></a><time>${it.date}</time><p>${esc(it.lead)}</p></li>`)
        .join('')}</ul><nav class="pagination"><ul>${pager}${next}</ul></nav>`,
    });
  }
  for (const it of sorted) {
    const p = newsUrl(cms, it);
    pages.set(p, {
      title: it.title,
      crumbs: [['Nyheter', newsRoot], [it.title, p]],
      body: `<article><h1>${esc(it.title)}</h1><p class="meta">Publicerad <time>${it.date}</time></p><p class="lead">${esc(it.lead)}</p>${it.body ?? '<p>Mer information lämnas av kommunens kontaktcenter.</p>'}<p><a href="${newsRoot}">Fler nyheter</a></p></article>`,
    });
  }
  return pages;
}

export function newsUrl(cms: Cms, it: NewsItem): string {
  return pageUrl(cms, ['nyheter', `${it.date} ${it.title}`.slice(0, 70)]);
}

export const GENERIC_NEWS: NewsItem[] = [
  { date: '2024-11-04', title: 'Vinterväghållningen är igång', lead: 'Nu har plogbilarna börjat köra. Så här prioriterar vi snöröjningen.' },
  { date: '2024-10-21', title: 'Budget för 2025 är beslutad', lead: 'Kommunfullmäktige har beslutat om budget för 2025.' },
  { date: '2024-10-02', title: 'Höstlov med aktiviteter för unga', lead: 'Gratis aktiviteter för barn och unga under höstlovet.' },
  { date: '2024-09-16', title: 'Ny förskola invigd', lead: 'Den nya förskolan har plats för 120 barn.' },
  { date: '2024-08-26', title: 'Vattenläcka åtgärdad', lead: 'Vattnet är tillbaka efter läckan på centrumgatan.' },
  { date: '2024-08-12', title: 'Skolstart – välkommen tillbaka', lead: 'Över 2 000 elever börjar skolan i dag.' },
  { date: '2024-06-18', title: 'Sommarens badplatsprover', lead: 'Alla badplatser har tjänligt vatten.' },
  { date: '2024-06-03', title: 'Nationaldagsfirande i parken', lead: 'Välkommen att fira nationaldagen med oss.' },
  { date: '2024-05-13', title: 'Cykelvägen mellan orterna klar', lead: 'Nu kan du cykla säkert hela vägen.' },
  { date: '2024-04-22', title: 'Valborgsfirande med brasa', lead: 'Vårtal, kör och brasa på valborgsmässoafton.' },
  { date: '2024-03-25', title: 'Företagsklimatet förbättras', lead: 'Kommunen klättrar i Svenskt Näringslivs ranking.' },
  { date: '2024-02-19', title: 'Sportlovsprogrammet är här', lead: 'Skridskor, skidor och pyssel under sportlovet.' },
  { date: '2024-01-15', title: 'Ny taxa för bygglov', lead: 'Från 1 februari gäller en ny taxa för bygglov.' },
  { date: '2023-12-11', title: 'Julmarknad på torget', lead: 'Välkommen till årets julmarknad.' },
  { date: '2023-11-20', title: 'Medborgarlöfte med polisen', lead: 'Kommunen och polisen har tecknat ett nytt medborgarlöfte.' },
  { date: '2023-10-09', title: 'Renovering av simhallen startar', lead: 'Simhallen stänger under renoveringen.' },
];

export function calendarPage(): Page {
  return {
    title: 'Evenemangskalender',
    crumbs: [['Evenemangskalender', '/kalender/']],
    body: `<h1>Evenemangskalender</h1><ul class="events"><li><a href="/kalender/?manad=2024-11">Alla evenemang i november</a></li><li>Konsert i kyrkan 2024-11-10</li><li>Bokcirkel på biblioteket 2024-11-14</li></ul><nav><a href="/kalender/?manad=2024-10">Föregående månad</a> <a href="/kalender/?manad=2024-12">Nästa månad</a></nav>`,
  };
}

export { slugify };
