"""Excel workbooks: safe cell writing and one module per workbook."""
