"""The version of giamngheo."""

__version__ = "0.1.0"
