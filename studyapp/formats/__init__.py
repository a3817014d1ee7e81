"""File formats StudyApp reads and writes: question banks and score sheets."""
