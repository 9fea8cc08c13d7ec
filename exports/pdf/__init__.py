"""PDF documents: a base renderer and one module per document."""
