"""The web chat: one page (GET /chat) over POST /api/chat, the same conversation as LINE and Telegram."""
