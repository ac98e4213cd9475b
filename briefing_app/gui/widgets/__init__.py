"""Small widgets and models shared by the panels."""
