"""The demo council's Relaties: the college, the council and its griffie, one alderman
per portfolio, the civil servant who coordinates advice requests, and partners."""

from core.relations.model import Relation
from core.relations.repository import insert_relation

TOWN_HALL = "Postbus 100\n7400 AC  LINDEWAARDE"
MUNICIPALITY = "Lindewaarde"

# The first three are the aldermen the advice requests come from (see demo/advice.py),
# in the order of its ALDERMEN; the fourth is the civil servant.
SENDERS = [
    Relation(name="wethouder R. Bakker", kind="person", role="alderman",
             organisation="Gemeente Lindewaarde", postal_address=TOWN_HALL,
             salutation="Geachte heer Bakker,", email="r.bakker@lindewaarde.nl",
             municipality=MUNICIPALITY, notes="Portefeuille Wmo en zorg"),
    Relation(name="wethouder S. Yilmaz", kind="person", role="alderman",
             organisation="Gemeente Lindewaarde", postal_address=TOWN_HALL,
             salutation="Geachte mevrouw Yilmaz,", email="s.yilmaz@lindewaarde.nl",
             municipality=MUNICIPALITY, notes="Portefeuille werk en inkomen"),
    Relation(name="wethouder J. de Wit", kind="person", role="alderman",
             organisation="Gemeente Lindewaarde", postal_address=TOWN_HALL,
             salutation="Geachte heer De Wit,", email="j.dewit@lindewaarde.nl",
             municipality=MUNICIPALITY, notes="Portefeuille jeugd en onderwijs"),
    Relation(name="mevrouw L. Janssen", kind="person", role="official",
             organisation="Gemeente Lindewaarde, afdeling Samenleving",
             postal_address=TOWN_HALL, salutation="Geachte mevrouw Janssen,",
             email="l.janssen@lindewaarde.nl", phone="0570 - 69 11 00",
             municipality=MUNICIPALITY, notes="Beleidsadviseur; coördineert adviesaanvragen"),
]

OTHERS = [
    Relation(name="College van burgemeester en wethouders van Lindewaarde", role="college",
             postal_address=TOWN_HALL, salutation="Geacht college,",
             email="info@lindewaarde.nl", phone="0570 - 69 10 00", municipality=MUNICIPALITY),
    Relation(name="De gemeenteraad van Lindewaarde", role="council", attention="de griffier",
             postal_address=TOWN_HALL, salutation="Geachte leden van de raad,",
             email="griffie@lindewaarde.nl", municipality=MUNICIPALITY),
    Relation(name="Griffie gemeente Lindewaarde", role="griffie", attention="de griffier",
             postal_address=TOWN_HALL, salutation="Geachte griffier,",
             email="griffie@lindewaarde.nl", municipality=MUNICIPALITY),
    Relation(name="Stichting Welzijn Lindewaarde", role="partner",
             attention="de directeur", postal_address="Kerkstraat 12\n7411 CD  LINDEWAARDE",
             salutation="Geachte directeur,", email="info@welzijnlindewaarde.nl"),
    Relation(name="Steunpunt Mantelzorg Lindewaarde", role="partner",
             postal_address="Molenweg 4a\n7412 EF  LINDEWAARDE",
             email="steunpunt@mantelzorglindewaarde.nl"),
]


def add_demo(db, context) -> None:
    context.ids["relation_senders"] = [insert_relation(db, relation) for relation in SENDERS]
    context.ids["relations"] = [insert_relation(db, relation) for relation in OTHERS]
