"""Signing in and out, teacher sign-up, students joining a class, changing passwords."""
