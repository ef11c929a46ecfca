"""Who is quoted: a source report over many documents (``quoteattr report``, ``source_table``)."""
