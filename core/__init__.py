"""Raadswerk's core: the program without a screen. Never imports Qt or ui/."""

__version__ = "0.1.0"
APP_NAME = "Raadswerk"
