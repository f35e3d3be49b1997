"""The application layer: one controller per mode, driven by actions, recording through one results sink."""
