"""Relaties on screen: the address book list, its form, and importing contacts."""
