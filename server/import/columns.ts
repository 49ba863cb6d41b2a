/**
 * The import file's columns, as the case system (fagsystemet) exports them. One row is
 * one application with its vedtak; a person with several vedtak has several rows. The
 * page and README show this list; the names are also the form's field names, so a row is
 * checked by the same rules as the form.
 */
/**
 * «når innvilget»: required for innvilget and ventelistevedtak, ignored for avslag. «når avgjort»:
 * required for a vedtak; a row with utfall and vedtaksdato both empty is a pending application
 * (søknad under behandling), which needs only the person, mottatt, type and behov.
 */
export interface ColumnSpec {
  name: string;
  required: 'ja' | 'nei' | 'når innvilget' | 'når avgjort';
  text: string;
  example: string;
}

export const IMPORT_COLUMNS: readonly ColumnSpec[] = [
  { name: 'navn', required: 'ja', text: 'Fullt navn', example: 'Kari Nordmann' },
  { name: 'fodselsnummer', required: 'ja', text: 'Fødselsnummer eller D-nummer, 11 siffer. Finnes personen, brukes den som er registrert.', example: '12854010121' },
  { name: 'bydel', required: 'ja', text: 'Bydel personen bor i', example: 'Sentrum' },
  { name: 'mottatt', required: 'ja', text: 'Datoen søknaden kom inn', example: '02.11.2026' },
  { name: 'type', required: 'ja', text: 'korttid, langtid eller bofellesskap', example: 'langtid' },
  { name: 'behov', required: 'nei', text: 'Bofellesskap: nøyaktig ett av psykisk-helse, rop, utviklingshemming, barn-unge. Langtid: skjermet. Korttid: rehabilitering. Flere skilles med |', example: 'skjermet' },
  { name: 'utfall', required: 'når avgjort', text: 'innvilget, avslag eller ventelistevedtak. Tom sammen med vedtaksdato: søknaden er under behandling', example: 'ventelistevedtak' },
  { name: 'vedtaksdato', required: 'når avgjort', text: 'Ikke før mottatt, ikke fram i tid. Tom sammen med utfall: søknaden er under behandling', example: '16.11.2026' },
  { name: 'prioritet', required: 'når innvilget', text: '1 (høy), 2 eller 3 (lav)', example: '2' },
  { name: 'prioritet_begrunnelse', required: 'når innvilget', text: 'Hvorfor denne prioriteten', example: 'Bor alene, økende behov' },
  { name: 'garantidato', required: 'nei', text: 'Tom: vedtaksdato + garantitiden for typen (innstillinger)', example: '' },
  { name: 'garanti_begrunnelse', required: 'nei', text: 'Påkrevd når garantidatoen avviker fra den beregnede', example: '' },
  { name: 'tidligste_dato', required: 'nei', text: 'Ikke innflytting før denne datoen', example: '' },
  { name: 'begrunnelse', required: 'når avgjort', text: 'Vedtakets begrunnelse', example: 'Kan ikke bo forsvarlig hjemme om natten.' },
];

export const REQUIRED_COLUMNS = IMPORT_COLUMNS.filter((c) => c.required !== 'nei').map((c) => c.name);
export const COLUMN_NAMES = IMPORT_COLUMNS.map((c) => c.name);
