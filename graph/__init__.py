"""Store, queries, views and exports over the citation graph."""
