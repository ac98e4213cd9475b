"""The main window, split by concern: the shell that paints first, what is built after
the first paint, actions and menus, navigation, and saved state."""
