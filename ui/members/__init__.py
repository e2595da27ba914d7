"""The Leden screens: the member list, forms, dialogs, the import wizard, settings."""
