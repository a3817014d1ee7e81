"""What teachers do in the browser: classes, rosters, banks, quizzes, assignments and scores."""
