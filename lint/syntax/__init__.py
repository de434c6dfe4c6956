"""The syntax layer: a report file read into text, and the text into a syntax tree.

Reading (``source``, ``adapters``, ``pdf``, ``locations``), the grammar and its
transformer (``parser``, ``build``, ``nodes``), and the tokenizers every other layer
reads text with: numbers (``numerals``), dates (``dates``) and heading numbers
(``numbering``).  Nothing here knows about rules.
"""
