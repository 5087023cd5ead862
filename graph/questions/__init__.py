"""Answers to the questions users ask, one module per question (each a command of ``cli.py``):

``cited_by`` (what one article cites), ``documents`` (most cited, with filters), ``related`` (cited
together), ``cascade`` (``implements``: how a document cascades down the levels), ``who`` (an official's
posts over time), ``where`` (documents and officials of a locality), ``timeline`` (citations per month),
``network`` (``rank`` and ``communities``, with networkx). ``common`` holds the cards and labels they
share, ``places`` the reading of place names with the gazetteer.
"""
