"""How FieldDesk was started, shared by the command line and the window: the usage error, the exit codes, and
where a passphrase comes from."""
