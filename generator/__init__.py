"""Dossier: turn a folder of news articles into an annotated, browsable dossier website."""

__version__ = "0.1.0"
