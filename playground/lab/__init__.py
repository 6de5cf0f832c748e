"""Lab mode: predict a value by hand, then see the app's; worksheets the app checks.

``grading`` decides right or wrong and which factor of the chain rule differs, ``formulas``
reads each asked value as the notes' sum of products from a pass, ``quiz`` keeps the
questions, answers and score and writes the report, ``tasks`` checks worksheet conditions
on a run. All pure (no Qt) except ``session``, the document's lab-mode state for the window.
"""
