"""What students do: join classes, see assignments, take quizzes, see their results."""
