"""Raadswerk's screens (PySide6). Calls core/, never writes SQL."""
