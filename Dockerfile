# The bot's image: installed once at build time, so replicas (`docker compose up --scale bot=2`) start from the
# same files and none of them runs pip at start (several pip installs into one mounted folder would race).
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY . .
RUN pip install --no-cache-dir --root-user-action=ignore -e . && python -c "import bot, core, knowledge"
EXPOSE 8000
# Migrate the schema (replicas one after the other, bot/schema.py), then serve; data/ is loaded by the server
# itself into an empty database.
CMD ["sh", "-c", "python -m bot.schema && exec python -m bot serve --host 0.0.0.0 --port 8000"]
