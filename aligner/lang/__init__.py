"""Language knowledge: data files (number words, months, units, glossaries, negators) and their loaders."""
