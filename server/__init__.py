"""The SPARQL endpoint and the pages around it."""
