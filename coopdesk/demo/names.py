"""Names, places and phrases of the demo cooperative: a gold miners' cooperative of north-east
Antioquia, the Chocó and the south of Bolívar (Colombia).

This is data, not interface text: it stays in Spanish whatever language the window speaks.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

COOPERATIVE_NAME = "Cooperativa Multiactiva de Mineros Auríferos La Esperanza"
REGISTRATION_NO = "NIT 901.284.317-5"
SHARE_VALUE = "50000"  # COP, one "aporte social"


@dataclass(frozen=True)
class SiteSpec:
    name: str
    latitude: float
    longitude: float
    title_ref: str
    alluvial: bool  # panning on a river (barequeo) rather than a tunnel (socavón)
    weight: float  # share of the members who work there
    afro_share: float  # share of Afro-Colombian members (for the portraits' skin tones)
    dane_code: str  # municipality code, used in miner card numbers
    localities: tuple[str, ...]


SITES: tuple[SiteSpec, ...] = (
    SiteSpec("Mina El Cogote", 7.079412, -74.701935, "ARE-2019-034", False, 0.30, 0.15,
             "05736", ("Segovia", "Vereda El Cogote, Segovia", "Corregimiento Fraguas, Segovia",
                       "Barrio La Paz, Segovia", "Vereda Campo Alegre, Segovia")),
    SiteSpec("Socavón La Cristalina", 7.029836, -74.693217, "SFM-2020-118", False, 0.25, 0.15,
             "05604", ("Remedios", "Vereda La Cruzada, Remedios",
                       "Corregimiento Carrizal, Remedios", "Vereda Santa Isabel, Remedios")),
    SiteSpec("Frente aluvial Río Nechí - Puerto Claver", 7.613305, -74.808871, "ARE-2021-007",
             True, 0.20, 0.45, "05250",
             ("El Bagre", "Corregimiento Puerto Claver, El Bagre",
              "Corregimiento Puerto López, El Bagre", "Zaragoza", "Vereda Pato, Zaragoza")),
    SiteSpec("Playa Quebrada Opogodó - Río Condoto", 5.093127, -76.649822, "ARE-2022-011",
             True, 0.15, 0.95, "27205",
             ("Condoto", "Corregimiento Opogodó, Condoto", "Istmina", "Tadó")),
    SiteSpec("Mina San Pedro Frío", 7.715604, -74.254418, "SFM-2021-052", False, 0.10, 0.10,
             "13688", ("Santa Rosa del Sur", "Corregimiento San Pedro Frío, Santa Rosa del Sur",
                       "Montecristo")),
)
MINERAL = "gold"

FIRST_F = (
    "María", "Luz", "Ana", "Sandra", "Gloria", "Martha", "Claudia", "Diana", "Paola", "Yolanda",
    "Leidy", "Yesenia", "Yuliana", "Marisol", "Rosa", "Carmen", "Nubia", "Luz Dary", "Olga",
    "Beatriz", "Deisy", "Erika", "Natalia", "Alejandra", "Daniela", "Valentina", "Katherine",
    "Yurani", "Dora", "Amparo", "Piedad", "Ruth", "Fanny", "Esperanza", "Liliana", "Adriana",
    "Mónica", "Eliana", "Johana", "Yamile", "Nelly", "Aura", "Omaira", "Rocío", "Lorena",
    "Yadira", "Marleny", "Francia", "Enith", "Ludivia", "Sor", "Edilma", "Yaneth", "Ingrid",
)
SECOND_F = ("Elena", "Fernanda", "Cristina", "Patricia", "Andrea", "Milena", "Adriana",
            "Eugenia", "Marcela", "Cecilia", "Isabel", "Rocío", "Yaneth", "Alejandra", "Dary")
FIRST_M = (
    "José", "Luis", "Carlos", "Juan", "Jorge", "Jhon", "Jairo", "Édgar", "Wilson", "Fredy",
    "Hernán", "Óscar", "Fabio", "Gustavo", "Hugo", "Rubén", "Darío", "Alonso", "Orlando",
    "Libardo", "Arley", "Yeison", "Brayan", "Stiven", "Andrés", "Sebastián", "Alexander",
    "Duberney", "Wilmar", "Jhonatan", "Elkin", "Robinson", "Nelson", "Gildardo", "Albeiro",
    "Heriberto", "Arcángel", "Ovidio", "Ramiro", "William", "Edwin", "Yesid", "Harold",
    "Faber", "Deiver", "Jefferson", "Eider", "Luis Eduardo", "Juan Pablo", "Manuel", "Pedro",
)
SECOND_M = ("Alberto", "Antonio", "Enrique", "Fernando", "Mario", "Emilio", "David", "Alfonso",
            "Arturo", "Javier", "Andrés", "Eduardo", "Ángel", "Hernando", "Camilo", "Esteban")
LAST = (
    "Restrepo", "Gómez", "Giraldo", "Zapata", "Cardona", "Ospina", "Jaramillo", "Henao",
    "Quintero", "Londoño", "Montoya", "Vélez", "Torres", "Arango", "Agudelo", "Úsuga", "David",
    "Durango", "Higuita", "Tuberquia", "Pino", "Álvarez", "Muñoz", "Ramírez", "García",
    "Rodríguez", "López", "Martínez", "Hernández", "Sánchez", "Pérez", "Castaño", "Betancur",
    "Toro", "Echeverri", "Gallego", "Ruiz", "Correa", "Marín", "Osorio", "Bedoya", "Salazar",
    "Ríos", "Arboleda", "Cuartas", "Mazo", "Posada", "Graciano", "Lopera", "Sierra", "Tapias",
    "Benítez", "Ortiz", "Acevedo", "Carvajal", "Peña", "Núñez", "Rueda", "Villa", "Barrientos",
)
LAST_AFRO = (
    "Mosquera", "Palacios", "Murillo", "Córdoba", "Rentería", "Valencia", "Cuesta", "Perea",
    "Asprilla", "Hinestroza", "Moreno", "Rivas", "Lozano", "Mena", "Cuero", "Copete",
    "Bejarano", "Chaverra", "Lemus", "Maturana", "Palomeque", "Rengifo", "Serna", "Sánchez",
    "Caicedo", "Mosquera", "Ibargüen", "Urrutia", "Andrade", "Cossio",
)

SUSPENSION_REASONS = (
    "Inasistencia a tres asambleas consecutivas sin excusa",
    "Mora de más de seis meses en los aportes sociales",
    "Incumplimiento del reglamento de seguridad en el socavón",
    "Trabajo en un frente no autorizado por el consejo de administración",
    "Uso de mercurio en el beneficio, contra el acuerdo de la cooperativa",
    "Venta de oro por fuera de la comercializadora de la cooperativa",
)
REACTIVATION_REASONS = (
    "Cumplió la sanción y se puso al día en aportes",
    "El consejo de administración levantó la suspensión",
)
EXIT_REASONS = (
    "Retiro voluntario",
    "Traslado a otro municipio",
    "Retiro por enfermedad",
    "Exclusión aprobada por la asamblea general",
    "Retiro para trabajar en otra actividad",
)
DEATH_REASONS = (
    "Fallecimiento por causas naturales",
    "Fallecimiento por enfermedad",
    "Fallecimiento en accidente dentro del socavón",
    "Fallecimiento en accidente de tránsito",
)
REFUND_NOTES = ("Devolución de aportes por retiro", "Devolución de aportes al sucesor")
TRANSFER_NOTES = ("Cesión de aportes entre familiares, aprobada por el consejo",
                  "Cesión de aportes aprobada en acta del consejo")
REVERSAL_REASON = "Valor digitado con error; el recibo de caja era por otro valor"

RELATIONS_SPOUSE = {"F": ("Esposo", "Compañero permanente"),
                    "M": ("Esposa", "Compañera permanente")}
RELATIONS_KIN = (("Hija", "F"), ("Hijo", "M"), ("Madre", "F"), ("Padre", "M"),
                 ("Hermana", "F"), ("Hermano", "M"))

BANKS = ("Bancolombia", "Banco Agrario de Colombia", "Banco de Bogotá", "Cooperativa Confiar")
WALLETS = ("Nequi", "Nequi", "Daviplata")
PHONE_PREFIXES = ("300", "301", "304", "310", "311", "312", "313", "314", "315", "316", "317",
                  "318", "320", "321", "322", "323", "350")

ROLE_NOTES = {
    "digger": ("Líder de frente", "Brigadista de salvamento minero", "Malacatero",
               "Barequero en temporada de aguas bajas"),
    "processor": ("Seleccionadora de material en patio", "Barequera", "Molinero",
                  "Representante de las barequeras ante el consejo", "Chatarrera"),
    "trader": ("Comprador autorizado, inscrito en el RUCOM",),
    "auxiliary": ("Cocinera del campamento", "Vigilante de la bocamina", "Transporte en mula",
                  "Auxiliar de bodega"),
}

# ---- the books -------------------------------------------------------------------------------

# Work groups (frentes, cuadrillas, grupos de barequeo) of each site, in the order of SITES.
WORK_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Frente El Silencio", "Frente La Veta Madre", "Cuadrilla Los Mellizos"),
    ("Frente La Cruzada", "Cuadrilla Santa Isabel", "Frente El Nudillo"),
    ("Barequeros de Puerto Claver", "Grupo La Playa del Nechí", "Barequeras de Puerto López"),
    ("Barequeras de Opogodó", "Grupo familiar Quebrada Opogodó", "Playa La Unión"),
    ("Frente San Pedro", "Cuadrilla La Aurora", "Frente Alto de las Palomas"),
)
# Buyers of the cooperative's gold (invented names): refiners certified under Fairmined, who
# pay the premium apart from the price. (code, name) - the code starts their settlements.
BUYERS = (("OLA", "C.I. Oro Limpio de Antioquia S.A.S."),
          ("RAM", "Refinadora Andina de Metales Preciosos S.A.S."))
MANAGER = "Yesid Alonso Palacios Mena"  # the cooperative's paid administrator
ACCOUNTANT = "Marleny Cecilia Ospina Villa, contadora pública"
FUEL = (("Estación de Servicio La Bocamina", "ACPM para la planta eléctrica"),
        ("Estación de Servicio La Bocamina", "ACPM para el molino de pisones"),
        ("Distribuidora de Combustibles del Nordeste", "Gasolina para las motobombas"),
        ("Distribuidora de Combustibles del Nordeste", "ACPM para el compresor del socavón"))
SUPPLIES = (("Insumos Mineros del Nordeste Ltda.", "Cal viva (25 bultos) para el beneficio"),
            ("Insumos Mineros del Nordeste Ltda.", "Bórax para la fundición sin mercurio"),
            ("Agroquímicos y Ferretería El Minero S.A.S.",
             "Floculante y cal para las piscinas de sedimentación"),
            ("Agroquímicos y Ferretería El Minero S.A.S.",
             "Mallas y lonas para las canaletas"),
            ("Insumos Mineros del Nordeste Ltda.", "Crisoles y fundente para la fundición"))
SAFETY = (("Dotaciones y Seguridad Industrial Remedios S.A.S.",
           "Cascos, botas pantaneras y guantes"),
          ("Dotaciones y Seguridad Industrial Remedios S.A.S.",
           "Lámparas mineras recargables"),
          ("Dotaciones y Seguridad Industrial Remedios S.A.S.",
           "Autorrescatadores y detector de gases"),
          ("Droguería y Suministros Segovia", "Botiquines y camilla para el socavón"))
REPAIRS = (("Taller Metalmecánico Hermanos Úsuga", "Cambio de rodamientos del molino"),
           ("Servicio Técnico de Motores La Cristalina", "Reparación de la motobomba"),
           ("Servicio Técnico de Motores La Cristalina",
            "Mantenimiento de la planta eléctrica"),
           ("Taller Metalmecánico Hermanos Úsuga", "Soldadura de la tolva y las bandas"),
           ("Taller Metalmecánico Hermanos Úsuga", "Reparación del malacate"))
TRAINING = (("Corporación de Educación Cooperativa del Nordeste",
             "Curso básico de economía solidaria (20 horas)"),
            ("Brigada de Salvamento Minero de Segovia",
             "Taller de seguridad y salvamento minero"),
            ("Consultores en Minería Responsable S.A.S.",
             "Capacitación en el Estándar Fairmined"),
            ("Corporación de Educación Cooperativa del Nordeste",
             "Taller de contabilidad para el consejo de administración"))
INSURER = "Seguros Cooperativos del Nordeste"
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")


# (username, full name): the demo's staff, all with the password DEMO_PASSWORD ("coopdesk").
STAFF = (
    ("admin", "Administración del sistema"),
    ("tesorera", "Luz Dary Mosquera Palacios"),
    ("secretario", "Jairo Alberto Restrepo Úsuga"),
    ("presidente", "Hernán Darío Zapata Giraldo"),
    ("fiscal", "Gloria Patricia Cuesta Rentería"),
    ("escrutador", "Wilson Andrés Higuita Durango"),
    ("formador", "Ana Milena Ospina Cardona"),
)


# ---- people ----------------------------------------------------------------------------------

def first_names(rng: random.Random, sex: str) -> str:
    """One or two given names, as most Colombians carry ("María Fernanda", "Luis Alberto")."""
    first, second = (FIRST_F, SECOND_F) if sex == "F" else (FIRST_M, SECOND_M)
    name = rng.choice(first)
    if " " not in name and rng.random() < 0.55:
        extra = rng.choice(second)
        if extra != name:
            name = f"{name} {extra}"
    return name


def surname(rng: random.Random, afro: bool) -> str:
    return rng.choice(LAST_AFRO if afro and rng.random() < 0.8 else LAST)


def last_names(rng: random.Random, afro: bool) -> str:
    """The father's and the mother's surnames."""
    return f"{surname(rng, afro)} {surname(rng, afro)}"


def cedula(rng: random.Random, sex: str, birth: dt.date, seen: set[str]) -> str:
    """A unique, plausible cédula de ciudadanía: ten digits for those who got it after 2005,
    eight for older men (70..98 million) and women (21..43 million)."""
    while True:
        if birth.year >= 1987:
            n = rng.randint(1_000_000_000, 1_152_999_999)
        elif sex == "F":
            n = rng.randint(21_000_000, 43_999_999)
        else:
            n = rng.choice((rng.randint(70_000_000, 71_999_999),
                            rng.randint(98_000_000, 98_999_999),
                            rng.randint(15_000_000, 15_999_999)))
        text = str(n)
        if text not in seen:
            seen.add(text)
            return text


def phone(rng: random.Random) -> str:
    """A Colombian mobile number, as written: +57 3xx xxx xxxx."""
    return (f"+57 {rng.choice(PHONE_PREFIXES)} {rng.randint(200, 999)} "
            f"{rng.randint(0, 9999):04d}")


def national_phone(number: str) -> str:
    """The ten digits a mobile wallet (Nequi, Daviplata) uses as the account."""
    return number.replace("+57", "").replace(" ", "")


def successor(rng: random.Random, sex: str, last: str, afro: bool
              ) -> tuple[str, str]:
    """(name, relation) of the person a member names to receive their shares."""
    if rng.random() < 0.55:
        relation = rng.choice(RELATIONS_SPOUSE[sex])
        kin_sex = "M" if sex == "F" else "F"
        kin_last = last_names(rng, afro)
    else:
        relation, kin_sex = rng.choice(RELATIONS_KIN)
        father = last.split()[0]
        kin_last = f"{father} {surname(rng, afro)}" if relation in ("Hija", "Hijo") else (
            last if relation in ("Hermana", "Hermano") else last_names(rng, afro))
    return f"{first_names(rng, kin_sex)} {kin_last}", relation


def initials(first: str, last: str) -> str:
    return (first[:1] + last[:1]).upper()
