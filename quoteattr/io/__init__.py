"""Input and output: reading documents, writing quotes as JSON Lines, CSV and HTML.

``inputs`` reads files, directories and JSON Lines lazily; ``serialize`` turns
quotes into records of the common quote format and back; ``outputs`` writes
those records as they come; ``htmlview`` renders an article with its quotes.
"""
