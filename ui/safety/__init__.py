"""No data lost, in the window: backups, restore, the writer lock, damaged and synced files."""
