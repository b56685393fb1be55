"""`make bench`: build times, memory and query latency of conflict-kg, with Oxigraph's server and rdflib beside."""
