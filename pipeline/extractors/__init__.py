"""Extractors: one file per family; each returns Candidates for the normalise stage."""
