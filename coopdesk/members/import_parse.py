"""Reading one cell of a member import: dates, sex, role, status, payout, consents, names,
and the guess of which column holds which field.

Pure functions. Each parser returns a value or raises :class:`CellError` with a translated
message that says what is wrong and how to write it; the importer turns that into a
:class:`~coopdesk.core.errors.Problem` on the cell's row and field. Words are compared folded
(lower case, no accents, punctuation as spaces), in English, Spanish, French and Swahili.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from coopdesk.core.i18n import CONTEXT, LANGUAGES, _, catalog
from coopdesk.members.models import Member
from coopdesk.members.rules import (
    PAYOUT_LABELS,
    ROLE_LABELS,
    SEX_LABELS,
    STATUS_LABELS,
    Consent,
    MemberInput,
    MinerRole,
    PayoutMethod,
    Sex,
    Status,
    check_member,
    clean,
    fold,
)

T = TypeVar("T")


class CellError(ValueError):
    """A cell that cannot be read; ``message`` is translated and names the fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_NON_WORD = re.compile(r"[\W_]+")


def key(text: str) -> str:
    """Folded words only: "Fecha de Nacimiento:" -> "fecha de nacimiento"."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def _table(groups: dict[str, str]) -> dict[str, str]:
    """{"value": "syn1|syn2"} -> {"syn1": "value", ...}, synonyms folded."""
    return {key(s): str(value) for value, words in groups.items() for s in words.split("|")}


# ---- cell text ---------------------------------------------------------------------------------

def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person sees: dates in ISO, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    text = str(value)
    return "" if text in ("NaT", "nan") else text


# ---- dates -------------------------------------------------------------------------------------

_MONTHS = _table({
    "1": "jan|january|ene|enero|janv|janvier|januari",
    "2": "feb|february|febrero|fev|fevr|fevrier|februari",
    "3": "mar|march|marzo|mars|machi",
    "4": "apr|april|abr|abril|avr|avril|aprili",
    "5": "may|mayo|mai|mei",
    "6": "jun|june|junio|juin|juni",
    "7": "jul|july|julio|juil|juillet|julai",
    "8": "aug|august|ago|agosto|aout|agosti",
    "9": "sep|sept|september|septiembre|setiembre|set|septembre|septemba",
    "10": "oct|october|octubre|octobre|okt|oktoba",
    "11": "nov|november|noviembre|novembre|novemba",
    "12": "dec|december|dic|diciembre|decembre|desemba",
})
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME)
_COMPACT = re.compile(r"^(1[89]\d\d|2[01]\d\d)(\d{2})(\d{2})$")
_DMY = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})" + _TIME)
_SERIAL = re.compile(r"^\d{1,7}(?:\.\d+)?$")
_D_MONTH_Y = re.compile(r"^(\d{1,2})(?:er|st|nd|rd|th)? (?:de )?([a-z]+) (?:de |del )?"
                        r"(\d{2}|\d{4})$")
_MONTH_D_Y = re.compile(r"^([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def _year(y: str, birth: bool, today: dt.date) -> int:
    """Four digits as written; two digits pivot so a birth date is never in the future and
    other dates (joining, card expiry) reach up to 30 years ahead."""
    if len(y) == 4:
        return int(y)
    century = 2000 + int(y)
    limit = today.year if birth else today.year + 30
    return century if century <= limit else century - 100


def parse_date(text: str, *, birth: bool = False, today: dt.date | None = None) -> dt.date | None:
    """ISO, DD/MM/YYYY, DD-MM-YY, "5 de marzo de 1990", YYYYMMDD or an Excel serial number.

    Day first when day and month could be swapped; month first only when the second number
    cannot be a month (12/31/1990). Empty gives None.
    """
    raw = " ".join(text.split())
    if not raw:
        return None
    today = today or dt.date.today()
    bad = CellError(_("'{value}' is not a date; write it as DD/MM/YYYY or YYYY-MM-DD.",
                      value=raw))
    y: int | str
    if (m := _ISO.match(raw)) or (m := _COMPACT.match(raw)):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY.match(raw):
        d, mo = int(m[1]), int(m[2])
        if mo > 12 >= d:
            d, mo = mo, d
        y = _year(m[3], birth, today)
    elif _SERIAL.match(raw):
        if len(raw) == 4 and 1800 <= int(raw) <= 2200:
            raise CellError(_("'{value}' is only a year; write the whole date as DD/MM/YYYY "
                              "or YYYY-MM-DD.", value=raw))
        days = float(raw)
        if not 1 <= days < 110_000:  # Excel serials from 1900-01-01 to about 2200
            raise bad
        return _EXCEL_EPOCH + dt.timedelta(days=int(days))
    else:
        folded = key(raw)
        if m := _D_MONTH_Y.match(folded):
            d, month, y = int(m[1]), _MONTHS.get(m[2]), _year(m[3], birth, today)
        elif m := _MONTH_D_Y.match(folded):
            month, d, y = _MONTHS.get(m[1]), int(m[2]), int(m[3])
        else:
            raise bad
        if month is None:
            raise bad
        mo = int(month)
    try:
        return dt.date(int(y), mo, d)
    except ValueError:
        raise bad from None


# ---- coded values ------------------------------------------------------------------------------

_SEX = _table({
    Sex.F: "f|fem|female|woman|women|girl|w|mujer|femenino|femenina|femme|feminin|feminine|"
           "fille|mwanamke|wanawake|mke|ke|kike",
    Sex.M: "m|masc|male|man|men|boy|hombre|masculino|varon|v|h|homme|masculin|garcon|"
           "mwanaume|wanaume|mume|me|kiume|mme",
})
_ROLE = _table({
    MinerRole.DIGGER: "digger|diggers|miner|mineworker|extractor|minero|minera|mineros|barequero|"
                      "barequera|barequeo|mazamorrero|mazamorrera|pirquinero|pirquinera|"
                      "socavonero|picador|creuseur|creuseuse|orpailleur|orpailleuse|mineur|"
                      "mchimbaji|wachimbaji|mchimba|mchimbaji madini",
    MinerRole.PROCESSOR: "processor|ore selector|selector|sorter|washer|seleccionadora|"
                         "seleccionador|procesador|procesadora|pallaquera|pallaquero|"
                         "chancador|chancadora|quimbaletero|quimbaletera|lavador|lavadora|"
                         "transformateur|transformatrice|trieur|trieuse|laveur|laveuse|"
                         "concasseur|concasseuse|mchenjuaji|mchambuzi|msagaji|mponda mawe",
    MinerRole.TRADER: "trader|buyer|dealer|comerciante|comprador|compradora|negociante|"
                      "negociant|commercant|commercante|acheteur|acheteuse|"
                      "mfanyabiashara|mnunuzi|dalali",
    MinerRole.AUXILIARY: "auxiliary|helper|assistant|support|auxiliar|ayudante|apoyo|"
                         "auxiliaire|aide|manoeuvre|msaidizi|mhudumu",
})
_STATUS = _table({
    Status.APPLICANT: "applicant|candidate|solicitante|aspirante|postulante|candidato|"
                      "candidata|candidat|postulant|demandeur|demandeuse|mwombaji|"
                      "muombaji",
    Status.ACTIVE: "active|activo|activa|actif|hai|amilifu|vigente",
    Status.SUSPENDED: "suspended|suspendido|suspendida|suspendu|suspendue|amesimamishwa",
    Status.EXITED: "exited|left|inactive|retired|retirado|retirada|inactivo|inactiva|"
                   "excluido|sorti|sortie|radie|inactif|ameondoka|amejiondoa",
    Status.DECEASED: "deceased|dead|fallecido|fallecida|difunto|decede|decedee|marehemu|"
                     "amefariki|alifariki",
})
_PAYOUT = _table({
    PayoutMethod.CASH: "cash|efectivo|contado|especes|espece|liquide|taslimu|pesa taslimu|"
                       "fedha taslimu",
    PayoutMethod.BANK: "bank|bank transfer|transfer|banco|transferencia|cuenta bancaria|"
                       "banque|virement|compte bancaire|benki|akaunti ya benki",
    PayoutMethod.MOBILE: "mobile|mobile money|movil|billetera movil|nequi|daviplata|yape|plin|"
                         "tigo money|m pesa|mpesa|airtel money|orange money|mtn money|"
                         "mtn mobile money|m pesa vodacom|tigo pesa|halopesa|pesa ya simu|"
                         "argent mobile|monnaie mobile",
})
def _with_labels(table: dict[str, str], labels: Mapping[Any, str]) -> dict[str, str]:
    """Also read the labels coopdesk itself writes, in every language it speaks, so that a
    register exported as Excel in Spanish or Swahili reads back in."""
    out = dict(table)
    for value, label in labels.items():
        out.setdefault(key(label), str(value))
        for code in LANGUAGES:
            out.setdefault(key(catalog(code).get((CONTEXT, label), label)), str(value))
    return out


_SEX = _with_labels(_SEX, SEX_LABELS)
_ROLE = _with_labels(_ROLE, ROLE_LABELS)
_STATUS = _with_labels(_STATUS, STATUS_LABELS)
_PAYOUT = _with_labels(_PAYOUT, PAYOUT_LABELS)

_CONSENT = _table({
    Consent.DATA: "data|datos|datos personales|donnees|donnees personnelles|taarifa|takwimu",
    Consent.PHOTO: "photo|photos|foto|fotos|fotografia|imagen|picha",
    Consent.SMS: "sms|messages|message|mensajes|mensaje|texto|ujumbe|jumbe",
    Consent.SHARE: "share|sharing|compartir|partage|partager|shiriki|kushiriki",
})


def parse_sex(text: str) -> str:
    raw = " ".join(text.split())
    if not raw:
        raise CellError(_("The sex is missing; write F (woman) or M (man)."))
    found = _SEX.get(key(raw))
    if found is None:
        raise CellError(_("'{value}' is not a sex; write F (woman) or M (man).", value=raw))
    return found


def parse_role(text: str) -> str:
    raw = " ".join(text.split())
    if not raw:
        raise CellError(_("The role is missing; write digger, processor, trader or auxiliary."))
    found = _ROLE.get(key(raw))
    if found is None:
        raise CellError(_("'{value}' is not a role; write digger, processor, trader or "
                          "auxiliary.", value=raw))
    return found


def parse_status(text: str) -> str:
    """Applicant or active; empty means active. Other statuses are not for an import."""
    raw = " ".join(text.split())
    if not raw:
        return Status.ACTIVE.value
    found = _STATUS.get(key(raw))
    if found in (Status.APPLICANT, Status.ACTIVE):
        return found
    if found is not None:
        raise CellError(_("'{value}': an import only registers applicants and active members; "
                          "import them as active and record the change of status afterwards.",
                          value=raw))
    raise CellError(_("'{value}' is not a status; write applicant or active, or leave it empty "
                      "for active.", value=raw))


def parse_payout(text: str) -> str:
    """cash, bank or mobile; empty means cash; anything else stays for the rules to name."""
    raw = " ".join(text.split())
    if not raw:
        return PayoutMethod.CASH.value
    return _PAYOUT.get(key(raw), raw)


def parse_consents(text: str) -> frozenset[str]:
    """Kinds separated by commas, semicolons or slashes; unknown words stay so that the rules
    can name them."""
    out: set[str] = set()
    for part in re.split(r"[,;|/+]", text):
        word = " ".join(part.split())
        if word:
            out.add(_CONSENT.get(key(word), word))
    return frozenset(out)


def split_site_names(text: str, known: Collection[str]) -> list[str]:
    """Site names separated by ; or , (a whole cell that is itself a known name, given in
    ``known`` as folded :func:`key`, stays whole)."""
    raw = " ".join(text.split())
    if not raw:
        return []
    if key(raw) in known:
        return [raw]
    return [p.strip() for p in re.split(r"[;,]", raw) if p.strip()]


def split_full_name(text: str) -> tuple[str, str]:
    """(first names, last names) from "Last, First" or "First Last".

    Without a comma: two words are first and last; three are one first name and two last
    names (the Spanish habit of two surnames); more are split in the middle.
    """
    raw = " ".join(text.split())
    if "," in raw:
        last, _sep, first = raw.partition(",")
        return first.strip(), last.strip()
    words = raw.split(" ")
    if len(words) <= 1:
        return "", raw
    cut = 1 if len(words) <= 3 else len(words) // 2
    return " ".join(words[:cut]), " ".join(words[cut:])


ID_LIKE_FLOAT = re.compile(r"^\d(?:[.,]\d+)?[eE]\+\d+$")


def check_identifier(text: str) -> str | None:
    """An ID that a spreadsheet turned into scientific notation has lost digits."""
    raw = text.strip()
    if ID_LIKE_FLOAT.match(raw):
        raise CellError(_("'{value}' is a number in scientific notation and has lost digits; "
                          "format the column as text in the spreadsheet and type the number "
                          "again.", value=raw))
    return " ".join(raw.split()) or None


# ---- guessing the mapping ----------------------------------------------------------------------

SYNONYMS: dict[str, str] = {
    "first_names": "first names|first name|firstname|given names|given name|forenames|"
                   "forename|name|nombres|nombre|primer nombre|prenom|prenoms|jina|"
                   "jina la kwanza|majina ya kwanza|majina",
    "last_names": "last names|last name|lastname|surname|surnames|family name|apellidos|"
                  "apellido|primer apellido|nom|noms|nom de famille|postnom|jina la ukoo|ukoo|"
                  "jina la familia",
    "full_name": "full name|names|name and surname|nombre completo|nombres y apellidos|"
                 "apellidos y nombres|nom complet|nom et prenom|noms et prenoms|"
                 "nom postnom prenom|jina kamili|majina kamili",
    "sex": "sex|gender|sexo|genero|sexe|genre|jinsia|m f|f m|h m",
    "birth_date": "date of birth|birth date|birthdate|dob|born|fecha de nacimiento|"
                  "fecha nacimiento|f nacimiento|fec nac|nacimiento|date de naissance|"
                  "date naissance|ne le|nee le|ne e le|naissance|tarehe ya kuzaliwa|kuzaliwa",
    "national_id": "national id|id|id number|id no|identity card|identity number|cedula|"
                   "cedula de ciudadania|cc|c c|dni|ci|carnet de identidad|documento|"
                   "documento de identidad|numero de documento|no documento|nro documento|"
                   "carte d electeur|carte d identite|cni|piece d identite|numero d identite|"
                   "kitambulisho|namba ya kitambulisho|kitambulisho cha taifa|nida",
    "miner_card_no": "miner card|miner card no|miner card number|mining card|carnet minero|"
                     "carne minero|registro minero|rucom|reinfo|carte de creuseur|"
                     "carte d exploitant|carte d exploitant artisanal|carte de mineur|"
                     "kadi ya mchimbaji|kadi ya uchimbaji",
    "miner_card_expiry": "miner card expiry|card expiry|expiry|expiry date|expiration|"
                         "vencimiento|fecha de vencimiento|vence|vencimiento carnet|"
                         "date d expiration|expiration carte|validite|fin de validite|"
                         "mwisho wa kadi|kadi inaisha",
    "phone": "phone|telephone|phone number|tel|mobile|mobile phone|cell|cellphone|celular|"
             "movil|telefono|numero de telefono|telefono celular|portable|gsm|simu|"
             "namba ya simu",
    "locality": "locality|village|town|community|address|residence|localidad|vereda|comunidad|"
                "municipio|barrio|domicilio|direccion|residencia|localite|quartier|commune|"
                "adresse|kijiji|mtaa|makazi|anwani",
    "role": "role|function|occupation|job|activity|rol|funcion|oficio|ocupacion|actividad|"
            "labor|fonction|activite|metier|kazi|jukumu|shughuli",
    "sites": "site|sites|mining site|mining sites|mine|sitio|sitios|mina|minas|frente|"
             "frente de trabajo|site minier|sites miniers|chantier|chantier minier|"
             "eneo la mgodi|mgodi|migodi|machimbo",
    "join_date": "join date|date joined|joined|joining date|membership date|admission|"
                 "admission date|fecha de ingreso|ingreso|fecha ingreso|fecha de afiliacion|"
                 "afiliacion|fecha de admision|date d adhesion|adhesion|date d entree|"
                 "date d inscription|tarehe ya kujiunga|kujiunga",
    "status": "status|state|estado|estatus|statut|etat|hali",
    "successor_name": "successor|successor name|beneficiary|heir|next of kin|sucesor|"
                      "beneficiario|heredero|successeur|beneficiaire|ayant droit|mrithi|"
                      "mnufaika",
    "successor_relation": "relation|relationship|successor relation|kinship|parentesco|"
                          "relacion|lien|lien de parente|uhusiano",
    "successor_phone": "successor phone|beneficiary phone|heir phone|telefono beneficiario|"
                       "telefono sucesor|telephone beneficiaire|telephone successeur|"
                       "simu ya mrithi",
    "payout_method": "payout method|payment method|payout|forma de pago|medio de pago|"
                     "metodo de pago|mode de paiement|moyen de paiement|njia ya malipo",
    "payout_account": "payout account|account|account number|bank account|cuenta|"
                      "numero de cuenta|compte|numero de compte|akaunti|namba ya akaunti",
    "payout_provider": "bank|provider|bank or provider|banco|entidad|operador|banque|"
                       "operateur|benki|mtoa huduma",
    "consents": "consents|consent|consentimiento|consentimientos|autorizacion|"
                "autorizaciones|consentement|consentements|ridhaa|idhini",
    "notes": "notes|note|comments|comment|remarks|observaciones|observacion|notas|comentarios|"
             "remarques|observations|commentaires|maelezo|maoni",
}
_SYN: list[tuple[str, str]] = [(key(s), f) for f, words in SYNONYMS.items()
                               for s in words.split("|")]
_EXACT: dict[str, str] = {}
for _s, _f in _SYN:
    _EXACT.setdefault(_s, _f)
# One word that may mean the whole name when the file has no separate other half; matched only
# as the whole header ("Nombre del sitio" is not a name column).
GENERIC_NAMES = frozenset({"name", "nombre", "nombres", "nom", "noms", "jina", "majina"})
# Headers about something else that shares a word with a field ("Estado civil").
_OTHER = frozenset({"civil", "marital", "matrimonial", "ndoa"})


def _candidates(header: str) -> list[tuple[int, str]]:
    """(score, field) for one header: 1000 for an exact synonym, else the length of each
    synonym found in it as whole words; a successor's phone or relation wins over both."""
    k = key(header)
    if not k or _OTHER.intersection(k.split()):
        return []
    if k in _EXACT:
        return [(1000, _EXACT[k])]
    padded = f" {k} "
    found = [(len(syn), field) for syn, field in _SYN
             if syn not in GENERIC_NAMES and f" {syn} " in padded]
    fields = {f for _n, f in found}
    if "successor_name" in fields:
        for part in ("phone", "successor_relation"):
            if part in fields:
                return [(900, "successor_phone" if part == "phone" else "successor_relation")]
    return found


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """field -> header: exact synonyms first, then the longest synonym found as whole words in
    a header ("Fecha de nacimiento (DD/MM/AAAA)"). Each field and each header at most once."""
    scored = [(score, -col, field, header) for col, header in enumerate(headers)
              for score, field in _candidates(header)]
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for _score, _col, field, header in sorted(scored, reverse=True):
        if field not in mapping and header not in used:
            mapping[field] = header
            used.add(header)
    halves = [f for f in ("first_names", "last_names") if f in mapping]
    if len(halves) == 1 and "full_name" not in mapping and key(mapping[halves[0]]) in GENERIC_NAMES:
        mapping["full_name"] = mapping.pop(halves[0])
    return mapping


