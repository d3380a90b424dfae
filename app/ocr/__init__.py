"""Text inside images (posters, long screenshots, video covers): OCR in worker processes, then the same
detectors as a post's text. See docs/ocr.md."""
