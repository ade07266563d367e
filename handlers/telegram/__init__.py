"""Telegram: the same conversation through python-telegram-bot (webhook in the server, or polling)."""
