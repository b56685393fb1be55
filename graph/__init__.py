"""Graph building: namespaces, IRIs, reference data, reasoning, validation, dumps, store and the `kg` CLI."""
