"""The outside world: the team folder, team chats."""
