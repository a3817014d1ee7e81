"""The generator stages, one module each: read, clean, analyse, generate, perspectives, structured, distractors, gate, select."""
