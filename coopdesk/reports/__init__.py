"""One document model, rendered to PDF (reportlab) and Excel (openpyxl).

Domains build :class:`~coopdesk.reports.document.Document` values; only ``pdf.py`` and
``xlsx.py`` call reportlab and openpyxl.
"""
