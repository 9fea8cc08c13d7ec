"""Bundled fonts, translations and icons; installed as the package `secretariat_resources`."""
