"""Stages run in order: language, sections, entities, normalise."""
