"""Read sources, clean text, find citations, people, organisations and places, and turn them into triples."""
