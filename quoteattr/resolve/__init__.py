"""Resolution: who each draft's source is, as an entity with one canonical name.

``sieve`` is the stage; its named steps are ``units``, which consult
``evidence`` (the document's ``names``, ``salience`` and annotation).
``canonical`` names organisations, groups and unnamed sources, ``gazetteer``
reads the country, spelling-variant and given-name tables, and ``linking``
gives one full name per person across documents.
"""
