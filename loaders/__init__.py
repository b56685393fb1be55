"""Loaders: pure functions from an article (text plus metadata) to an extraction and then to triples."""
