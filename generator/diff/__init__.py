"""What a spec or template change does to the users of the generated packages."""
