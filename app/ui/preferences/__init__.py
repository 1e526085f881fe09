"""The Preferences dialog (Edit > Preferences) and its sections; the options it edits are declared in
app/ui/settings/options.py."""
