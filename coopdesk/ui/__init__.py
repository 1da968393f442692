"""The Qt window. Thin: it calls services and queries, never builds SQL itself."""
