"""Rules of instruments other than the poverty standards, that the standards' indicators rely on."""
