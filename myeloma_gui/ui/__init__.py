"""The Qt interface: the wizard, its pages and the results view."""