# ---- one row -----------------------------------------------------------------------------------

_TEXT_FIELDS = frozenset({"first_names", "last_names", "national_id", "miner_card_no", "phone",
                          "locality", "successor_name", "successor_relation", "successor_phone",
                          "payout_account", "payout_provider"})
_LENGTHS: dict[str, int] = {c.name: getattr(c.type, "length", 0) for c in Member.__table__.columns
                            if c.name in _TEXT_FIELDS and getattr(c.type, "length", None)}


@dataclass
class RowParser:
    """Turns the cells of one row (field -> text) into a record and its problems."""

    today: dt.date
    minimum_age: int
    sites: dict[str, tuple[int, str]]  # folded name -> (id, name)
    has_full_name: bool

    def parse(self, cells: dict[str, str], skip: set[str]
              ) -> tuple[MemberInput, str, tuple[str, ...], list[tuple[str, str]]]:
        """One row: the record, its status, its site names, and its (field, message) problems;
        fields in ``skip`` (required but not mapped) are left to the mapping's problem."""
        problems: list[tuple[str, str]] = []
        unreadable: set[str] = set()

        def cell(name: str, parse: Callable[[str], T], default: T) -> T:
            raw = cells.get(name, "")
            try:
                return parse(raw)
            except CellError as exc:
                problems.append((name, exc.message))
            except Exception as exc:  # a cell must never stop the preview
                problems.append((name, _("'{value}' cannot be read ({error}); correct the "
                                         "cell.", value=raw[:60], error=type(exc).__name__)))
            unreadable.add(name)
            return default

        first, last = clean(cells.get("first_names")), clean(cells.get("last_names"))
        if self.has_full_name and not first and not last:
            first, last = cell("full_name", split_full_name, ("", ""))
        for name, limit in _LENGTHS.items():
            value = clean(cells.get(name))
            if value and len(value) > limit:
                problems.append((name, _("'{value}...' is longer than {limit} characters; "
                                         "shorten it.", value=value[:30], limit=limit)))
        no_sites: list[str] = []
        site_names = cell("sites", lambda t: split_site_names(t, self.sites), no_sites)
        site_ids: list[int] = []
        for site in site_names:
            found = self.sites.get(key(site))
            if found is None:
                problems.append(("sites", _("The mining site '{site}' is not in the register; "
                                            "add it under Mining sites first, or correct the "
                                            "name.", site=site)))
            elif found[0] not in site_ids:
                site_ids.append(found[0])
        inp = MemberInput(
            first_names=first or "", last_names=last or "",
            sex=cell("sex", parse_sex, ""),
            birth_date=cell("birth_date",
                            lambda t: parse_date(t, birth=True, today=self.today), None),
            role=cell("role", parse_role, ""),
            join_date=cell("join_date", lambda t: parse_date(t, today=self.today), None),
            national_id=cell("national_id", check_identifier, None),
            miner_card_no=cell("miner_card_no", check_identifier, None),
            miner_card_expiry=cell("miner_card_expiry",
                                   lambda t: parse_date(t, today=self.today), None),
            phone=clean(cells.get("phone")), locality=clean(cells.get("locality")),
            site_ids=tuple(site_ids), successor_name=clean(cells.get("successor_name")),
            successor_relation=clean(cells.get("successor_relation")),
            successor_phone=clean(cells.get("successor_phone")),
            payout_method=cell("payout_method", parse_payout, "cash"),
            payout_account=clean(cells.get("payout_account")),
            payout_provider=clean(cells.get("payout_provider")),
            consents=cell("consents", parse_consents, frozenset()),
            notes=clean(cells.get("notes")))
        status = cell("status", parse_status, Status.ACTIVE.value)
        problems += [(f, m) for f, m in check_member(inp, self.today, self.minimum_age)
                     if f not in unreadable]
        problems = [(f, m) for f, m in problems if f not in skip]
        names = tuple(self.sites[key(s)][1] if key(s) in self.sites else s
                      for s in site_names)
        return inp, status, names, problems
