"""Fellowships (the Human Rights Fellowship Programme): the list, the editor and its parts, and a person's
fellowships on the participant's editor."""
