"""Printed documents (ReportLab platypus): one letterhead and one set of styles for all.

Builders take plain data and return PDF bytes; they never read the database
themselves, so they can run off the UI thread.
"""
