"""Invented names from the whole Dutch population, diacritics and all."""

# (first name, prefix, last name) — fictional combinations.
PEOPLE = [
    ("Anneke", "van der", "Berg"),
    ("Mohamed", "", "El Amrani"),
    ("Ilse", "de", "Vries"),
    ("Sevgi", "", "Øzdemir"),
    ("Kees", "", "Jansen"),
    ("Noor", "van", "Dijk"),
    ("Hiroshi", "", "Ōgai"),
    ("Marieke", "", "Bakker"),
    ("Grzegorz", "", "Wałęsa"),
    ("Fatima", "", "Bouzid"),
    ("Joris", "ter", "Horst"),
    ("Chantal", "", "Sedney"),
    ("Renée", "", "Smeets"),
    ("Bram", "van 't", "Hof"),
    ("Zoë", "", "Mulder"),
    ("Ayşe", "", "Yılmaz"),
    ("Henk", "", "Brouwer"),
    ("Lotte", "", "Kuipers"),
    ("Priya", "", "Ramdin"),
    ("Jan-Willem", "den", "Uyl"),
    ("Sjoukje", "", "Hoekstra"),
    ("Dragan", "", "Petrović"),
    ("Els", "", "Verbeek"),
    ("Thijs", "van", "Leeuwen"),
]

ALDERMAN = ("Wethouder", "", "C. Vermeulen")
