// A country's name (YAMLResume writes names; LinkedIn writes them in the member's language) as the two-letter
// code our schema takes. Names in English and in our other languages come from Intl; the aliases cover the names
// other lists use.
import { TRANSLATED } from '../core/locales.js';

const ALIASES: Record<string, string> = {
  usa: 'US',
  us: 'US',
  unitedstatesofamerica: 'US',
  uk: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  greatbritain: 'GB',
  northernireland: 'GB',
  czechrepublic: 'CZ',
  congo: 'CG',
  democraticrepublicofthecongo: 'CD',
  easttimor: 'TL',
  fijiislands: 'FJ',
  gambiathe: 'GM',
  thegambia: 'GM',
  hongkong: 'HK',
  macau: 'MO',
  macao: 'MO',
  myanmar: 'MM',
  burma: 'MM',
  palestinianterritoryoccupied: 'PS',
  palestine: 'PS',
  swaziland: 'SZ',
  thebahamas: 'BS',
  vaticancitystateholysee: 'VA',
  vaticancity: 'VA',
  virginislandsbritish: 'VG',
  virginislandsus: 'VI',
  manisleof: 'IM',
  pitcairnisland: 'PN',
  sthelena: 'SH',
  southgeorgia: 'GS',
  svalbardandjanmayenislands: 'SJ',
  wallisandfutunaislands: 'WF',
  heardislandandmcdonaldislands: 'HM',
  bonairesinteustatiusandsaba: 'BQ',
  guernseyandalderney: 'GG',
  stbarthelemy: 'BL',
  stmartinfrenchpart: 'MF',
  sintmaartendutchpart: 'SX',
  unitedstatesminoroutlyingislands: 'UM',
  turkey: 'TR',
  turkiye: 'TR',
  russianfederation: 'RU',
  korea: 'KR',
  republicofkorea: 'KR',
  ivorycoast: 'CI',
  capeverde: 'CV',
  holland: 'NL',
  thenetherlands: 'NL',
};

const key = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/\bsaint\b/g, 'st')
    .replace(/[^a-z0-9]/g, '');

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  // English first, then the names in each language we have words for (LinkedIn's "España", "Deutschland").
  for (const language of ['en', ...TRANSLATED.filter((l) => l !== 'en')]) {
    const local = new Intl.DisplayNames([language], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = safeName(local, code);
        if (name && name !== code && key(name) && !byName.has(key(name))) byName.set(key(name), code);
      }
    }
  }
  return byName;
}

function safeName(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

/** "United States" → US; a two-letter code stays; undefined for a name no list knows. */
export function countryCode(name: string): string | undefined {
  if (/^[A-Z]{2}$/.test(name.trim())) return name.trim();
  return names().get(key(name));
}
