"""Wizards: several steps with nothing written until the person confirms."""
