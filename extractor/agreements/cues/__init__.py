"""The agreement extractor's regular expressions, named and compiled once, one module per topic.

spaCy (``sec8k.rules.finder``) finds the typed values (money, dates, durations,
percentages, organisations, defined terms); these cues find the *places* that hold
them (a heading, a clause, a table row) and the words around a value that decide
what it is. Patterns used with ``Pattern.match(text, pos)`` start without ``^``
(tests/test_patterns.py checks).

Topics: ``layout`` (sentences, headings, recognising an agreement), ``parties``,
``dates``, ``terms`` (term, renewal, termination), ``pay``, ``covenants``, ``law`` and
``signatures``; the officer cues live with the officer extractor
(:mod:`sec8k.officers.cues`). Callers import each cue from its topic module.
"""
